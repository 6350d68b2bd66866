import { Button, Group, Paper, Text } from '@mantine/core';
import { lazy, Suspense, useCallback, useState } from 'react';

import type { UserSummary } from '@/api/users/schemas';
import type { MatchingUsers } from '@/features/users/list-state';
import type { Lookups } from '@/features/users/lookups';
import type { Selection } from '@/features/users/use-selection';

// The menu, its dialogs and their Mantine parts load once something is selected, not with the list.
const BulkMenu = lazy(() => import('@/features/users/bulk-menu').then((module) => ({ default: module.BulkMenu })));

// The gatherer, its progress and its errors load when "Select all N matching" is pressed.
const SelectAllMatching = lazy(() =>
  import('@/features/users/select-all-matching').then((module) => ({ default: module.SelectAllMatching })),
);

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

const number = (value: number) => value.toLocaleString('en-US');

/** The selection, "Select all N matching", and the bulk actions menu above the table. */
export function BulkBar({ accountId, matching, total, pageUsers, selection, lookups }: Props) {
  const [gathering, setGathering] = useState(false);
  const endGathering = useCallback(() => setGathering(false), []);
  // Once wanted the menu stays, so a dialog it opened outlives the selection it clears.
  const [menuWanted, setMenuWanted] = useState(selection.size > 0);
  if (selection.size > 0 && !menuWanted) setMenuWanted(true);
  const offPage = selection.size - pageUsers.filter((user) => selection.has(user.userId)).length;

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
            <Suspense fallback={<Text size="sm">Gathering…</Text>}>
              <SelectAllMatching accountId={accountId} matching={matching} total={total} select={selection.change} onEnd={endGathering} />
            </Suspense>
          ) : (
            total !== undefined &&
            total > 0 && (
              <Button size="compact-sm" variant="light" onClick={() => setGathering(true)}>
                {`Select all ${number(total)} matching`}
              </Button>
            )
          )}
        </Group>
        {menuWanted ? (
          <Suspense fallback={<BulkActionsButton />}>
            <BulkMenu accountId={accountId} selection={selection} lookups={lookups} disabled={selection.size === 0 || gathering} />
          </Suspense>
        ) : (
          <BulkActionsButton />
        )}
      </Group>
    </Paper>
  );
}
