/**
 * The users list (REFERENCE.md 2.2) as a pure function over a company: every filter, the sort options, paging,
 * and the caller's scope. One pass over a prebuilt ordering, so 20,000 users stay well under the time a
 * request may take.
 */
import type { Company, IndexedMember, UserOrder } from './company';
import { inScope, type Scope } from './permissions';
import type { Query } from './query';
import type { AccessLevel, Member, UserStatus } from './types';

export const SORT_OPTIONS = ['FirstNameAsc', 'LastNameAsc', 'EmailAsc', 'FirstNameDesc', 'LastNameDesc', 'EmailDesc'] as const;
export type SortOption = (typeof SORT_OPTIONS)[number];
export const ACCESS_LEVELS = ['Contributor', 'Office', 'Region', 'Company', 'Admin'] as const satisfies readonly AccessLevel[];
export const STATUSES = ['Active', 'Pending'] as const satisfies readonly UserStatus[];

export type UserCriteria = {
  filter?: string;
  sort?: SortOption;
  defaultOfficeId?: number;
  accessLevel?: AccessLevel;
  titleId?: number;
  roleId?: number;
  status?: UserStatus;
  lockedOnly?: boolean;
  startPosition: number;
  count: number;
};

export function parseUserCriteria(query: Query): UserCriteria {
  return {
    filter: query.string('filter'),
    sort: query.oneOf('sort', SORT_OPTIONS),
    defaultOfficeId: query.int('defaultOfficeId'),
    accessLevel: query.oneOf('accessLevel', ACCESS_LEVELS),
    titleId: query.int('titleId'),
    roleId: query.int('roleId'),
    status: query.oneOf('status', STATUSES),
    lockedOnly: query.bool('lockedOnly'),
    ...query.paging(),
  };
}

const SORTS: Record<SortOption, { order: UserOrder; descending: boolean }> = {
  FirstNameAsc: { order: 'firstName', descending: false },
  LastNameAsc: { order: 'lastName', descending: false },
  EmailAsc: { order: 'email', descending: false },
  FirstNameDesc: { order: 'firstName', descending: true },
  LastNameDesc: { order: 'lastName', descending: true },
  EmailDesc: { order: 'email', descending: true },
};

export function listUsers(company: Company, scope: Scope, criteria: UserCriteria): { page: Member[]; total: number } {
  const { order, descending } = criteria.sort ? SORTS[criteria.sort] : { order: 'userId' as const, descending: false };
  const entries = company.usersInOrder(order);
  const matches = matcher(scope, criteria);
  const page: Member[] = [];
  let total = 0;
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[descending ? entries.length - 1 - i : i];
    if (!entry || !matches(entry)) continue;
    if (total >= criteria.startPosition && page.length < criteria.count) page.push(entry.member);
    total += 1;
  }
  return { page, total };
}

/** Cheap field checks first; the text prefix and the scope last. */
function matcher(scope: Scope, criteria: UserCriteria): (entry: IndexedMember) => boolean {
  const prefix = criteria.filter?.trim().toLowerCase();
  return ({ member, first, last, email }) =>
    (criteria.status === undefined || member.status === criteria.status) &&
    (criteria.lockedOnly !== true || member.isLockedOut) &&
    (criteria.roleId === undefined || member.roleId === criteria.roleId) &&
    (criteria.titleId === undefined || member.titleId === criteria.titleId) &&
    (criteria.accessLevel === undefined || member.accessLevel === criteria.accessLevel) &&
    (criteria.defaultOfficeId === undefined || member.defaultOfficeId === criteria.defaultOfficeId) &&
    (!prefix || first.startsWith(prefix) || last.startsWith(prefix) || email.startsWith(prefix)) &&
    inScope(scope, member);
}
