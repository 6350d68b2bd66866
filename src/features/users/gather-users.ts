import type { QueryClient } from '@tanstack/react-query';

import { regionUserQueries } from '@/api/region-user-queries';
import { MAX_PAGE_SIZE } from '@/api/paging';
import { getUsers } from '@/api/users/requests';
import type { UserSummary } from '@/api/users/schemas';
import type { MatchingUsers } from '@/features/users/list-state';

/** Stops a server whose pages never end: 1,000 pages of 100. */
const MAX_PAGES = 1_000;

/**
 * Every user the list shows for its filter, by paging GET users 100 at a time; reports progress after each page
 * and stops when `signal` aborts. A region filter is answered as the list answers it (the same query, so the
 * same users and the same count). Never used for showing the list, only for "Select all N matching".
 */
export async function gatherMatchingUsers(
  queryClient: QueryClient,
  accountId: string,
  matching: MatchingUsers,
  onProgress: (gathered: number, total: number | undefined) => void,
  signal: AbortSignal,
): Promise<UserSummary[]> {
  const { params, regionOfficeIds } = matching;
  if (regionOfficeIds !== undefined) {
    if (regionOfficeIds.length === 0) return [];
    const { defaultOfficeId: _office, ...filters } = params;
    const users = await queryClient.fetchQuery(regionUserQueries.all(accountId, regionOfficeIds, filters));
    signal.throwIfAborted();
    onProgress(users.length, users.length);
    return users;
  }
  const users: UserSummary[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    signal.throwIfAborted();
    const reply = await getUsers(accountId, { ...params, startPosition: users.length, count: MAX_PAGE_SIZE }, signal);
    users.push(...reply.userSummaries);
    const total = reply.totalRowCount ?? undefined;
    onProgress(users.length, total);
    const done =
      reply.userSummaries.length < MAX_PAGE_SIZE || (total !== undefined && users.length >= total) || reply.nextUri === null;
    if (done) break;
  }
  return users;
}
