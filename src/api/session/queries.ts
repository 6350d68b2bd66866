import { queryOptions } from '@tanstack/react-query';

import { getSession } from '@/api/session/requests';

export const sessionQueries = {
  all: () => ['session'] as const,
  /** Who is signed in and to which account. Read once per page load; changes only through sign-in, account and sign-out. */
  current: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'current'] as const,
      queryFn: ({ signal }) => getSession(signal),
      staleTime: Infinity,
      refetchOnWindowFocus: false,
    }),
};
