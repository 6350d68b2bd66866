import { queryOptions } from '@tanstack/react-query';

import { getESignProfiles } from '@/api/esign-profiles/requests';

export const esignProfileQueries = {
  all: () => ['esign-profiles'] as const,
  lists: () => [...esignProfileQueries.all(), 'list'] as const,
  /** The eSignature permission profiles the caller may assign (for the invite form). */
  list: (accountId: string) =>
    queryOptions({
      queryKey: [...esignProfileQueries.lists(), accountId] as const,
      queryFn: ({ signal }) => getESignProfiles(accountId, signal),
      select: (list) => list.permissionProfiles,
      staleTime: 5 * 60_000,
    }),
};
