import { queryOptions } from '@tanstack/react-query';

import { getAllRegions } from '@/api/regions/requests';

export const regionQueries = {
  all: () => ['regions'] as const,
  lists: () => [...regionQueries.all(), 'list'] as const,
  /** Every region of the account; used to turn region ids into names. */
  list: (accountId: string) =>
    queryOptions({
      queryKey: [...regionQueries.lists(), accountId] as const,
      queryFn: ({ signal }) => getAllRegions(accountId, signal),
      staleTime: 5 * 60_000,
    }),
};
