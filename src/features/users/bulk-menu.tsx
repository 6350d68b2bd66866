import { Button, Menu } from '@mantine/core';
import { lazy, Suspense, useId, useRef, useState } from 'react';

import '@mantine/core/styles/Menu.css';
import '@mantine/core/styles/Popover.css';

import type { UserSummary } from '@/api/users/schemas';
import { BulkDialog } from '@/features/users/bulk-dialog';
import { BULK_ACTIONS, type BulkAction } from '@/features/users/bulk-review';
import type { Lookups } from '@/features/users/lookups';
import type { Selection } from '@/features/users/use-selection';

// The plan dialog brings the membership index with it: loaded only when asked for.
const SelectionReassign = lazy(() => import('@/features/membership/selection-reassign').then((module) => ({ default: module.SelectionReassign })));

type Props = { accountId: string; selection: Selection; lookups: Lookups; disabled: boolean };

/**
 * The bulk actions menu and its dialogs. Loaded once something is selected, so the list's first load carries
 * none of the menu, the dialogs or their rules.
 */
export function BulkMenu({ accountId, selection, lookups, disabled }: Props) {
  const placesLabel = useId();
  const [opened, setOpened] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  // The users are fixed when the dialog opens, so the review does not change under the reader.
  const [dialog, setDialog] = useState<{ action: BulkAction | 'reassign'; users: UserSummary[] } | undefined>(undefined);

  // The dialogs open from a menu item that is gone once the menu closes: the focus goes back to the menu's button.
  const closeDialog = () => {
    setDialog(undefined);
    button.current?.focus();
  };

  const item = ({ action, label }: (typeof BULK_ACTIONS)[number]) => (
    <Menu.Item key={action} onClick={() => setDialog({ action, users: selection.users() })}>
      {label}
    </Menu.Item>
  );

  return (
    <>
      {/*
        Inside the bar's landmark rather than a portal, so the open menu belongs to a region. No focus placeholder:
        a menu holds menu items only, and opening it puts focus on the first item.
      */}
      <Menu opened={opened} onChange={setOpened} position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <Button
            ref={button}
            size="sm"
            disabled={disabled}
            onKeyDown={(event) => {
              // A menu button opens on the arrow keys too (WAI-ARIA menu button pattern).
              if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                event.preventDefault();
                setOpened(true);
              }
            }}
          >
            Bulk actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {BULK_ACTIONS.filter((entry) => entry.group === 'access').map(item)}
          <Menu.Divider role="separator" />
          <div role="group" aria-labelledby={placesLabel}>
            <Menu.Label id={placesLabel}>Offices and regions</Menu.Label>
            <Menu.Item onClick={() => setDialog({ action: 'reassign', users: selection.users() })}>Move or add to an office or region…</Menu.Item>
            {BULK_ACTIONS.filter((entry) => entry.group === 'places').map(item)}
          </div>
        </Menu.Dropdown>
      </Menu>
      {dialog?.action === 'reassign' && (
        <Suspense fallback={null}>
          <SelectionReassign accountId={accountId} users={dialog.users} onClose={closeDialog} onStarted={selection.clear} />
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
    </>
  );
}
