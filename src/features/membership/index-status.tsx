import '@mantine/core/styles/Progress.css';

import { Alert, Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';

import { ageOf, progressOf, readTimeOf } from '@/api/membership-index';
import { RateLimitWait } from '@/components/rate-limit-wait';
import type { useMembershipIndex } from '@/features/membership/use-membership-index';

type Props = {
  state: ReturnType<typeof useMembershipIndex>;
  why: string;
  /** The administrator sees part of the company: figures are of the users they can see. */
  partial?: boolean;
};

/** Calls per minute the burst limit allows (200 per 30 s in the developer environment, 500 in production). */
const CALLS_PER_MINUTE = 400;

const minutes = (calls: number) => Math.max(1, Math.ceil(calls / CALLS_PER_MINUTE));

/** Where the full-membership knowledge stands: not read, being read (with progress), or read (with its age). */
export function IndexStatus({ state, why, partial = false }: Props) {
  const { store, index, loaded, building, error, waitingUntil } = state;
  const progress = progressOf(index);
  const total = progress.total;
  const counted = total === undefined ? '' : `${progress.read.toLocaleString()} of ${total.toLocaleString()} users read`;
  const age = ageOf(readTimeOf(index));

  if (!loaded) return null;
  return (
    <Paper withBorder p="sm" aria-label="Full memberships" component="section">
      <Stack gap="xs">
        {building ? (
          <>
            <Group justify="space-between">
              <Text size="sm" role="status" aria-live="polite">
                Reading memberships: {counted || 'listing users…'}
              </Text>
              <Button size="xs" variant="default" onClick={() => store.pause()}>
                Pause
              </Button>
            </Group>
            {total !== undefined && <Progress value={total === 0 ? 100 : (progress.read / total) * 100} aria-hidden />}
            {waitingUntil !== undefined && <RateLimitWait until={waitingUntil} goesOn="reading goes on" />}
          </>
        ) : progress.complete ? (
          <Group justify="space-between">
            <Text size="sm" role="status">
              Full memberships of {partial ? 'the ' : ''}
              {total?.toLocaleString()} users{partial ? ' you can see' : ''}, read {age}; changes made here since are included.
            </Text>
            <Button size="xs" variant="default" onClick={() => void store.rebuild()}>
              Read again
            </Button>
          </Group>
        ) : (
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text size="sm">
              {why}{' '}
              {total === undefined
                ? 'It takes one call per user, paced by the rate limit.'
                : `${counted}; ${(total - progress.read).toLocaleString()} to go (about ${minutes(total - progress.read)} min).`}
            </Text>
            <Button size="xs" onClick={() => void store.build()} style={{ flexShrink: 0 }}>
              {progress.read > 0 ? 'Resume reading' : 'Read memberships'}
            </Button>
          </Group>
        )}
        {error && (
          <Alert color="red" title="Reading memberships stopped">
            {error} What was read so far is kept; resume to carry on.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}
