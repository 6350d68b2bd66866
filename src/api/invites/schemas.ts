import * as z from 'zod/mini';

import { hiddenCharacterProblem } from '@/api/text';

/** Levels a v6 invite may set; `Admin` is in the enum but undocumented, so it is never offered (REFERENCE.md §8.3). */
export const INVITE_LEVELS = ['Contributor', 'Office', 'Region', 'Company'] as const;
export const InviteLevel = z.enum(INVITE_LEVELS);

/**
 * Lengths Rooms is given. Email: RFC 5321's 64 characters before the @ and 254 in all. Names: the specs set no
 * limit, so the eSignature account an invite creates sets it (50 characters each, as DocuSign eSignature takes).
 */
export const LIMITS = { emailLocal: 64, email: 254, name: 50 } as const;

/** What is wrong with the length of an address, or undefined; says which limit it passes. */
export function emailLengthProblem(value: string): string | undefined {
  const email = value.trim();
  const at = email.lastIndexOf('@');
  const local = at === -1 ? email : email.slice(0, at);
  if (email.length > LIMITS.email) return `The address is ${email.length} characters long; an email address has at most ${LIMITS.email}.`;
  if (local.length > LIMITS.emailLocal) {
    return `The part before the @ is ${local.length} characters long; an email address has at most ${LIMITS.emailLocal} there.`;
  }
  return undefined;
}

/**
 * What a pasted address looks like when it is not one address, said with the fix: a name with the address in angle
 * brackets (as mail programs copy it), several addresses, a "mailto:" link, or letters outside ASCII.
 */
export function emailShapeProblem(value: string): string | undefined {
  const email = value.trim();
  const bracketed = /^[^<>]*<\s*([^<>\s]+@[^<>\s]+)\s*>$/.exec(email);
  if (bracketed) return `"${email}" is a name with an address: enter the address alone, ${bracketed[1]}.`;
  if ((email.match(/@/g) ?? []).length > 1 && /[,;\s]/.test(email)) return `"${email}" holds more than one address: enter one person's address.`;
  if (/^mailto:/i.test(email)) return `Leave out "mailto:": enter ${email.slice('mailto:'.length)}.`;
  if ([...email].some((char) => char.charCodeAt(0) > 0x7f) && email.includes('@')) {
    return `"${email}" has non-ASCII characters, which Rooms does not accept in an email address. Use the person's ASCII address.`;
  }
  return undefined;
}

/** What is wrong with the length of a name, or undefined. */
export function nameLengthProblem(value: string, what: string): string | undefined {
  const length = value.trim().length;
  return length > LIMITS.name ? `The ${what} is ${length} characters long; Rooms takes at most ${LIMITS.name}.` : undefined;
}

const email = z.string().check(
  z.trim(),
  z.superRefine((value, context) => {
    const problem = emailLengthProblem(value) ?? hiddenCharacterProblem(value, 'The address', 'address') ?? emailShapeProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem, input: value });
  }),
  z.email({ message: 'Enter a valid email address.' }),
);
const name = (what: string) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { message: `Enter a ${what}.` }),
    z.maxLength(LIMITS.name, { error: (issue) => nameLengthProblem(String(issue.input), what) }),
    z.superRefine((value, context) => {
      const hidden = hiddenCharacterProblem(value, `The ${what}`);
      if (hidden) context.addIssue({ code: 'custom', message: hidden, input: value });
    }),
  );
const id = z.number().check(z.int(), z.positive());

/** POST users/invite_user (UserToInvite, v6): `regions` when the level is Region, `offices` when it is Office. */
export const UserToInvite = z
  .object({
    firstName: name('first name'),
    lastName: name('last name'),
    email,
    roleId: id,
    accessLevel: InviteLevel,
    defaultOfficeId: id,
    offices: z.optional(z.array(id)),
    regions: z.optional(z.array(id)),
    eSignPermissionProfileId: z.string().check(z.minLength(1, { message: 'Choose an eSignature permission profile.' })),
    subscribeToRoomsActivityNotifications: z.optional(z.boolean()),
  })
  .check(
    z.refine((value) => value.accessLevel !== 'Region' || (value.regions?.length ?? 0) > 0, {
      message: 'Access level Region needs at least one region.',
      path: ['regions'],
    }),
    z.refine((value) => value.accessLevel !== 'Office' || (value.offices?.length ?? 0) > 0, {
      message: 'Access level Office needs at least one office.',
      path: ['offices'],
    }),
  );
export type UserToInvite = z.infer<typeof UserToInvite>;

/** POST users/invite_classic_admin (v5): names and email only. */
export const ClassicAdminToInvite = z.object({ firstName: name('first name'), lastName: name('last name'), email });
export type ClassicAdminToInvite = z.infer<typeof ClassicAdminToInvite>;

export const CLASSIC_MANAGER_PERMISSIONS = [
  'canManageCompanyMembers',
  'canManageCompanyRooms',
  'canCloseCompanyRooms',
  'canDeleteCompanyRooms',
  'canDeleteCompanyDocuments',
  'canManageCompanySharedLibrary',
  'canApproveCompanyChecklists',
  'canManageCompanyAccount',
  'autoAccessToCompanyRooms',
  'isVisibleInTransactionRooms',
  'isCompanySystemAdmin',
  'isRegionManager',
  'isOfficeManager',
] as const;

/** POST users/invite_classic_manager (v5). */
export const ClassicManagerToInvite = z.object({
  firstName: name('first name'),
  lastName: name('last name'),
  email,
  accessLevel: z.enum(['Company', 'Region', 'Office']),
  defaultOfficeId: id,
  titleId: id,
  permissions: z.record(z.enum(CLASSIC_MANAGER_PERMISSIONS), z.boolean()),
  offices: z.optional(z.array(id)),
  regions: z.optional(z.array(id)),
  eSignPermissionProfileId: z.optional(z.string()),
});
export type ClassicManagerToInvite = z.infer<typeof ClassicManagerToInvite>;

/** POST users/invite_classic_agent (v5). */
export const ClassicAgentToInvite = z.object({
  firstName: name('first name'),
  lastName: name('last name'),
  email,
  officeId: id,
  eSignPermissionProfileId: z.optional(z.string()),
});
export type ClassicAgentToInvite = z.infer<typeof ClassicAgentToInvite>;

/** A v5 invite: which classic endpoint it goes to, with that endpoint's body. */
export type ClassicInvite =
  | { type: 'Admin'; body: ClassicAdminToInvite }
  | { type: 'Manager'; body: ClassicManagerToInvite }
  | { type: 'Agent'; body: ClassicAgentToInvite };
