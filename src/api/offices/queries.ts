import { queryOptions } from '@tanstack/react-query';

import { getAllOffices } from '@/api/offices/requests';

export const officeQueries = {
  all: () => ['offices'] as const,
  lists: () => [...officeQueries.all(), 'list'] as const,
  /** Every office of the account; used to turn office ids into names. */
  list: (accountId: string) =>
    queryOptions({
      queryKey: [...officeQueries.lists(), accountId] as const,
      queryFn: ({ signal }) => getAllOffices(accountId, signal),
      staleTime: 5 * 60_000,
    }),
};
