import * as z from 'zod/mini';

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

/** What is wrong with the length of a name, or undefined. */
export function nameLengthProblem(value: string, what: string): string | undefined {
  const length = value.trim().length;
  return length > LIMITS.name ? `The ${what} is ${length} characters long; Rooms takes at most ${LIMITS.name}.` : undefined;
}

const HIDDEN_NAMES: Record<number, string> = {
  0x09: 'a tab',
  0x0a: 'a line break',
  0x0d: 'a line break',
  0xad: 'a soft hyphen',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2028: 'a line separator',
  0x2029: 'a paragraph separator',
  0x2060: 'a word joiner',
  0xfeff: 'a byte-order mark',
};
/** Controls and format characters: zero-width, direction and byte-order marks that come along with pasted text. */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
/** The same, less the joiners that some scripts (Persian, the Indic ones) and emoji need inside a name. */
const HIDDEN_IN_NAMES = /(?![\u200c\u200d])[\p{Cc}\p{Cf}\u2028\u2029]/u;

/**
 * Where a value hides a character nobody sees, said so it can be found: "The first name has an invisible character
 * (a zero-width space, U+200B) after "Ann"". Such characters make an address invalid or a name unlike itself.
 */
export function hiddenCharacterProblem(value: string, subject: string, kind: 'address' | 'name' = 'name'): string | undefined {
  const match = (kind === 'address' ? HIDDEN : HIDDEN_IN_NAMES).exec(value);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const direction = (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069);
  const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
  const what = HIDDEN_NAMES[code] ?? (direction ? 'a text-direction mark' : control ? 'a control character' : 'a formatting character');
  const before = value.slice(0, match.index).trim();
  const where = before === '' ? 'at the start' : `after "${before.length > 24 ? `…${before.slice(-23)}` : before}"`;
  return `${subject} has an invisible character (${what}, ${hex}) ${where}, usually pasted in with the text: delete it or type the value again.`;
}

const email = z.string().check(
  z.trim(),
  z.superRefine((value, context) => {
    const problem = emailLengthProblem(value) ?? hiddenCharacterProblem(value, 'The address', 'address');
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
