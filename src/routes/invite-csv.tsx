import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
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
        {(account) =>
          account.companyVersion === 'v6' ? (
            <CsvInvite key={accountId} accountId={accountId} email={identity.email ?? ''} owner={jobOwner(identity)} />
          ) : (
            <Alert color="blue" title="Not available for Rooms v5 yet" role="note">
              <Text size="sm">
                {account.name} runs Rooms v5, whose Admins, Managers and Agents are invited through separate calls. Bulk invite from a file
                is not supported for v5 companies yet; <Anchor component={Link} to={paths.invite.href()} inherit style={{ textDecoration: 'underline' }}>invite people one at a time</Anchor>.
              </Text>
            </Alert>
          )
        }
      </AccountGate>
    </Stack>
  );
}
