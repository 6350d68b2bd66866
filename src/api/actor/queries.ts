import { queryOptions } from '@tanstack/react-query';

import { getCurrentActor } from '@/api/actor/requests';

export const actorQueries = {
  all: () => ['actor'] as const,
  /** Who the signed-in administrator is in this account, and what they may do. */
  current: (accountId: string, email: string) =>
    queryOptions({
      queryKey: [...actorQueries.all(), accountId, email.toLowerCase()] as const,
      queryFn: ({ signal }) => getCurrentActor(accountId, email, signal),
      staleTime: 5 * 60_000,
    }),
};
