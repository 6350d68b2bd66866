import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Suspense } from 'react';
import { Link } from 'react-router';

import type { BulkJobRecord } from '@/api/bulk-job-store';
import { useBulkJobRecords, useBulkJobStore } from '@/components/bulk-job/bulk-job-hooks';
import { paths } from '@/config/paths';

type Props = { owner: string; accountId: string; officeId: number };

const SHOWN = 5;

const touchesOffice = (record: BulkJobRecord, officeId: number) =>
  record.snapshot.rows.some((row) =>
    (row.input.steps ?? []).some((step) => ('officeId' in step && step.officeId === officeId) || (step.call === 'setDefaultOffice' && step.previousOfficeId === officeId)),
  );

function Recent({ owner, accountId, officeId }: Props) {
  const store = useBulkJobStore(owner);
  const records = useBulkJobRecords(store)
    .filter((record) => record.accountId === accountId && record.spec.kind === 'membership' && touchesOffice(record, officeId))
    .slice(0, SHOWN);
  if (records.length === 0) return null;
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="recent-reassignments">
      <Stack gap={4}>
        <Title order={2} size="h4" id="recent-reassignments">
          Recent reassignments
        </Title>
        <Text size="sm" c="dimmed">
          Open one to see its results or undo it.
        </Text>
        <List size="sm">
          {records.map((record) => (
            <List.Item key={record.id}>
              <Anchor component={Link} to={paths.job.href(record.id)}>
                {record.title}
              </Anchor>{' '}
              · {new Date(record.createdAt).toLocaleString()}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}

/** This browser's reassignment jobs that involved the office, newest first, each a way to its undo. */
export function RecentReassignments(props: Props) {
  return (
    <Suspense fallback={null}>
      <Recent {...props} />
    </Suspense>
  );
}
