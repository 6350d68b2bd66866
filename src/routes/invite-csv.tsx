import { Anchor, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';

import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { AccountGate } from '@/components/account-gate';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ArrowLeftIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import { CsvInvite } from '@/features/invite/csv-invite';

export function Component() {
  const { accountId, identity } = useSignedInSession();
  return (
    <Stack gap="lg" maw={960}>
      <title>Invite from a CSV file · Rooms Admin</title>
      <Anchor component={Link} to={paths.invite.href()} size="sm">
        <ArrowLeftIcon size={14} /> Invite one person
      </Anchor>
      <Title order={1}>Invite from a CSV file</Title>
      <AccountGate accountId={accountId}>
        {(account) => (
          <CsvInvite key={accountId} accountId={accountId} email={identity.email ?? ''} owner={jobOwner(identity)} version={account.companyVersion} />
        )}
      </AccountGate>
    </Stack>
  );
}
