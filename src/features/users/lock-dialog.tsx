import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UserMutation } from '@/features/users/use-user-actions';
import { useState } from 'react';

import { ActionModal } from '@/features/users/action-modal';
import { ErrorPanel } from '@/components/error-panel';

type Props = {
  opened: boolean;
  onClose: () => void;
  name: string;
  lock: UserMutation<string>;
};

/** Asks why the user is being locked out; the reason stays typed in when the service says no. */
export function LockDialog({ opened, onClose, name, lock }: Props) {
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const missing = reason.trim() === '';
  const close = () => {
    lock.reset();
    setTried(false);
    onClose();
  };
  return (
    <ActionModal opened={opened} onClose={close} title={`Lock ${name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (missing) return;
          lock.mutate(reason.trim(), { onSuccess: () => { setReason(''); close(); } });
        }}
      >
        <Stack gap="md">
          <Text size="sm">{name} will not be able to sign in to Rooms until someone unlocks them.</Text>
          <Textarea
            label="Reason"
            description="Kept with the lock; it is not shown to the user."
            withAsterisk
            aria-required
            rows={3}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={tried && missing ? 'Enter the reason for locking this user.' : undefined}
            data-autofocus
          />
          {lock.isError && <ErrorPanel error={lock.error} action="lock this user" headingOrder={3} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" color="red.9" loading={lock.isPending}>
              Lock user
            </Button>
          </Group>
        </Stack>
      </form>
    </ActionModal>
  );
}
