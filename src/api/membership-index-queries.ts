import { queryOptions } from '@tanstack/react-query';

import { ApiError } from '@/api/errors';
import { fetchAllPages } from '@/api/paging';
import { userQueries } from '@/api/users/queries';
import { getUser, getUsers } from '@/api/users/requests';
import type { UserListParams, UserSort, UserSummary, UserSummaryList } from '@/api/users/schemas';

/** A screen of per-office counts can meet the burst limit: wait as long as the server says, a few times. */
const rateLimited = {
  retry: (failures: number, error: Error) => error instanceof ApiError && error.status === 429 && failures < 3,
  retryDelay: (_failures: number, error: Error) => (error instanceof ApiError ? (error.retryAfter ?? 2) * 1000 : 2000),
};

/**
 * Membership questions that the default-office filter answers alone, without the index. Keys sit under the
 * users' list key, so everything that refreshes user lists (a finished bulk job) refreshes these too.
 */
export const membershipQueries = {
  /** How many users have this default office: one call of one row, read from totalRowCount. */
  defaultCount: (accountId: string, officeId: number) =>
    queryOptions({
      ...userQueries.list(accountId, { defaultOfficeId: officeId, startPosition: 0, count: 1 }),
      select: (page) => page.totalRowCount ?? undefined,
      staleTime: 60_000,
      ...rateLimited,
    }),
  /** Everyone whose default office this is, every page (an office has hundreds of users at most). */
  defaultMembers: (accountId: string, officeId: number) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, 'default-office', officeId] as const,
      queryFn: ({ signal }) =>
        fetchAllPages(
          (startPosition, count) => getUsers(accountId, { defaultOfficeId: officeId, startPosition, count, sort: 'LastNameAsc' }, signal),
          (page) => page.userSummaries,
        ),
      staleTime: 30_000,
      ...rateLimited,
    }),
  /** Region-level users, the only ones a region can hold beyond those whose default office is in it. */
  regionLevelUsers: (accountId: string) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, 'region-level'] as const,
      queryFn: async ({ signal }) => {
        const summaries = await fetchAllPages(
          (startPosition, count) => getUsers(accountId, { accessLevel: 'Region', startPosition, count }, signal),
          (page) => page.userSummaries,
        );
        return Promise.all(summaries.map((summary) => getUser(accountId, summary.userId, signal)));
      },
      staleTime: 60_000,
    }),
  /**
   * One page of users whose default office is in a region. The API has no region filter and `defaultOfficeId`
   * takes one office, so each of the region's offices is read whole with the other filters and the sort, and the
   * union is sorted and cut into pages here: paging stays exact (every page comes from the same sorted union, and
   * totalRowCount is its size) at the price of reading the region's users once per filter and sort.
   */
  regionPage: (accountId: string, officeIds: readonly number[], params: UserListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, 'region', officeIds, params] as const,
      queryFn: async ({ client }): Promise<UserSummaryList> => {
        const { startPosition, count, defaultOfficeId: _office, ...filters } = params;
        const all = await client.fetchQuery(membershipQueries.regionUsers(accountId, officeIds, filters));
        const page = all.slice(startPosition, startPosition + count);
        return { userSummaries: page, totalRowCount: all.length, startPosition, resultSetSize: page.length };
      },
      ...rateLimited,
    }),
  /** Everyone matching `filters` whose default office is one of `officeIds`, in the order of `filters.sort`. */
  regionUsers: (accountId: string, officeIds: readonly number[], filters: Omit<UserListParams, 'startPosition' | 'count' | 'defaultOfficeId'>) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, 'region-all', officeIds, filters] as const,
      queryFn: async ({ signal }) => {
        const perOffice = await Promise.all(
          officeIds.map((defaultOfficeId) =>
            fetchAllPages(
              (startPosition, count) => getUsers(accountId, { ...filters, defaultOfficeId, startPosition, count }, signal),
              (page) => page.userSummaries,
            ),
          ),
        );
        return perOffice.flat().sort(compareBy(filters.sort ?? 'FirstNameAsc'));
      },
      staleTime: 30_000,
      ...rateLimited,
    }),
};

const SORT_FIELD: Record<UserSort, 'firstName' | 'lastName' | 'email'> = {
  FirstNameAsc: 'firstName',
  FirstNameDesc: 'firstName',
  LastNameAsc: 'lastName',
  LastNameDesc: 'lastName',
  EmailAsc: 'email',
  EmailDesc: 'email',
};

/** The list's sort applied to users gathered from several offices; ties go by user id, so pages never overlap. */
export function compareBy(sort: UserSort) {
  const field = SORT_FIELD[sort];
  const direction = sort.endsWith('Desc') ? -1 : 1;
  return (a: UserSummary, b: UserSummary) =>
    direction * a[field].localeCompare(b[field], undefined, { sensitivity: 'base' }) || a.userId - b.userId;
}
