import { Anchor, Stack, Text } from '@mantine/core';
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';

import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { BulkJobPanel } from '@/components/bulk-job/bulk-job-panel';
import { useBulkJobStore } from '@/components/bulk-job/bulk-job-hooks';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { ArrowLeftIcon } from '@/components/icons';
import { paths } from '@/config/paths';
import { MembershipUndo } from '@/features/membership/membership-undo';

function Job({ owner, jobId }: { owner: string; jobId: string }) {
  const store = useBulkJobStore(owner);
  const { accountId, identity } = useSignedInSession();
  return (
    <>
      <BulkJobPanel store={store} id={jobId} headingOrder={1} />
      <MembershipUndo store={store} jobId={jobId} accountId={accountId} owner={owner} email={identity.email ?? ''} />
    </>
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
