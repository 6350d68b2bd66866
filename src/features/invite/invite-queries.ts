import { queryOptions } from '@tanstack/react-query';

import { readAllMembers, titlesOf } from '@/features/invite/member-directory';

export const inviteQueries = {
  all: () => ['invite'] as const,
  /** The v5 manager titles in use, from every member's titleId (there is no titles endpoint). */
  classicTitles: (accountId: string) =>
    queryOptions({
      queryKey: [...inviteQueries.all(), 'classic-titles', accountId] as const,
      queryFn: async ({ signal }) => titlesOf(await readAllMembers(accountId, signal)),
      staleTime: 10 * 60_000,
    }),
};
