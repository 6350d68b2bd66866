import '@mantine/core/styles/SegmentedControl.css';

import { Badge, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';

import type { BulkJobRecord } from '@/api/bulk-job-store';
import type { BulkInput } from '@/api/bulk-operations';
import { outcomeOf, type Outcome } from '@/api/bulk-results';
import type { BulkRow } from '@/api/bulk-runner';

const COLOR: Record<Outcome, string> = {
  sent: 'teal',
  done: 'teal',
  'already a member': 'gray',
  'duplicate in file': 'gray',
  invalid: 'orange',
  skipped: 'gray',
  failed: 'red',
  cancelled: 'gray',
  'not sent yet': 'blue',
};

type Filter = 'all' | 'failed' | 'skipped' | 'done';

const matches = (filter: Filter, outcome: Outcome) =>
  filter === 'all' ||
  (filter === 'failed' && (outcome === 'failed' || outcome === 'invalid')) ||
  (filter === 'done' && (outcome === 'done' || outcome === 'sent')) ||
  (filter === 'skipped' && !['failed', 'invalid', 'done', 'sent', 'not sent yet'].includes(outcome));

/** Every row's outcome with the server's message; virtualized so a job of thousands of rows scrolls smoothly. */
export function BulkResultsList({ record, rows }: { record: BulkJobRecord; rows: readonly BulkRow<BulkInput, unknown>[] }) {
  const [filter, setFilter] = useState<Filter>('all');
  const visible = useMemo(
    () => rows.map((row) => ({ row, outcome: outcomeOf(record.spec.kind, row) })).filter(({ outcome }) => matches(filter, outcome)),
    [rows, filter, record.spec.kind],
  );
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    // Sizes are measured per row, not per position: a filter puts a taller row (with its message) where a short
    // one was, and a size kept by position would squeeze it.
    getItemKey: (index) => visible[index]!.row.key,
    overscan: 8,
  });

  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="Show rows"
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        data={[
          { value: 'all', label: 'All' },
          { value: 'failed', label: 'Failed' },
          { value: 'skipped', label: 'Skipped' },
          { value: 'done', label: 'Done' },
        ]}
      />
      <div ref={scroller} style={{ maxHeight: 420, overflowY: 'auto' }} tabIndex={0} aria-label="Row results">
        <ul role="list" style={{ height: virtualizer.getTotalSize(), position: 'relative', margin: 0, padding: 0, listStyle: 'none' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const { row, outcome } = visible[item.index]!;
            return (
              <li
                key={row.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start}px)` }}
              >
                <Group gap="sm" wrap="nowrap" py={6} align="flex-start" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
                  <Badge color={COLOR[outcome]} variant="light" miw={120}>
                    {outcome}
                  </Badge>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <Text size="sm" fw={500} truncate>
                      {row.input.line !== undefined ? `Line ${row.input.line}: ` : ''}
                      {row.input.label}
                    </Text>
                    {row.message && (
                      <Text size="sm" c="dimmed">
                        {row.message}
                        {row.traceToken && <> · Trace token <Text span ff="monospace" inherit>{row.traceToken}</Text></>}
                      </Text>
                    )}
                  </Stack>
                </Group>
              </li>
            );
          })}
        </ul>
        {visible.length === 0 && (
          <Text c="dimmed" size="sm" p="sm">
            No rows to show here.
          </Text>
        )}
      </div>
    </Stack>
  );
}
