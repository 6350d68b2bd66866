import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';

import type { BulkJobStore } from '@/api/bulk-job-store';
import type { MembershipStep } from '@/api/users/membership-steps';
import { useBulkJobView } from '@/components/bulk-job/bulk-job-hooks';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { PlanReview } from '@/features/membership/plan-review';
import { planCounts } from '@/features/membership/plan-words';
import { loadPlannedMembers } from '@/features/membership/planned-members';
import { planUndo, type MemberPlan } from '@/features/membership/reassignment-plan';
import { runPlan } from '@/features/membership/run-plan';
import { useMembershipContext } from '@/features/membership/use-membership-context';

type Props = { store: BulkJobStore; jobId: string; accountId: string; owner: string; email: string };

/**
 * Undo of a finished reassignment: the inverse of the steps that took effect (also in rows that failed part-way),
 * planned against each user as they are now, reviewed, and run as a new job.
 */
export function MembershipUndo(props: Props) {
  const record = props.store.record(props.jobId);
  // Other jobs have no undo, and need none of the membership data read.
  if (record?.spec.kind !== 'membership' || record.accountId !== props.accountId) return null;
  return <Undo {...props} />;
}

function Undo({ store, jobId, accountId, owner, email }: Props) {
  const view = useBulkJobView(store, jobId);
  const context = useMembershipContext(accountId, owner, email);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [plan, setPlan] = useState<MemberPlan[]>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  if (!view) return null;
  if (view.state !== 'finished' && view.state !== 'cancelled') return null;
  const applied = view.rows.flatMap((row) => {
    const done = Array.isArray(row.result) ? (row.result as MembershipStep[]) : [];
    return row.input.userId !== undefined && done.length > 0 ? [{ userId: row.input.userId, done }] : [];
  });
  const actor = context.actor.data?.actor;
  const callsTaken = applied.reduce((sum, row) => sum + row.done.length, 0);

  const review = async () => {
    if (!actor) return;
    setBusy(true);
    setError(undefined);
    try {
      // Read fresh: the undo must start from each user as they are now, not as the index remembers them.
      const { members, unreadable } = await loadPlannedMembers(
        queryClient,
        accountId,
        applied.map(({ userId }) => userId),
        { ...context.indexState.index, members: {} },
      );
      const byId = new Map(members.map((member) => [member.userId, member]));
      setPlan([
        ...planUndo(
          actor,
          context.geography,
          applied.flatMap(({ userId, done }) => {
            const member = byId.get(userId);
            return member ? [{ member, done }] : [];
          }),
        ),
        ...unreadable.map(({ userId, reason }) => {
          const row = view.rows.find((candidate) => candidate.input.userId === userId);
          const name = row?.input.label.replace(/\s*<.*>$/, '') ?? '';
          const member = { userId, firstName: name, lastName: '', accessLevel: 'Contributor', defaultOfficeId: -1, offices: [], regions: [] };
          return { member, status: 'blocked' as const, reason };
        }),
      ]);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    if (!plan) return;
    setBusy(true);
    const record = store.record(jobId);
    const next = await runPlan(owner, accountId, plan, { undoes: { jobId, title: record?.title ?? 'Reassignment' } });
    setPlan(undefined);
    setBusy(false);
    void navigate(paths.job.href(next));
  };
  const counts = plan ? planCounts(plan) : undefined;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="undo-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="undo-heading">
          Undo this reassignment
        </Title>
        {applied.length === 0 ? (
          <Text size="sm">Nothing took effect, so there is nothing to undo.</Text>
        ) : (
          <Text size="sm">
            Takes back {callsTaken === 1 ? 'the 1 call' : `the ${callsTaken.toLocaleString()} calls`} that took effect for {applied.length.toLocaleString()}{' '}
            {applied.length === 1 ? 'user' : 'users'}, newest first. You review the plan before anything is sent.
          </Text>
        )}
        {error !== undefined && <ErrorPanel error={error} action="read these users' memberships" onRetry={() => void review()} headingOrder={3} />}
        {plan && <PlanReview plan={plan} names={context.names} />}
        {applied.length > 0 && (
          <Group>
            {plan && counts ? (
              <>
                <Button onClick={() => void apply()} loading={busy} disabled={counts.ready === 0}>
                  Apply undo to {counts.ready} {counts.ready === 1 ? 'user' : 'users'}
                </Button>
                <Button variant="default" onClick={() => setPlan(undefined)}>
                  Cancel
                </Button>
              </>
            ) : (
              <Button variant="default" onClick={() => void review()} loading={busy} disabled={!actor}>
                Review undo
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
