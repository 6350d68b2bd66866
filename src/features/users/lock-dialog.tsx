import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import * as z from 'zod/mini';

import { hasVisibleText } from '@/api/text';
import { ErrorPanel } from '@/components/error-panel';
import { readDraft } from '@/components/session-draft';
import { useSessionDraft } from '@/components/use-session-draft';
import { ActionModal } from '@/features/users/action-modal';
import type { UserMutation } from '@/features/users/use-user-actions';

const DRAFT = 'lock-reason';
const LockDraft = z.object({ reason: z.string() });
const emptyDraft = () => ({ reason: '' });

/** A lock reason typed for this user and not yet sent, e.g. before signing in again after the session expired. */
export function hasLockDraft(draftKey: string): boolean {
  const draft = readDraft(DRAFT, draftKey, (value) => {
    const parsed = LockDraft.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  });
  return hasVisibleText(draft?.reason ?? '');
}

type Props = {
  opened: boolean;
  onClose: () => void;
  name: string;
  lock: UserMutation<string>;
  /** Which account and user the typed reason belongs to. */
  draftKey: string;
};

/**
 * Asks why the user is being locked out. The reason stays typed in when the service says no, and is kept in this
 * tab until it is sent or cancelled, so signing in again after an expired session brings it back.
 */
export function LockDialog({ opened, onClose, name, lock, draftKey }: Props) {
  const { draft, update, reset, restored } = useSessionDraft(DRAFT, draftKey, LockDraft, emptyDraft);
  const reason = draft.reason;
  const [tried, setTried] = useState(false);
  // A reason nobody can read (spaces, or only zero-width characters pasted in) is no reason.
  const missing = !hasVisibleText(reason);
  const close = () => {
    lock.reset();
    setTried(false);
    reset();
    onClose();
  };
  return (
    <ActionModal opened={opened} onClose={close} title={`Lock ${name}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setTried(true);
          if (missing) return;
          lock.mutate(reason.trim(), { onSuccess: close });
        }}
      >
        <Stack gap="md">
          {restored && reason !== '' && (
            <Text size="sm" c="dimmed">
              What you typed earlier in this tab is back.
            </Text>
          )}
          <Text size="sm">{name} will not be able to sign in to Rooms until someone unlocks them.</Text>
          <Textarea
            label="Reason"
            description="Rooms keeps it with the lock but does not show it again, here or to the user: note it elsewhere if you will need it."
            withAsterisk
            aria-required
            rows={3}
            value={reason}
            onChange={(event) => update({ reason: event.currentTarget.value })}
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
