import { Button, Group, NativeSelect, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';

import '@mantine/core/styles/Combobox.css';
import '@mantine/core/styles/Popover.css';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { canInviteToRooms, type Verdict } from '@/api/permissions';
import { roleQueries } from '@/api/roles/queries';
import { roomQueries } from '@/api/rooms/queries';
import { inviteToRoom } from '@/api/rooms/requests';
import { TRANSACTION_SIDES } from '@/api/rooms/schemas';
import type { User } from '@/api/users/schemas';
import { ActionModal } from '@/features/users/action-modal';
import { ErrorPanel } from '@/components/error-panel';
import { useMutationOnce } from '@/components/use-mutation-once';
import { ActionButton } from '@/features/users/action-button';
import { fullName } from '@/features/users/lookups';
import type { ActorRules } from '@/features/users/use-actor-rules';

type Props = { accountId: string; version: CompanyVersion; user: User; rules: ActorRules };

function inviteVerdict(rules: ActorRules, version: CompanyVersion, user: User): Verdict {
  if (rules.state === 'loading') return { allowed: false, reason: 'Checking your rights…' };
  if (rules.state === 'unknown') return rules.verdict;
  if (user.isLockedOut) return { allowed: false, reason: `${fullName(user)} is locked and cannot join rooms until unlocked.` };
  return canInviteToRooms(rules.actor);
}

/** "Invite to a room": choose an open room, a role that room can give, and (real estate) the transaction side. */
export function RoomInviteAction({ accountId, version, user, rules }: Props) {
  const [opened, setOpened] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="room-actions">
      <Title order={3} size="h5" id="room-actions">
        Rooms
      </Title>
      <ActionButton variant="light" verdict={inviteVerdict(rules, version, user)} onClick={() => setOpened(true)}>
        Invite to a room
      </ActionButton>
      {opened && <RoomInviteDialog accountId={accountId} version={version} user={user} onClose={() => setOpened(false)} />}
    </Stack>
  );
}

/**
 * The roles a room can give this user: v6 asks the room (external roles, and the user's own company role); v5 has
 * no assignable_roles, so its external roles come from the company's roles.
 */
function useRoomRoles(accountId: string, version: CompanyVersion, room: number | undefined, email: string) {
  const assignable = useQuery({ ...roomQueries.assignableRoles(accountId, room ?? 0, email), enabled: version === 'v6' && room !== undefined });
  const company = useQuery({ ...roleQueries.list(accountId), enabled: version === 'v5' });
  if (version === 'v5') {
    const options = (company.data ?? []).filter((role) => role.isExternal).map((role) => ({ value: String(role.roleId), label: role.name }));
    return { options, isPending: company.isPending, isError: company.isError, error: company.error };
  }
  const options = [
    ...(assignable.data?.currentRoleId !== undefined ? [{ value: String(assignable.data.currentRoleId), label: 'Their own company role' }] : []),
    ...(assignable.data?.roles ?? []).map((role) => ({ value: String(role.roleId), label: role.name })),
  ];
  return { options, isPending: assignable.isPending, isError: assignable.isError, error: assignable.error };
}

function RoomInviteDialog({ accountId, version, user, onClose }: { accountId: string; version: CompanyVersion; user: User; onClose: () => void }) {
  const name = fullName(user);
  const [roomId, setRoomId] = useState<string | null>(null);
  const [roleId, setRoleId] = useState('');
  const [side, setSide] = useState('');
  const [tried, setTried] = useState(false);
  const rooms = useQuery(roomQueries.open(accountId));
  const room = roomId === null ? undefined : Number(roomId);
  const roles = useRoomRoles(accountId, version, room, user.email);
  const sideNeed = useQuery({ ...roomQueries.sideNeed(accountId, room ?? 0), enabled: room !== undefined });
  // Until the room tells, the side is offered; it is demanded only where the room's people show sides.
  const need = room === undefined ? undefined : sideNeed.isError ? 'unknown' : sideNeed.data;
  const sideRequired = need === 'needed';
  const invite = useMutationOnce({
    mutationFn: (body: { roomId: number; roleId: number; side: string }) =>
      inviteToRoom(accountId, body.roomId, {
        email: user.email,
        firstName: user.firstName,
        lastName: user.lastName,
        roleId: body.roleId,
        ...(body.side && need !== 'not needed' ? { transactionSideId: body.side } : {}),
      }),
    onSuccess: (_reply, body) => {
      const roomName = rooms.data?.find((candidate) => candidate.roomId === body.roomId)?.name ?? `room ${body.roomId}`;
      notifications.show({ color: 'teal', title: 'Done', message: `${name} was invited to ${roomName}.` });
      onClose();
    },
  });

  const roleOptions = roles.options;
  const chosenRole = roleOptions.some((option) => option.value === roleId) ? roleId : '';

  return (
    <ActionModal opened onClose={onClose} title={`Invite ${name} to a room`} size="lg">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (room === undefined || !chosenRole || (sideRequired && !side) || need === undefined) return;
          invite.mutate({ roomId: room, roleId: Number(chosenRole), side });
        }}
      >
        <Stack gap="md">
          {rooms.isError ? (
            <ErrorPanel error={rooms.error} action="list rooms" headingOrder={3} onRetry={() => void rooms.refetch()} />
          ) : (
            <Select
              label="Room"
              placeholder={rooms.isPending ? 'Loading rooms…' : 'Type part of the room name'}
              searchable
              withAsterisk
              nothingFoundMessage="No open room matches"
              data={(rooms.data ?? []).map((candidate) => ({ value: String(candidate.roomId), label: candidate.name }))}
              value={roomId}
              onChange={(value) => {
                invite.reset();
                setRoomId(value);
              }}
              limit={50}
              error={tried && room === undefined ? 'Choose a room.' : undefined}
              data-autofocus
            />
          )}
          {roles.isError && <ErrorPanel error={roles.error} action="list the roles of this room" headingOrder={3} />}
          <NativeSelect
            label="Role in the room"
            withAsterisk
            disabled={room === undefined || roles.isPending}
            data={[{ value: '', label: room === undefined ? 'Choose a room first' : roles.isPending ? 'Loading roles…' : 'Choose a role' }, ...roleOptions]}
            value={chosenRole}
            onChange={(event) => setRoleId(event.currentTarget.value)}
            error={tried && room !== undefined && !chosenRole ? 'Choose a role.' : undefined}
          />
          {need !== 'not needed' && (
            <NativeSelect
              label="Transaction side"
              description={
                need === 'needed'
                  ? 'This is a real-estate company: choose the side of the deal the person is on.'
                  : need === 'unknown'
                    ? 'Needed only by real-estate companies; this room has nobody yet to tell by.'
                    : room === undefined
                      ? 'Asked for when the room belongs to a real-estate company.'
                      : 'Checking whether this room needs one…'
              }
              withAsterisk={sideRequired}
              disabled={room === undefined || need === undefined}
              data={[{ value: '', label: sideRequired ? 'Choose a side' : 'No side' }, ...TRANSACTION_SIDES]}
              value={side}
              onChange={(event) => setSide(event.currentTarget.value)}
              error={tried && sideRequired && !side ? 'Choose a transaction side.' : undefined}
            />
          )}
          <Text size="sm" c="dimmed">
            {user.email} joins under their own name.
          </Text>
          {invite.isError && <ErrorPanel error={invite.error} action="invite this user to the room" headingOrder={3} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={invite.isPending}>
              Invite
            </Button>
          </Group>
        </Stack>
      </form>
    </ActionModal>
  );
}
