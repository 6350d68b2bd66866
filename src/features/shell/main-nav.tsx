import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useMatch } from 'react-router';

import type { ActiveSession } from '@/api/session/use-signed-in-session';
import { InviteIcon, JobsIcon, OfficeIcon, UsersIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import classes from '@/features/shell/main-nav.module.css';

type Item = { label: string; to: string; pattern: string; icon: ReactNode };

const ITEMS: Item[] = [
  { label: 'Users', to: paths.users.href(), pattern: `${paths.users.path}/*`, icon: <UsersIcon /> },
  { label: 'Invite', to: paths.invite.href(), pattern: `${paths.invite.path}/*`, icon: <InviteIcon /> },
  { label: 'Offices', to: paths.offices.href(), pattern: `${paths.offices.path}/*`, icon: <OfficeIcon /> },
  { label: 'Bulk jobs', to: paths.jobs.href(), pattern: `${paths.jobs.path}/*`, icon: <JobsIcon /> },
];

function NavItem({ item, onNavigate }: { item: Item; onNavigate: () => void }) {
  const active = useMatch(item.pattern) !== null;
  return (
    <Link to={item.to} className={classes.link} aria-current={active ? 'page' : undefined} onClick={onNavigate}>
      {item.icon}
      <span>{item.label}</span>
    </Link>
  );
}

/** The links of the main navigation, and on narrow screens the identity that the header has no room for. */
export function MainNav({ session, onNavigate }: { session: ActiveSession; onNavigate: () => void }) {
  const { name, email } = session.identity;
  return (
    <Stack justify="space-between" h="100%" gap="md">
      <Stack gap={2}>
        {ITEMS.map((item) => (
          <NavItem key={item.to} item={item} onNavigate={onNavigate} />
        ))}
      </Stack>
      <Stack gap={0} hiddenFrom="md" px="sm">
        <Text size="xs" c="dimmed">
          Signed in as
        </Text>
        <Text size="sm" fw={600}>
          {name || email}
        </Text>
        {name && email && (
          <Text size="xs" c="dimmed">
            {email}
          </Text>
        )}
      </Stack>
    </Stack>
  );
}
