import * as z from 'zod/mini';

import { BooleanRecord, flag, idList, optionalId, optionalText, textOrEmpty } from '@/api/common-schemas';
import { pageOf } from '@/api/paging';

/** Rooms' access levels; `Admin` is in the enum but never explained (REFERENCE.md §3.1). */
export const ACCESS_LEVELS = ['Company', 'Region', 'Office', 'Contributor', 'Admin'] as const;
export const AccessLevel = z.enum(ACCESS_LEVELS);
export type AccessLevel = z.infer<typeof AccessLevel>;

export const USER_STATUSES = ['Active', 'Pending'] as const;
export const UserStatus = z.enum(USER_STATUSES);
export type UserStatus = z.infer<typeof UserStatus>;

/** MemberSortingOption: the six values GET /users accepts as `sort`. */
export const USER_SORTS = ['FirstNameAsc', 'FirstNameDesc', 'LastNameAsc', 'LastNameDesc', 'EmailAsc', 'EmailDesc'] as const;
export const UserSort = z.enum(USER_SORTS);
export type UserSort = z.infer<typeof UserSort>;

/** Maps a value to its canonical spelling in `known` ignoring case; anything else is kept as sent. */
const canonical =
  <const T extends readonly string[]>(known: T) =>
  (value: string): T[number] | (string & {}) =>
    known.find((candidate) => candidate.toLowerCase() === value.trim().toLowerCase()) ?? value;

/**
 * A user's status. The spec writes it `Active`/`Pending`, its prose lowercase, and the field is a plain string,
 * so any case is accepted and an unknown value stays readable instead of failing the whole list.
 */
const StatusValue = z.pipe(z.string(), z.transform(canonical(USER_STATUSES)));

/** Same tolerance for the access level: known values get their canonical case, others are shown as sent. */
const AccessLevelValue = z.pipe(z.string(), z.transform(canonical(ACCESS_LEVELS)));

const userSummaryShape = {
  userId: z.number(),
  email: z.string(),
  firstName: textOrEmpty,
  lastName: textOrEmpty,
  isLockedOut: flag,
  status: z.pipe(z.optional(z.nullable(StatusValue)), z.transform((value) => value ?? undefined)),
  accessLevel: z.pipe(z.optional(z.nullable(AccessLevelValue)), z.transform((value) => value ?? undefined)),
  defaultOfficeId: optionalId,
  /** v5 only: the classic manager's job title. */
  titleId: optionalId,
  /** v6 only: the company role. */
  roleId: optionalId,
  profileImageUrl: optionalText,
};

/** One row of GET /users (UserSummary). */
export const UserSummary = z.looseObject(userSummaryShape);
export type UserSummary = z.infer<typeof UserSummary>;

/** GET /users (UserSummaryList): one server page plus the paging envelope. */
export const UserSummaryList = pageOf('userSummaries', UserSummary);
export type UserSummaryList = z.infer<typeof UserSummaryList>;

/** GET /users/{userId} (User): the summary plus memberships and the v5 classic permissions. */
export const User = z.looseObject({
  ...userSummaryShape,
  offices: idList,
  regions: idList,
  /** ClassicManagerPermissions, v5 only; {} when absent. */
  permissions: BooleanRecord,
});
export type User = z.infer<typeof User>;

/** Query parameters of GET /users (REFERENCE.md §2.2), with the exact enums. */
export const UserListParams = z.object({
  filter: z.optional(z.string()),
  sort: z.optional(UserSort),
  defaultOfficeId: z.optional(z.number()),
  accessLevel: z.optional(AccessLevel),
  titleId: z.optional(z.number()),
  roleId: z.optional(z.number()),
  status: z.optional(UserStatus),
  lockedOnly: z.optional(z.boolean()),
  startPosition: z.number().check(z.int(), z.nonnegative()),
  count: z.number().check(z.int(), z.minimum(1), z.maximum(100)),
});
export type UserListParams = z.infer<typeof UserListParams>;
