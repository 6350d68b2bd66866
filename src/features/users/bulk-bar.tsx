import { Button, Group, Paper, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';

import type { UserSummary } from '@/api/users/schemas';
import type { MatchingUsers } from '@/features/users/list-state';
import type { Lookups } from '@/features/users/lookups';
import type { Selection } from '@/features/users/use-selection';
import classes from '@/features/users/user-list.module.css';

// The menu, its dialogs and their Mantine parts load once something is selected, not with the list.
const BulkMenu = lazy(() => import('@/features/users/bulk-menu').then((module) => ({ default: module.BulkMenu })));

const BulkActionsButton = () => (
  <Button size="sm" disabled>
    Bulk actions
  </Button>
);

type Props = {
  accountId: string;
  /** The list's filters (region included) and sort, without paging. */
  matching: MatchingUsers;
  total: number | undefined;
  pageUsers: UserSummary[];
  selection: Selection;
  lookups: Lookups;
};

type Gathering = { gathered: number; total: number | undefined; controller: AbortController };

const number = (value: number) => value.toLocaleString('en-US');

/** The selection, "Select all N matching", and the bulk actions menu above the table. */
export function BulkBar({ accountId, matching, total, pageUsers, selection, lookups }: Props) {
  const queryClient = useQueryClient();
  const [gathering, setGathering] = useState<Gathering | undefined>(undefined);
  const [gatherError, setGatherError] = useState<string | undefined>(undefined);
  // Once wanted the menu stays, so a dialog it opened outlives the selection it clears.
  const [menuWanted, setMenuWanted] = useState(selection.size > 0);
  if (selection.size > 0 && !menuWanted) setMenuWanted(true);
  const offPage = selection.size - pageUsers.filter((user) => selection.has(user.userId)).length;

  async function selectAllMatching() {
    const controller = new AbortController();
    setGatherError(undefined);
    setGathering({ gathered: 0, total, controller });
    try {
      // Only "Select all" needs the gatherer, so it is fetched on that click.
      const { gatherMatchingUsers } = await import('@/features/users/gather-users');
      const users = await gatherMatchingUsers(
        queryClient,
        accountId,
        matching,
        (gathered, all) => setGathering({ gathered, total: all, controller }),
        controller.signal,
      );
      selection.change(users, true);
    } catch (error) {
      if (!controller.signal.aborted) setGatherError(error instanceof Error ? error.message : 'The users could not be gathered.');
    } finally {
      setGathering(undefined);
    }
  }

  return (
    <Paper withBorder p="sm" component="section" aria-label="Selection and bulk actions">
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Group gap="sm" wrap="wrap">
          <Text size="sm" aria-live="polite" fw={selection.size ? 600 : undefined}>
            {selection.size === 0
              ? 'No users selected'
              : `${number(selection.size)} selected${offPage > 0 ? ` (${number(offPage)} not on this page)` : ''}`}
          </Text>
          {selection.size > 0 && (
            <Button size="compact-sm" variant="subtle" onClick={selection.clear}>
              Clear selection
            </Button>
          )}
          {gathering ? (
            <Group gap="xs" wrap="nowrap">
              {/* A native bar: Mantine's would add its code and styles to the list's first load. */}
              <progress
                className={classes.progress}
                max={gathering.total ?? 1}
                value={gathering.total ? gathering.gathered : 0}
                aria-label="Gathering matching users"
              />
              <Text size="sm" aria-live="polite">
                Gathered {number(gathering.gathered)}
                {gathering.total !== undefined ? ` of ${number(gathering.total)}` : ''}
              </Text>
              <Button size="compact-sm" variant="default" onClick={() => gathering.controller.abort()}>
                Cancel
              </Button>
            </Group>
          ) : (
            total !== undefined &&
            total > 0 && (
              <Button size="compact-sm" variant="light" onClick={() => void selectAllMatching()}>
                {`Select all ${number(total)} matching`}
              </Button>
            )
          )}
          {gatherError && (
            <Text size="sm" c="red" role="alert">
              {gatherError}
            </Text>
          )}
        </Group>
        {menuWanted ? (
          <Suspense fallback={<BulkActionsButton />}>
            <BulkMenu accountId={accountId} selection={selection} lookups={lookups} disabled={selection.size === 0 || gathering !== undefined} />
          </Suspense>
        ) : (
          <BulkActionsButton />
        )}
      </Group>
    </Paper>
  );
}
