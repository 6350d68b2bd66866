import { Badge, Box, Button, Group, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, type ReactNode } from 'react';

import { accountQueries } from '@/api/accounts/queries';
import type { ActiveSession } from '@/api/session/use-signed-in-session';
import { SignOutIcon, SwitchIcon } from '@/components/icons';
import { ThemeToggle } from '@/components/theme-toggle';
import classes from '@/features/shell/shell-header.module.css';
import { useSignOut } from '@/features/shell/use-session-actions';

// Only identities with several accounts have the menu, so the others never load it.
const AccountMenu = lazy(() => import('@/features/shell/account-menu').then((module) => ({ default: module.AccountMenu })));

/** Holds the menu button's place, looking the same, while the menu's code arrives. */
const SwitchAccountPlaceholder = () => (
  <Button variant="default" aria-label="Switch account" disabled leftSection={<SwitchIcon />} px={{ base: 'xs', sm: 'md' }}>
    <Box component="span" visibleFrom="sm">
      Switch account
    </Box>
  </Button>
);

type Props = { session: ActiveSession; burger: ReactNode };

/** Company, Rooms version, who is signed in, and the account, theme and sign-out controls. */
export function ShellHeader({ session, burger }: Props) {
  const account = useQuery(accountQueries.detail(session.accountId));
  const signOut = useSignOut();
  const sessionAccountName = session.accounts.find((item) => item.accountId === session.accountId)?.name;
  const { name, email } = session.identity;

  return (
    <Group h="100%" px="md" gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" miw={0} style={{ flex: '1 1 auto' }}>
        {burger}
        <div className={classes.company}>
          {account.data ? (
            <Text fw={700} truncate="end" className={classes.name}>
              {account.data.name}
            </Text>
          ) : account.isError ? (
            <Text fw={700} truncate="end" className={classes.name}>
              {sessionAccountName ?? 'Rooms Admin'}
            </Text>
          ) : (
            <Skeleton h={16} w={160} aria-label="Loading company" />
          )}
          {account.data && (
            <Badge
              variant="light"
              color={account.data.companyVersion === 'v6' ? 'indigo' : 'grape'}
              tt="none"
              style={{ flexShrink: 0 }}
            >
              Rooms {account.data.companyVersion}
            </Badge>
          )}
        </div>
      </Group>
      <Group gap="sm" wrap="nowrap" style={{ flexShrink: 0 }}>
        <Box visibleFrom="md" ta="right" miw={0}>
          <Text size="sm" fw={600} truncate="end">
            {name || email}
          </Text>
          {name && email && (
            <Text size="xs" c="dimmed" truncate="end">
              {email}
            </Text>
          )}
        </Box>
        {session.accounts.length > 1 && (
          <Suspense fallback={<SwitchAccountPlaceholder />}>
            <AccountMenu accounts={session.accounts} currentAccountId={session.accountId} />
          </Suspense>
        )}
        <ThemeToggle />
        <Button
          variant="default"
          aria-label="Sign out"
          leftSection={<SignOutIcon />}
          loading={signOut.isPending}
          onClick={() => signOut.mutate()}
          px={{ base: 'xs', sm: 'md' }}
        >
          <Box component="span" visibleFrom="sm">
            Sign out
          </Box>
        </Button>
      </Group>
    </Group>
  );
}
