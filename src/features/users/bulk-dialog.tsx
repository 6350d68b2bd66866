import { Alert, Button, Group, List, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import * as z from 'zod/mini';
import { useNavigate } from 'react-router';

import type { BulkSpec } from '@/api/bulk-operations';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import type { UserSummary } from '@/api/users/schemas';
import { hasVisibleText } from '@/api/text';
import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ErrorPanel } from '@/components/error-panel';
import { useSessionDraft } from '@/components/use-session-draft';
import { paths } from '@/config/paths';
import { ActionModal } from '@/features/users/action-modal';
import { BULK_ACTIONS, jobRows, refusalText, reviewBulk, rowLabel, summary, type BulkAction } from '@/features/users/bulk-review';
import type { Lookups } from '@/features/users/lookups';
import { useActorRules } from '@/features/users/use-actor-rules';

type Props = {
  accountId: string;
  action: BulkAction;
  users: UserSummary[];
  lookups: Lookups;
  onClose: () => void;
  /** The job exists: the selection has done its work. */
  onStarted: () => void;
};

/** Removing more than this many users asks for the word typed out. */
const TYPED_CONFIRMATION_OVER = 10;
const SHOWN_USERS = 20;

const REASON_DRAFT = 'bulk-lock-reason';
const ReasonDraft = z.object({ reason: z.string() });
const emptyReason = () => ({ reason: '' });

function specOf(action: BulkAction, reason: string, place: number | undefined, lookups: Lookups): BulkSpec | undefined {
  switch (action) {
    case 'lock':
      // A reason nobody can read (spaces, or only zero-width characters pasted in) is no reason.
      return hasVisibleText(reason) ? { kind: 'lock', reason: reason.trim() } : undefined;
    case 'unlock':
    case 'reinvite':
    case 'remove':
      return { kind: action };
    case 'setDefaultOffice':
    case 'removeFromOffice':
      return place === undefined ? undefined : { kind: action, officeId: place, officeName: lookups.officeName(place) };
    case 'removeFromRegion':
      return place === undefined ? undefined : { kind: action, regionId: place, regionName: lookups.regionName(place) };
  }
}

/**
 * A short review of what the rules allow for the selection, then a job on the jobs page. The admin's rights are
 * read when a bulk action is first opened, not with every list page.
 */
