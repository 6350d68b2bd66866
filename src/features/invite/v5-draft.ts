import * as z from 'zod/mini';

import {
  CLASSIC_MANAGER_PERMISSIONS,
  ClassicAdminToInvite,
  ClassicAgentToInvite,
  ClassicManagerToInvite,
  type ClassicInvite,
} from '@/api/invites/schemas';
import { issuesByField, type FieldErrors } from '@/features/invite/v6-draft';

export const CLASSIC_TYPES = ['Admin', 'Manager', 'Agent'] as const;
export type ClassicType = (typeof CLASSIC_TYPES)[number];

/** The levels a classic Manager may have; Admins are always Company and Agents Contributor. */
export const MANAGER_LEVELS = ['Company', 'Region', 'Office'] as const;

/** The v5 invite form as typed; only the fields of the chosen type are sent. */
export const V5Draft = z.object({
  type: z.nullable(z.enum(CLASSIC_TYPES)),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  titleId: z.string(),
  accessLevel: z.nullable(z.string()),
  permissions: z.array(z.string()),
  offices: z.array(z.string()),
  regions: z.array(z.string()),
  defaultOfficeId: z.nullable(z.string()),
  officeId: z.nullable(z.string()),
  /** A Manager's or Agent's eSignature permission profile; null leaves it to the preselected or the service's default. */
  eSignPermissionProfileId: z.optional(z.nullable(z.string())),
});
export type V5Draft = z.infer<typeof V5Draft>;

export const emptyV5Draft = (): V5Draft => ({
  type: null,
  firstName: '',
  lastName: '',
  email: '',
  titleId: '',
  accessLevel: null,
  permissions: [],
  offices: [],
  regions: [],
  defaultOfficeId: null,
  officeId: null,
  eSignPermissionProfileId: null,
});

/** The profile a Manager or Agent invite carries, when one is chosen (else the service gives its default, DS Sender). */
const profileOf = (draft: V5Draft) => (draft.eSignPermissionProfileId ? { eSignPermissionProfileId: draft.eSignPermissionProfileId } : {});

const toId = (value: string | null) => (value === null || value.trim() === '' ? Number.NaN : Number(value.trim()));


function managerBody(draft: V5Draft) {
  const defaultOfficeId = toId(draft.defaultOfficeId);
  const offices = [...new Set(draft.offices.map(Number))];
  return {
    firstName: draft.firstName,
    lastName: draft.lastName,
    email: draft.email,
    accessLevel: draft.accessLevel ?? '',
    defaultOfficeId,
    titleId: toId(draft.titleId),
    permissions: Object.fromEntries(CLASSIC_MANAGER_PERMISSIONS.map((name) => [name, draft.permissions.includes(name)])),
    ...profileOf(draft),
    ...(draft.accessLevel === 'Office' ? { offices: offices.includes(defaultOfficeId) ? offices : [defaultOfficeId, ...offices] } : {}),
    ...(draft.accessLevel === 'Region' ? { regions: draft.regions.map(Number) } : {}),
  };
}

/** What is wrong with a title id typed by hand (empty is left to the "choose a title" message). */
function titleIdProblem(value: string): string | undefined {
  const typed = value.trim();
  if (typed === '') return undefined;
  if (!/^\d+$/.test(typed)) return `A title id is a whole number, such as 7103; "${typed}" is not one.`;
  if (Number(typed) < 1 || Number(typed) > 2_147_483_647) return `A title id is a whole number from 1 to 2147483647; ${typed} is not one.`;
  return undefined;
}

const MESSAGES: FieldErrors = {
  titleId: 'Choose a title or enter a title id.',
  accessLevel: 'Choose an access level.',
  defaultOfficeId: 'Choose a default office.',
  officeId: 'Choose an office.',
};

/** Admins and Agents come with a fixed access level; the administrator must be allowed to give it. */
export const KIND_LEVELS = { Admin: 'Company', Agent: 'Contributor' } as const;

function kindNotGrantable(type: keyof typeof KIND_LEVELS, grantable: readonly string[]): FieldErrors {
  const level = KIND_LEVELS[type];
  if (grantable.includes(level)) return {};
  return { type: `You may not invite an ${type}: ${type}s get access level ${level}, which you may not grant.` };
}

/** Checks exactly the fields of the chosen classic endpoint. */
export function validateV5(draft: V5Draft, grantable: readonly string[]): { ok: true; request: ClassicInvite } | { ok: false; errors: FieldErrors } {
  const names = { firstName: draft.firstName, lastName: draft.lastName, email: draft.email };
  const fail = (issues: readonly { path: readonly PropertyKey[]; message: string }[], extra: FieldErrors = {}) => {
    const errors = { ...issuesByField(issues), ...extra };
    for (const field of Object.keys(errors)) if (MESSAGES[field] && errors[field] && !extra[field]) errors[field] = MESSAGES[field];
    return { ok: false as const, errors };
  };
  switch (draft.type) {
    case null:
      return { ok: false, errors: { type: 'Choose Admin, Manager or Agent.' } };
    case 'Admin': {
      const result = ClassicAdminToInvite.safeParse(names);
      const extra = kindNotGrantable('Admin', grantable);
      if (result.success && !extra.type) return { ok: true, request: { type: 'Admin', body: result.data } };
      return fail(result.success ? [] : result.error.issues, extra);
    }
    case 'Agent': {
      const result = ClassicAgentToInvite.safeParse({ ...names, officeId: toId(draft.officeId), ...profileOf(draft) });
      const extra = kindNotGrantable('Agent', grantable);
      if (result.success && !extra.type) return { ok: true, request: { type: 'Agent', body: result.data } };
      return fail(result.success ? [] : result.error.issues, extra);
    }
    case 'Manager': {
      const result = ClassicManagerToInvite.safeParse(managerBody(draft));
      const extra: FieldErrors = {};
      const titleProblem = titleIdProblem(draft.titleId);
      if (titleProblem) extra.titleId = titleProblem;
      if (draft.accessLevel === 'Region' && draft.regions.length === 0) extra.regions = 'Access level Region needs at least one region.';
      if (draft.accessLevel && !grantable.includes(draft.accessLevel)) extra.accessLevel = `You may not grant access level ${draft.accessLevel}.`;
      if (result.success && Object.keys(extra).length === 0) return { ok: true, request: { type: 'Manager', body: result.data } };
      return fail(result.success ? [] : result.error.issues, extra);
    }
  }
}
