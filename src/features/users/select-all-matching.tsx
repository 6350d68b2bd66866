import { Button, Group, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';

import { ErrorPanel } from '@/components/error-panel';
import { gatherMatchingUsers } from '@/features/users/gather-users';
import type { MatchingUsers } from '@/features/users/list-state';
import type { Selection } from '@/features/users/use-selection';
import classes from '@/features/users/user-list.module.css';

type Props = {
  accountId: string;
  matching: MatchingUsers;
  total: number | undefined;
  select: Selection['change'];
  /** Called when the users are selected, or when the user gives up. */
  onEnd: () => void;
};

const number = (value: number) => value.toLocaleString('en-US');

/**
 * "Select all N matching" at work: gathers every user of the list's filters page by page, with progress and a way
 * to cancel, then selects them. Loaded on the click, so the list's first load carries none of it.
 */
export function SelectAllMatching({ accountId, matching, total, select, onEnd }: Props) {
  const queryClient = useQueryClient();
  // The filters of the moment the button was pressed: a later change of the list does not change what is gathered.
  const [filters] = useState(matching);
  const [progress, setProgress] = useState({ gathered: 0, total });
  const [error, setError] = useState<unknown>(undefined);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    gatherMatchingUsers(queryClient, accountId, filters, (gathered, all) => setProgress({ gathered, total: all }), controller.signal)
      .then((users) => {
        select(users, true);
        onEnd();
      })
      .catch((caught: unknown) => {
        if (!controller.signal.aborted) setError(caught);
      });
    return () => controller.abort();
  }, [queryClient, accountId, filters, select, onEnd, attempt]);

  if (error) {
    return (
      <Stack gap="xs">
        <ErrorPanel
          error={error}
          action="gather the matching users"
          headingOrder={3}
          onRetry={() => {
            setError(undefined);
            setAttempt((count) => count + 1);
          }}
        />
        <Button size="compact-sm" variant="default" onClick={onEnd} style={{ alignSelf: 'flex-start' }}>
          Close
        </Button>
      </Stack>
    );
  }
  return (
    <Group gap="xs" wrap="nowrap">
      {/* A native bar: Mantine's would add its code and styles for this moment alone. */}
      <progress
        className={classes.progress}
        max={progress.total ?? 1}
        value={progress.total ? progress.gathered : 0}
        aria-label="Gathering matching users"
      />
      <Text size="sm" aria-live="polite">
        Gathered {number(progress.gathered)}
        {progress.total !== undefined ? ` of ${number(progress.total)}` : ''}
      </Text>
      <Button size="compact-sm" variant="default" onClick={onEnd}>
        Cancel
      </Button>
    </Group>
  );
}
