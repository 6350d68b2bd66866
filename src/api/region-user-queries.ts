import { queryOptions } from '@tanstack/react-query';

import { ApiError } from '@/api/errors';
import { fetchAllPages } from '@/api/paging';
import { userQueries } from '@/api/users/queries';
import { getUsers } from '@/api/users/requests';
import type { UserListParams, UserSort, UserSummary, UserSummaryList } from '@/api/users/schemas';

/** A screen of per-office counts can meet the burst limit: wait as long as the server says, a few times. */
export const rateLimited = {
  retry: (failures: number, error: Error) => error instanceof ApiError && error.status === 429 && failures < 3,
  retryDelay: (_failures: number, error: Error) => (error instanceof ApiError ? (error.retryAfter ?? 2) * 1000 : 2000),
};

/**
 * The user list's region filter, which the API lacks: the users whose default office is in a region, read office
 * by office with the list's other filters. Keys sit under the users' list key, so whatever refreshes user lists
 * refreshes these too.
 */
export const regionUserQueries = {
  /**
   * One page of users whose default office is in a region. The API has no region filter and `defaultOfficeId`
   * takes one office, so each of the region's offices is read whole with the other filters and the sort, and the
   * union is sorted and cut into pages here: paging stays exact (every page comes from the same sorted union, and
   * totalRowCount is its size) at the price of reading the region's users once per filter and sort.
   */
  page: (accountId: string, officeIds: readonly number[], params: UserListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, 'region', officeIds, params] as const,
      queryFn: async ({ client }): Promise<UserSummaryList> => {
        const { startPosition, count, defaultOfficeId: _office, ...filters } = params;
        const all = await client.fetchQuery(regionUserQueries.all(accountId, officeIds, filters));
        const page = all.slice(startPosition, startPosition + count);
        return { userSummaries: page, totalRowCount: all.length, startPosition, resultSetSize: page.length };
      },
      ...rateLimited,
    }),
  /** Everyone matching `filters` whose default office is one of `officeIds`, in the order of `filters.sort`. */
  all: (accountId: string, officeIds: readonly number[], filters: Omit<UserListParams, 'startPosition' | 'count' | 'defaultOfficeId'>) =>
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
