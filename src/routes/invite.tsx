import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';

import { accountQueries } from '@/api/accounts/queries';
import { esignProfileQueries } from '@/api/esign-profiles/queries';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { AccountGate } from '@/components/account-gate';
import { paths } from '@/config/paths';
import { InviteWizard } from '@/features/invite/invite-wizard';
import { useInviteVerdict } from '@/features/invite/use-invite-options';
import { activeAccountId, preload } from '@/routes/preload';

export const loader = (queryClient: QueryClient) => async (): Promise<null> => {
  const accountId = await activeAccountId(queryClient);
  if (!accountId) return null;
  void preload(queryClient, accountQueries.detail(accountId)).then((account) => {
    if (account?.companyVersion !== 'v6') return;
    void preload(queryClient, roleQueries.assignable(accountId));
    void preload(queryClient, esignProfileQueries.list(accountId));
  });
  void preload(queryClient, officeQueries.list(accountId));
  void preload(queryClient, regionQueries.list(accountId));
  return null;
};

/** The way to the bulk invite, offered only to an administrator who may invite. */
function CsvInviteLink({ accountId, email }: { accountId: string; email: string }) {
  const account = useQuery(accountQueries.detail(accountId));
  const verdict = useInviteVerdict(accountId, email, account.data?.companyVersion);
  if (!verdict?.allowed) return null;
  return (
    <Anchor component={Link} to={paths.inviteCsv.href()}>
      Invite many from a CSV file
    </Anchor>
  );
}

export function Component() {
  const { accountId, identity } = useSignedInSession();
  return (
    <Stack gap="lg" maw={760}>
      <title>Invite a user · Rooms Admin</title>
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Title order={1}>Invite a user</Title>
        <CsvInviteLink accountId={accountId} email={identity.email ?? ''} />
      </Group>
      <AccountGate accountId={accountId}>
        {(account) => (
          <Stack gap="md">
            <Text c="dimmed">
              {account.name} runs Rooms {account.companyVersion}
              {account.companyVersion === 'v5' ? ': classic Admins, Managers and Agents.' : ': company roles and access levels.'}
            </Text>
            <InviteWizard key={accountId} accountId={accountId} account={account} email={identity.email ?? ''} />
          </Stack>
        )}
      </AccountGate>
    </Stack>
  );
}
