import { Skeleton, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

import { accountQueries } from '@/api/accounts/queries';
import type { AccountSummary } from '@/api/accounts/schemas';
import { ErrorPanel } from '@/components/error-panel';

type Props = { accountId: string; children: (account: AccountSummary) => ReactNode };

/** Pages that branch on the Rooms version (v5 titles, v6 roles) render once the account is known. */
export function AccountGate({ accountId, children }: Props) {
  const account = useQuery(accountQueries.detail(accountId));
  if (account.data) return children(account.data);
  if (account.isError) {
    return <ErrorPanel error={account.error} action="read this account" onRetry={() => void account.refetch()} headingOrder={1} />;
  }
  return (
    <Stack gap="md" aria-busy="true" aria-label="Loading account">
      <Skeleton h={36} w={200} />
      <Skeleton h={240} />
    </Stack>
  );
}
