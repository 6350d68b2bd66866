import { queryOptions } from '@tanstack/react-query';

import { getUser, getUsers } from '@/api/users/requests';
import type { UserListParams } from '@/api/users/schemas';

/** Keys run from general to specific, so `lists()` invalidates every list and `details()` every user. */
export const userQueries = {
  all: () => ['users'] as const,
  lists: () => [...userQueries.all(), 'list'] as const,
  list: (accountId: string, params: UserListParams) =>
    queryOptions({
      queryKey: [...userQueries.lists(), accountId, params] as const,
      queryFn: ({ signal }) => getUsers(accountId, params, signal),
    }),
  details: () => [...userQueries.all(), 'detail'] as const,
  detail: (accountId: string, userId: number) =>
    queryOptions({
      queryKey: [...userQueries.details(), accountId, userId] as const,
      queryFn: ({ signal }) => getUser(accountId, userId, signal),
    }),
};
