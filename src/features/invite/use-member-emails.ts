import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import { inviteQueries } from '@/features/invite/invite-queries';
import { memberEmails, readAllMembers, titlesOf, type Progress } from '@/features/invite/member-directory';

/**
 * Every member's email (lower case), read page by page with a progress count, to spot "already a member" rows;
 * from the same read, the v5 manager titles in use.
 */
export function useMemberEmails(accountId: string, enabled: boolean) {
  const [progress, setProgress] = useState<Progress>({ loaded: 0 });
  // The progress callback only reports; the key is complete without it.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  const query = useQuery({
    queryKey: [...inviteQueries.all(), 'member-emails', accountId],
    queryFn: async ({ signal }) => {
      const members = await readAllMembers(accountId, signal, setProgress);
      return { emails: memberEmails(members), titles: titlesOf(members) };
    },
    staleTime: 60_000,
    enabled,
  });
  return { query, progress };
}
