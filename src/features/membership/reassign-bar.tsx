import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';

import type { MembershipContext } from '@/features/membership/use-membership-context';
import { ReassignDialog } from '@/features/membership/reassign-dialog';
import type { Target } from '@/features/membership/reassignment-plan';

type Props = { context: MembershipContext; accountId: string; owner: string; selected: ReadonlySet<number>; source: Target };

/** The selection's count and the Reassign action, disabled with the reason when it cannot be used. */
export function ReassignBar({ context, accountId, owner, selected, source }: Props) {
  const [open, setOpen] = useState(false);
  const actor = context.actor.data?.actor;
  const reason = !actor
    ? context.actor.isPending
      ? 'Reading your permissions…'
      : 'Your own user record in this account could not be read.'
    : selected.size === 0
      ? 'Select the users to reassign.'
      : undefined;
  return (
    <Group justify="space-between">
      <Text size="sm" role="status">
        {selected.size.toLocaleString()} selected
      </Text>
      <Group gap="xs">
        {reason && (
          <Text size="sm" c="dimmed" id="reassign-reason">
            {reason}
          </Text>
        )}
        <Button onClick={() => setOpen(true)} disabled={reason !== undefined} aria-describedby={reason ? 'reassign-reason' : undefined}>
          Reassign
        </Button>
      </Group>
      {actor && (
        <ReassignDialog
          opened={open}
          onClose={() => setOpen(false)}
          accountId={accountId}
          owner={owner}
          actor={actor}
          geography={context.geography}
          offices={context.offices.data ?? []}
          regions={context.regions.data ?? []}
          names={context.names}
          index={context.indexState.index}
          userIds={[...selected]}
          source={source}
        />
      )}
    </Group>
  );
}
