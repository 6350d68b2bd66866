import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Link } from 'react-router';

import type { BulkJobRecord, BulkJobStore } from '@/api/bulk-job-store';
import { progressLine } from '@/api/bulk-results';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { useBulkJobRecords, useBulkJobStore, useBulkJobView } from '@/components/bulk-job/bulk-job-hooks';
import { jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { paths } from '@/config/paths';

function JobLine({ store, record }: { store: BulkJobStore; record: BulkJobRecord }) {
  const view = useBulkJobView(store, record.id);
  const counts = view?.counts;
  return (
    <Paper withBorder p="sm" component="li">
      <Group justify="space-between" wrap="wrap">
        <Stack gap={0}>
          <Anchor component={Link} to={paths.job.href(record.id)} fw={600}>
            {record.title}
          </Anchor>
          <Text size="sm" c="dimmed">
            Started {new Date(record.createdAt).toLocaleString()}
          </Text>
        </Stack>
        {counts && (
          <Group gap="xs">
            <Badge variant="light" color={view.state === 'running' ? 'blue' : 'gray'}>
              {view.state}
            </Badge>
            <Text size="sm">{progressLine(counts)}</Text>
          </Group>
        )}
      </Group>
    </Paper>
  );
}

function JobLines({ store, records }: { store: BulkJobStore; records: readonly BulkJobRecord[] }) {
  return (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {records.map((record) => (
        <JobLine key={record.id} store={store} record={record} />
      ))}
    </Stack>
  );
}

/** The company's jobs; those run on the identity's other companies follow under each company's name. */
function JobList({ owner }: { owner: string }) {
  const { accountId, accounts } = useSignedInSession();
  const store = useBulkJobStore(owner);
  const records = useBulkJobRecords(store);
  const here = records.filter((record) => record.accountId === accountId);
  const elsewhere = accounts.filter((account) => account.accountId !== accountId && records.some((record) => record.accountId === account.accountId));
  return (
    <Stack gap="lg">
      {here.length === 0 ? (
        <Text c="dimmed">No bulk jobs on this company yet. Select users on the Users page and choose a bulk action, or invite people from a CSV file.</Text>
      ) : (
        <JobLines store={store} records={here} />
      )}
      {elsewhere.map((account) => (
        <Stack key={account.accountId} gap="xs">
          <Title order={2} size="h4">
            On {account.name}
          </Title>
          <JobLines store={store} records={records.filter((record) => record.accountId === account.accountId)} />
        </Stack>
      ))}
    </Stack>
  );
}

/** Bulk jobs run from this browser by the signed-in administrator, newest first. */
export function Component() {
  const { identity } = useSignedInSession();
  return (
    <Stack>
      <title>Bulk jobs · Rooms Admin</title>
      <Title order={1}>Bulk jobs</Title>
      <Text c="dimmed">Jobs are kept in this browser; a job interrupted by a reload carries on by itself.</Text>
      <Suspense fallback={<Text>Loading jobs…</Text>}>
        <JobList owner={jobOwner(identity)} />
      </Suspense>
    </Stack>
  );
}
