import * as z from 'zod/mini';

import { UserToInvite } from '@/api/invites/schemas';

/** The v6 invite form as typed: ids as the Selects hold them (strings), so a half-filled form can be saved. */
export const V6Draft = z.object({
  firstName: z.string(),
  lastName: z.string(),
  email: z.string(),
  roleId: z.nullable(z.string()),
  accessLevel: z.nullable(z.string()),
  defaultOfficeId: z.nullable(z.string()),
  offices: z.array(z.string()),
  regions: z.array(z.string()),
  eSignPermissionProfileId: z.nullable(z.string()),
  subscribe: z.boolean(),
});
export type V6Draft = z.infer<typeof V6Draft>;

export const emptyV6Draft = (): V6Draft => ({
  firstName: '',
  lastName: '',
  email: '',
  roleId: null,
  accessLevel: null,
  defaultOfficeId: null,
  offices: [],
  regions: [],
  eSignPermissionProfileId: null,
  subscribe: true,
});

export type FieldErrors = Partial<Record<string, string>>;

const toId = (value: string | null) => (value === null || value === '' ? Number.NaN : Number(value));

/** The body invite_user takes: offices for Office and Contributor (the default office among them), regions for Region. */
export function v6Body(draft: V6Draft) {
  const level = draft.accessLevel;
  const defaultOfficeId = toId(draft.defaultOfficeId);
  const offices = [...new Set(draft.offices.map(Number))];
  const withDefault = Number.isNaN(defaultOfficeId) || offices.includes(defaultOfficeId) ? offices : [defaultOfficeId, ...offices];
  return {
    firstName: draft.firstName,
    lastName: draft.lastName,
    email: draft.email,
    roleId: toId(draft.roleId),
    accessLevel: level ?? '',
    defaultOfficeId,
    ...(level === 'Office' ? { offices } : level === 'Contributor' ? { offices: withDefault } : {}),
    ...(level === 'Region' ? { regions: draft.regions.map(Number) } : {}),
    eSignPermissionProfileId: draft.eSignPermissionProfileId ?? '',
    subscribeToRoomsActivityNotifications: draft.subscribe,
  };
}

const MESSAGES: Record<string, string> = {
  roleId: 'Choose a role.',
  accessLevel: 'Choose an access level.',
  defaultOfficeId: 'Choose a default office.',
};

/** Zod issues as one message per field, in the words the form shows beside that field. */
export function issuesByField(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? 'form');
    errors[field] ??= MESSAGES[field] ?? issue.message;
  }
  return errors;
}

export function validateV6(draft: V6Draft, grantable: readonly string[]): { ok: true; body: UserToInvite } | { ok: false; errors: FieldErrors } {
  const result = UserToInvite.safeParse(v6Body(draft));
  const errors = result.success ? {} : issuesByField(result.error.issues);
  if (draft.accessLevel && !grantable.includes(draft.accessLevel)) errors.accessLevel = `You may not grant access level ${draft.accessLevel}.`;
  if (result.success && Object.keys(errors).length === 0) return { ok: true, body: result.data };
  return { ok: false, errors };
}
