import type { QueryClient } from '@tanstack/react-query';
import { Stack, Text, Title } from '@mantine/core';

import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { OfficesOverview } from '@/features/membership/offices-overview';
import { activeAccountId, preload } from '@/routes/preload';

export const loader = (queryClient: QueryClient) => async (): Promise<null> => {
  const accountId = await activeAccountId(queryClient);
  if (!accountId) return null;
  void preload(queryClient, officeQueries.list(accountId));
  void preload(queryClient, regionQueries.list(accountId));
  return null;
};

export function Component() {
  const { accountId, identity } = useSignedInSession();
  return (
    <Stack gap="md">
      <title>Offices · Rooms Admin</title>
      <Stack gap={2}>
        <Title order={1}>Offices</Title>
        <Text c="dimmed">Each office by region, with its members. Open an office or a region to reassign people.</Text>
      </Stack>
      <OfficesOverview accountId={accountId} owner={jobOwner(identity)} email={identity.email ?? ''} />
    </Stack>
  );
}
