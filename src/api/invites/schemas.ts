import * as z from 'zod/mini';

/** Levels a v6 invite may set; `Admin` is in the enum but undocumented, so it is never offered (REFERENCE.md §8.3). */
export const INVITE_LEVELS = ['Contributor', 'Office', 'Region', 'Company'] as const;
export const InviteLevel = z.enum(INVITE_LEVELS);

const email = z.string().check(z.trim(), z.email({ message: 'Enter a valid email address.' }));
const name = (what: string) => z.string().check(z.trim(), z.minLength(1, { message: `Enter a ${what}.` }));
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
