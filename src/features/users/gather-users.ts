import { MAX_PAGE_SIZE } from '@/api/paging';
import { getUsers } from '@/api/users/requests';
import type { UserListParams, UserSummary } from '@/api/users/schemas';

/** Stops a server whose pages never end: 1,000 pages of 100. */
const MAX_PAGES = 1_000;

/**
 * Every user matching the list's filter, by paging GET users 100 at a time; reports progress after each page and
 * stops when `signal` aborts. Never used for showing the list, only for "Select all N matching".
 */
export async function gatherMatchingUsers(
  accountId: string,
  params: Omit<UserListParams, 'startPosition' | 'count'>,
  onProgress: (gathered: number, total: number | undefined) => void,
  signal: AbortSignal,
): Promise<UserSummary[]> {
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
