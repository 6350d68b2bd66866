import { queryOptions } from '@tanstack/react-query';

import { fetchAllPages } from '@/api/paging';
import { rateLimited } from '@/api/region-user-queries';
import { userQueries } from '@/api/users/queries';
import { getUser, getUsers } from '@/api/users/requests';

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
};
