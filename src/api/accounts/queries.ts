import { queryOptions } from '@tanstack/react-query';

import { getAccount } from '@/api/accounts/requests';

export const accountQueries = {
  all: () => ['accounts'] as const,
  details: () => [...accountQueries.all(), 'detail'] as const,
  /** The company's name and Rooms version; it does not change while the app is open. */
  detail: (accountId: string) =>
    queryOptions({
      queryKey: [...accountQueries.details(), accountId] as const,
      queryFn: ({ signal }) => getAccount(accountId, signal),
      staleTime: Infinity,
    }),
};