export function BulkDialog({ accountId, action, users, lookups, onClose, onStarted }: Props) {
  const rules = useActorRules(accountId);
  const navigate = useNavigate();
  const { identity } = useSignedInSession();
  // Kept in the tab until the job starts: closing the dialog by Escape or a stray click loses no typed reason.
  const { draft, update, reset, restored } = useSessionDraft(REASON_DRAFT, accountId, ReasonDraft, emptyReason);
  const reason = draft.reason;
  const [place, setPlace] = useState<number | undefined>(undefined);
  const [typed, setTyped] = useState('');
  const [starting, setStarting] = useState(false);
  const [failure, setFailure] = useState<string | undefined>(undefined);
  const { verb } = BULK_ACTIONS.find((candidate) => candidate.action === action)!;
  const needsOffice = action === 'setDefaultOffice' || action === 'removeFromOffice';
  const needsRegion = action === 'removeFromRegion';
  const spec = specOf(action, reason, place, lookups);
  const review = spec && rules.state === 'ready' ? reviewBulk(rules.actor, rules.geography, spec, users) : undefined;
  const typedNeeded = action === 'remove' && (review?.accepted.length ?? 0) > TYPED_CONFIRMATION_OVER;
  const confirmed = !typedNeeded || typed.trim().toUpperCase() === 'REMOVE';
  const count = `${users.length} ${users.length === 1 ? 'user' : 'users'}`;

  async function start() {
    if (!spec || !review) return;
    setStarting(true);
    setFailure(undefined);
    try {
      const store = await bulkJobStoreFor(jobOwner(identity));
      const record = await store.create(accountId, spec, jobRows(review));
      reset();
      void store.start(record.id);
      onStarted();
      void navigate(paths.job.href(record.id));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The job could not be saved in this browser.');
      setStarting(false);
    }
  }

  const places = needsOffice
    ? lookups.offices.map((office) => ({ value: String(office.officeId), label: office.name }))
    : lookups.regions.map((region) => ({ value: String(region.regionId), label: region.name }));

  return (
    <ActionModal opened onClose={onClose} title={`${verb} ${count}`} size="lg">
      <Stack gap="md">
        {action === 'lock' && restored && reason !== '' && (
          <Text size="sm" c="dimmed">
            What you typed earlier in this tab is back.
          </Text>
        )}
        {action === 'lock' && (
          <Textarea
            label="Reason"
            description="One reason for every user locked by this job. Rooms keeps it with each lock but does not show it again; the job's results keep it in this browser."
            withAsterisk
            aria-required
            rows={3}
            value={reason}
            onChange={(event) => update({ reason: event.currentTarget.value })}
            data-autofocus
          />
        )}
        {(needsOffice || needsRegion) && (
          <NativeSelect
            label={needsOffice ? 'Office' : 'Region'}
            description={
              action === 'setDefaultOffice'
                ? 'Only the default changes; their other offices stay. To move users out of an office, use "Move or add to an office or region…".'
                : undefined
            }
            withAsterisk
            data={[{ value: '', label: needsOffice ? 'Choose an office' : 'Choose a region' }, ...places]}
            value={place === undefined ? '' : String(place)}
            onChange={(event) => setPlace(event.currentTarget.value ? Number(event.currentTarget.value) : undefined)}
            data-autofocus
          />
        )}
        {rules.state === 'loading' && <Text size="sm">Checking your rights…</Text>}
        {rules.state === 'unknown' &&
          (rules.error ? (
            <ErrorPanel error={rules.error} action="read your rights" onRetry={rules.retry} headingOrder={3} />
          ) : (
            <Text size="sm">{rules.verdict.reason}</Text>
          ))}
        {review && (
          <Stack gap="xs" aria-live="polite">
            <Text fw={600}>{summary(verb, review)}</Text>
            {review.refused.length > 0 && review.accepted.length > 0 && (
              <UserList intro="These are included:" label="Users included" lines={review.accepted.map((user) => ({ key: user.userId, text: rowLabel(user) }))} />
            )}
            {review.refused.length > 0 && (
              <UserList
                intro="These are skipped and listed in the job's results:"
                label="Users that cannot be included"
                lines={review.refused.map((refusal) => ({ key: refusal.user.userId, text: refusalText(refusal) }))}
              />
            )}
          </Stack>
        )}
        {!spec && <Text size="sm" c="dimmed">{action === 'lock' ? 'Enter the reason to see what can be done.' : 'Choose where, to see what can be done.'}</Text>}
        {typedNeeded && (
          <TextInput
            label={`Type REMOVE to remove ${review?.accepted.length ?? 0} users; this cannot be undone`}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
          />
        )}
        {failure && (
          <Alert color="red" title="The job could not be started">
            {failure}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color={action === 'remove' || action === 'lock' ? 'red.9' : undefined}
            disabled={!review || review.accepted.length === 0 || !confirmed}
            loading={starting}
            onClick={() => void start()}
          >
            {review ? `Start: ${verb.toLowerCase()} ${review.accepted.length}` : 'Start'}
          </Button>
        </Group>
      </Stack>
    </ActionModal>
  );
}

/** Users of the review, the first few by name and the rest counted. */
function UserList({ intro, label, lines }: { intro: string; label: string; lines: readonly { key: number; text: string }[] }) {
  return (
    <>
      <Text size="sm">{intro}</Text>
      <List size="sm" spacing={2} aria-label={label}>
        {lines.slice(0, SHOWN_USERS).map((line) => (
          <List.Item key={line.key}>{line.text}</List.Item>
        ))}
      </List>
      {lines.length > SHOWN_USERS && (
        <Text size="sm" c="dimmed">
          and {lines.length - SHOWN_USERS} more.
        </Text>
      )}
    </>
  );
}
