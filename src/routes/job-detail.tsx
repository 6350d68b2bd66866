import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';

import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { BulkJobPanel } from '@/components/bulk-job/bulk-job-panel';
import { useBulkJobRecords, useBulkJobStore } from '@/components/bulk-job/bulk-job-hooks';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ArrowLeftIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import { undoes, undoneBy } from '@/features/membership/job-relations';
import { MembershipUndo } from '@/features/membership/membership-undo';
import { useSwitchAccount } from '@/features/shell/use-session-actions';

function Job({ owner, jobId }: { owner: string; jobId: string }) {
  const store = useBulkJobStore(owner);
  const { accountId, accounts, identity } = useSignedInSession();
  const records = useBulkJobRecords(store);
  const undo = undoneBy(records, jobId);
  const original = undoes(records.find((candidate) => candidate.id === jobId));
  const link = (job: { id: string; title: string }) => (
    <Anchor component={Link} to={paths.job.href(job.id)} inherit style={{ textDecoration: 'underline' }}>
      {job.title}
    </Anchor>
  );
  const record = records.find((candidate) => candidate.id === jobId);
  const company = record && record.accountId !== accountId ? accounts.find((account) => account.accountId === record.accountId) : undefined;
  const notice = company ? (
    <OtherCompany jobId={jobId} accountId={company.accountId} name={company.name} undoable={record?.spec.kind === 'membership' && !undo && !original} />
  ) : undo ? (
    <Alert variant="outline" color="gray" title="Undone" role="note">
      Undone by {link(undo)}. Its failed rows are not retried and it cannot be undone again: what it did has been taken back.
    </Alert>
  ) : original ? (
    <Text size="sm" role="note">
      Undoes {link({ id: original.jobId, title: original.title })}.
    </Text>
  ) : undefined;
  return (
    <>
      <BulkJobPanel store={store} id={jobId} headingOrder={1} retryable={!undo} notice={notice} />
      {!undo && !original && <MembershipUndo key={jobId} store={store} jobId={jobId} accountId={accountId} owner={owner} email={identity.email ?? ''} />}
    </>
  );
}

/** A job of another of the identity's companies: it runs and shows here, but its undo is planned on that company. */
function OtherCompany({ jobId, accountId, name, undoable }: { jobId: string; accountId: string; name: string; undoable: boolean }) {
  const switchAccount = useSwitchAccount({ to: paths.job.href(jobId) });
  return (
    <Alert variant="outline" color="gray" title={`This job is on ${name}`} role="note">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          You are working on another company. The job carries on and its results show here{undoable ? '; to undo it, switch to its company' : ''}.
        </Text>
        <Button size="xs" variant="default" loading={switchAccount.isPending} onClick={() => switchAccount.mutate(accountId)}>
          Switch to {name}
        </Button>
      </Stack>
    </Alert>
  );
}

export function Component() {
  const { identity } = useSignedInSession();
  const { jobId = '' } = useParams();
  return (
    <Stack>
      <title>Bulk job · Rooms Admin</title>
      <Anchor component={Link} to={paths.jobs.href()} size="sm">
        <ArrowLeftIcon size={14} /> All bulk jobs
      </Anchor>
      <Suspense fallback={<Text>Loading the job…</Text>}>
        <Job owner={jobOwner(identity)} jobId={jobId} />
      </Suspense>
    </Stack>
  );
}
