import { Badge, Text } from '@mantine/core';

import classes from '@/features/users/user-badges.module.css';

/** Active, Pending, or whatever new status the API sends, shown as sent. */
export function StatusBadge({ status }: { status: string | undefined }) {
  if (!status) return <Text c="dimmed">—</Text>;
  const color = status === 'Active' ? 'teal' : status === 'Pending' ? 'yellow' : 'gray';
  return (
    <Badge color={color} variant="light" tt="none" className={classes.badge}>
      {status}
    </Badge>
  );
}

export function LockedBadge({ locked }: { locked: boolean }) {
  return locked ? (
    <Badge color="red" variant="light" tt="none" className={classes.badge}>
      Locked
    </Badge>
  ) : (
    <Text c="dimmed" size="sm">
      No
    </Text>
  );
}
