import { Button, Group, Stack, Text } from '@mantine/core';
import type { UserMutation } from '@/features/users/use-user-actions';

import { isApiError } from '@/api/errors';
import { ActionModal } from '@/features/users/action-modal';
import { ErrorPanel } from '@/components/error-panel';

type Props = {
  opened: boolean;
  onClose: () => void;
  name: string;
  email: string;
  remove: UserMutation<void>;
};

/** Confirms a removal, which the service cannot undo, and explains the one refusal people run into: owned rooms. */
export function RemoveDialog({ opened, onClose, name, email, remove }: Props) {
  const ownsRooms = isApiError(remove.error) && remove.error.errorCode === 'USER_OWNS_ROOMS';
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ActionModal opened={opened} onClose={close} title={`Remove ${name}?`}>
      <Stack gap="md">
        <Text size="sm">
          {name} ({email}) will be removed from the company and lose access to its rooms. This cannot be undone.
        </Text>
        {ownsRooms && (
          <Text size="sm" fw={600}>
            {name} owns rooms. Transfer them to someone else in the Rooms console first, then remove {name}.
          </Text>
        )}
        {remove.isError && <ErrorPanel error={remove.error} action="remove this user" headingOrder={3} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Cancel
          </Button>
          <Button color="red.9" loading={remove.isPending} onClick={() => remove.mutate()}>
            Remove user
          </Button>
        </Group>
      </Stack>
    </ActionModal>
  );
}
