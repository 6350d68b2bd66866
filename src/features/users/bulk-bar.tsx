import { Button, Group, Menu, Paper, Progress, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useId, useRef, useState } from 'react';

import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';
import '@mantine/core/styles/Progress.css';

import type { UserSummary } from '@/api/users/schemas';
import { BulkDialog } from '@/features/users/bulk-dialog';
import { BULK_ACTIONS, type BulkAction } from '@/features/users/bulk-review';
import { gatherMatchingUsers } from '@/features/users/gather-users';
import type { MatchingUsers } from '@/features/users/list-state';
import type { Lookups } from '@/features/users/lookups';
import type { Selection } from '@/features/users/use-selection';

// The plan dialog brings the membership index with it: loaded only when asked for.
const SelectionReassign = lazy(() => import('@/features/membership/selection-reassign').then((module) => ({ default: module.SelectionReassign })));

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
  const placesLabel = useId();
  const [menuOpened, setMenuOpened] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const [gathering, setGathering] = useState<Gathering | undefined>(undefined);
  const [gatherError, setGatherError] = useState<string | undefined>(undefined);
  // The users are fixed when the dialog opens, so the review does not change under the reader.
  const [dialog, setDialog] = useState<{ action: BulkAction | 'reassign'; users: UserSummary[] } | undefined>(undefined);
  const offPage = selection.size - pageUsers.filter((user) => selection.has(user.userId)).length;

  async function selectAllMatching() {
    const controller = new AbortController();
    setGatherError(undefined);
    setGathering({ gathered: 0, total, controller });
    try {
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

  // The dialogs open from a menu item that is gone once the menu closes: the focus goes back to the menu's button.
  const closeDialog = () => {
    setDialog(undefined);
    menuButton.current?.focus();
  };

  const item = ({ action, label }: (typeof BULK_ACTIONS)[number]) => (
    <Menu.Item key={action} onClick={() => setDialog({ action, users: selection.users() })}>
      {label}
    </Menu.Item>
  );

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
              <Progress
                w={140}
                value={gathering.total ? (100 * gathering.gathered) / gathering.total : 0}
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
        {/*
          Inside the bar's landmark rather than a portal, so the open menu belongs to a region. No focus placeholder:
          a menu holds menu items only, and opening it puts focus on the first item.
        */}
        <Menu opened={menuOpened} onChange={setMenuOpened} position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
          <Menu.Target>
            <Button
              ref={menuButton}
              size="sm"
              disabled={selection.size === 0 || gathering !== undefined}
              onKeyDown={(event) => {
                // A menu button opens on the arrow keys too (WAI-ARIA menu button pattern).
                if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                  event.preventDefault();
                  setMenuOpened(true);
                }
              }}
            >
              Bulk actions
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {BULK_ACTIONS.filter((item) => item.group === 'access').map(item)}
            <Menu.Divider role="separator" />
            <div role="group" aria-labelledby={placesLabel}>
              <Menu.Label id={placesLabel}>Offices and regions</Menu.Label>
              <Menu.Item onClick={() => setDialog({ action: 'reassign', users: selection.users() })}>Move or add to an office or region…</Menu.Item>
              {BULK_ACTIONS.filter((item) => item.group === 'places').map(item)}
            </div>
          </Menu.Dropdown>
        </Menu>
      </Group>
      {dialog?.action === 'reassign' && (
        <Suspense fallback={null}>
          <SelectionReassign
            accountId={accountId}
            users={dialog.users}
            onClose={closeDialog}
            onStarted={selection.clear}
          />
        </Suspense>
      )}
      {dialog && dialog.action !== 'reassign' && (
        <BulkDialog
          accountId={accountId}
          action={dialog.action}
          users={dialog.users}
          lookups={lookups}
          onClose={closeDialog}
          onStarted={selection.clear}
        />
      )}
    </Paper>
  );
}
