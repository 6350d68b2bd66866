import { Button, Menu } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';

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
  // The users are fixed when the dialog opens, so the review does not change under the reader.
  const [dialog, setDialog] = useState<{ action: BulkAction | 'reassign'; users: UserSummary[] } | undefined>(undefined);

  const item = ({ action, label }: (typeof BULK_ACTIONS)[number]) => (
    <Menu.Item key={action} onClick={() => setDialog({ action, users: selection.users() })}>
      {label}
    </Menu.Item>
  );

  return (
    <>
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button size="sm" disabled={disabled}>
            Bulk actions
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {BULK_ACTIONS.filter((item) => item.group === 'access').map(item)}
          <Menu.Divider />
          <Menu.Label>Offices and regions</Menu.Label>
          <Menu.Item onClick={() => setDialog({ action: 'reassign', users: selection.users() })}>Move or add to an office or region…</Menu.Item>
          {BULK_ACTIONS.filter((item) => item.group === 'places').map(item)}
        </Menu.Dropdown>
      </Menu>
      {dialog?.action === 'reassign' && (
        <Suspense fallback={null}>
          <SelectionReassign
            accountId={accountId}
            users={dialog.users}
            onClose={() => setDialog(undefined)}
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
          onClose={() => setDialog(undefined)}
          onStarted={selection.clear}
        />
      )}
    </>
  );
}
