import '@mantine/core/styles/Progress.css';

import { Alert, Badge, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';

import type { BulkJobStore } from '@/api/bulk-job-store';
import { bulkResultsCsv, jobOutcome, progressLine } from '@/api/bulk-results';
import type { BulkJobView } from '@/api/bulk-runner';
import type { BulkInput } from '@/api/bulk-operations';
import { downloadCsv } from '@/api/csv';
import { useBulkJobView } from '@/components/bulk-job/bulk-job-hooks';
import { BulkResultsList } from '@/components/bulk-job/bulk-results-list';
import { countText } from '@/components/count-text';
import { duration, RateLimitWait } from '@/components/rate-limit-wait';

type View = BulkJobView<BulkInput, unknown>;

const STATE_LABEL: Record<View['state'], string> = {
  idle: 'Not started',
  running: 'Running',
  paused: 'Paused',
  finished: 'Finished',
  cancelled: 'Cancelled',
};


const TONE_COLOR = { success: 'teal', partial: 'orange', failure: 'red' } as const;

type Props = {
  store: BulkJobStore;
  id: string;
  /** Called once when the job ends, e.g. to refresh the user list a single time. */
  onEnded?: () => void;
  headingOrder?: 1 | 2 | 3;
  /** False when retrying failed rows no longer makes sense (e.g. the job has been undone). */
  retryable?: boolean;
  /** Said under the progress, e.g. how the job relates to another. */
  notice?: ReactNode;
};

/** Progress, controls and per-row results of one bulk job. */
export function BulkJobPanel({ store, id, onEnded, headingOrder = 2, retryable = true, notice }: Props) {
  const record = store.record(id);
  const view = useBulkJobView(store, id);
  const [busy, setBusy] = useState(false);
  const [confirmingCancel, setConfirmingCancel] = useState(false);
  // The question takes the focus, on its safe answer, so a keyboard user is not left behind on the Cancel button.
  const keepJob = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirmingCancel) keepJob.current?.focus();
  }, [confirmingCancel]);
  const ended = view?.state === 'finished' || view?.state === 'cancelled';
  const reported = useRef(ended);
  useEffect(() => {
    if (ended && !reported.current) onEnded?.();
    reported.current = ended;
  }, [ended, onEnded]);

  if (!record || !view) return <Alert color="red" title="Job not found">This job is not saved in this browser.</Alert>;

  const run = async (action: (jobId: string) => Promise<'ran' | 'busy'>) => {
    const outcome = await action(id);
    setBusy(outcome === 'busy');
  };
  const { counts } = view;
  const elsewhere = store.runningElsewhere(id);
  const percent = (count: number) => (counts.total === 0 ? 0 : (count / counts.total) * 100);
  const outcome = ended ? jobOutcome(record, view.state === 'cancelled' ? 'cancelled' : 'finished', view.rows) : undefined;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="center">
          <Title order={headingOrder} size="h3">
            {record.title}
          </Title>
          <Badge variant="light" color={view.state === 'running' || elsewhere ? 'blue' : 'gray'}>
            {elsewhere ? 'Running in another tab' : STATE_LABEL[view.state]}
          </Badge>
        </Group>
        {record.spec.kind === 'lock' && (
          <Text size="sm">
            Reason given: <i>{record.spec.reason}</i>
          </Text>
        )}
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={percent(counts.succeeded)} color="teal" />
          <Progress.Section value={percent(counts.skipped)} color="gray" />
          <Progress.Section value={percent(counts.failed)} color="red" />
        </Progress.Root>
        <Text aria-live="polite" role="status">
          {progressLine(counts)}
          {view.etaMs !== undefined && counts.remaining > 0 ? ` · about ${duration(view.etaMs)} left` : ''}
        </Text>
        {view.waitingUntil !== undefined && <RateLimitWait until={view.waitingUntil} />}
        {notice}
        {elsewhere && (
          <Text size="sm" c="dimmed">
            Another tab of this browser is running this job; its progress shows here. If that tab was closed, resume the
            job here.
          </Text>
        )}
        {busy && (
          <Alert color="yellow" title="Another tab is running a bulk job">
            Only one tab runs bulk work at a time, so the account's rate limit is not overrun. Finish or pause the job there, then try again.
          </Alert>
        )}
        {view.pauseReason === 'session-expired' && (
          <Alert color="yellow" title="Paused: your session expired">
            Nothing was lost. Sign in again, then resume; the rows not yet done carry on from where they stopped.
          </Alert>
        )}
        {outcome && (
          <Alert color={TONE_COLOR[outcome.tone]} title={outcome.title} role="alert">
            {outcome.text}
          </Alert>
        )}
        <Group gap="sm">
          {view.state === 'running' && (
            <Button variant="default" onClick={() => store.pause(id)}>
              Pause
            </Button>
          )}
          {elsewhere ? (
            <Button variant="default" onClick={() => run(store.start)}>
              Resume here
            </Button>
          ) : (
            (view.state === 'paused' || view.state === 'idle') && <Button onClick={() => run(store.start)}>{view.state === 'idle' ? 'Start' : 'Resume'}</Button>
          )}
          {!elsewhere && (view.state === 'running' || view.state === 'paused' || view.state === 'idle') && (
            <Button variant="default" color="red" onClick={() => setConfirmingCancel(true)}>
              Cancel
            </Button>
          )}
          {ended && retryable && counts.failed > 0 && <Button onClick={() => run(store.retryFailed)}>Retry {countText(counts.failed, 'failed row')}</Button>}
          <Button variant="default" onClick={() => downloadCsv(`${record.title.replace(/[^\w-]+/g, '-').toLowerCase()}-results.csv`, bulkResultsCsv(record, view.rows))}>
            Download results (CSV)
          </Button>
        </Group>
        {confirmingCancel && !ended && !elsewhere && (
          <Alert color="red" variant="outline" title="Cancel this job?" role="group" aria-label="Cancel this job?">
            <Stack gap="sm">
              <Text size="sm">
                The {countText(counts.remaining, 'row')} not yet sent will not be sent, and a cancelled job cannot be resumed; what is done stays done.
                Pause instead to carry on later.
              </Text>
              <Group gap="sm">
                <Button
                  color="red"
                  onClick={() => {
                    setConfirmingCancel(false);
                    store.cancel(id);
                  }}
                >
                  Cancel the job
                </Button>
                <Button ref={keepJob} variant="default" onClick={() => setConfirmingCancel(false)}>
                  Keep the job
                </Button>
              </Group>
            </Stack>
          </Alert>
        )}
        <BulkResultsList record={record} rows={view.rows} />
      </Stack>
    </Paper>
  );
}
