import { Divider, Group, Paper, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import '@mantine/core/styles/Divider.css';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { canLock, canReinvite, canRemove, canUnlock } from '@/api/permissions';
import type { User } from '@/api/users/schemas';
import { ErrorPanel } from '@/components/error-panel';
import { ActionButton } from '@/features/users/action-button';
import { hasLockDraft, LockDialog } from '@/features/users/lock-dialog';
import type { Lookups } from '@/features/users/lookups';
import { MembershipActions } from '@/features/users/membership-actions';
import { RemoveDialog } from '@/features/users/remove-dialog';
import { RoomInviteAction } from '@/features/users/room-invite-dialog';
import { memberOf } from '@/features/users/member';
import { judge, useActorRules } from '@/features/users/use-actor-rules';
import { useUserActions } from '@/features/users/use-user-actions';
import classes from '@/features/users/user-detail.module.css';

type Props = { accountId: string; version: CompanyVersion; user: User; name: string; lookups: Lookups; backTo: string };

/** Every action of the Users API on one user; each one the admin may not take is disabled with the reason shown. */
export function UserActions({ accountId, version, user, name, lookups, backTo }: Props) {
  const navigate = useNavigate();
  const rules = useActorRules(accountId);
  const actions = useUserActions(accountId, user, name, { onRemoved: () => void navigate(backTo) });
  const lockDraftKey = `${accountId}:${user.userId}`;
  // A lock reason typed before the session expired opens its dialog again, with the reason in it.
  const [dialog, setDialog] = useState<'lock' | 'remove' | undefined>(() => (hasLockDraft(lockDraftKey) ? 'lock' : undefined));
  const member = memberOf(user);
  const inline = [actions.unlock, actions.reinvite].find((mutation) => mutation.isError);

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="user-actions" className={classes.actions}>
      <Title order={2} size="h4" id="user-actions" mb="md">
        Actions
      </Title>
      <Stack gap="lg">
        <Group align="flex-start" gap="md" wrap="wrap">
          {user.isLockedOut ? (
            <ActionButton verdict={judge(rules, canUnlock, member)} loading={actions.unlock.isPending} onClick={() => actions.unlock.mutate()}>
              Unlock
            </ActionButton>
          ) : (
            <ActionButton verdict={judge(rules, canLock, member)} variant="light" color="red" onClick={() => setDialog('lock')}>
              Lock
            </ActionButton>
          )}
          <ActionButton verdict={judge(rules, canReinvite, member)} variant="light" loading={actions.reinvite.isPending} onClick={() => actions.reinvite.mutate()}>
            Reinvite
          </ActionButton>
          <ActionButton verdict={judge(rules, canRemove, member)} variant="light" color="red" onClick={() => setDialog('remove')}>
            Remove from company
          </ActionButton>
        </Group>
        {inline && <ErrorPanel error={inline.error} action={inline === actions.unlock ? 'unlock this user' : 'reinvite this user'} headingOrder={3} />}
        <Divider />
        <MembershipActions user={user} member={member} rules={rules} lookups={lookups} actions={actions} />
        <Divider />
        <RoomInviteAction accountId={accountId} version={version} user={user} rules={rules} />
      </Stack>
      <LockDialog opened={dialog === 'lock'} onClose={() => setDialog(undefined)} name={name} lock={actions.lock} draftKey={lockDraftKey} />
      <RemoveDialog opened={dialog === 'remove'} onClose={() => setDialog(undefined)} name={name} email={user.email} remove={actions.remove} />
    </Paper>
  );
}
