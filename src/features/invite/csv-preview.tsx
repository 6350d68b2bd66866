import { Badge, Group, Tabs, Text } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';

import type { PreviewCounts } from '@/features/invite/csv-job';
import type { PreviewRow } from '@/features/invite/csv-rows';
import classes from '@/features/invite/csv-preview.module.css';

export const PREVIEW_TABS = [
  { value: 'ready', label: 'Ready', color: 'teal' },
  { value: 'invalid', label: 'Invalid', color: 'red' },
  { value: 'duplicate', label: 'Duplicate in file', color: 'gray' },
  { value: 'member', label: 'Already a member', color: 'yellow' },
] as const;
export type PreviewTab = (typeof PREVIEW_TABS)[number]['value'];

function RowView({ row, describe }: { row: PreviewRow; describe: (row: PreviewRow) => string | undefined }) {
  const name = row.name;
  return (
    <div className={classes.row}>
      <Group gap="xs" wrap="nowrap" className={classes.head}>
        <Text size="xs" c="dimmed" className={classes.line}>
          Line {row.line}
        </Text>
        <Text size="sm" fw={600} className={classes.email} title={row.email || undefined}>
          {row.email || '(no email)'}
        </Text>
        {name && (
          <Text size="sm" className={classes.name} title={name}>
            {name}
          </Text>
        )}
      </Group>
      {row.problems.map((problem) => (
        <Text key={`${problem.column}-${problem.message}`} size="sm" className={`${classes.detail} ${classes.problem}`}>
          {problem.message}
        </Text>
      ))}
      {row.status === 'ready' && (
        <Text size="sm" c="dimmed" className={classes.detail}>
          {describe(row)}
        </Text>
      )}
      {row.note && (
        <Text size="sm" c="dimmed" className={classes.detail}>
          {row.note}
        </Text>
      )}
    </div>
  );
}

/** One tab's rows, virtualized: only the rows on screen are in the DOM, so files of thousands of rows stay smooth. */
function RowList({ rows, label, describe }: { rows: readonly PreviewRow[]; label: string; describe: (row: PreviewRow) => string | undefined }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
  });
  if (rows.length === 0) return <Text c="dimmed">No rows here.</Text>;
  return (
    <div ref={scroller} className={classes.scroller} tabIndex={0} role="region" aria-label={`${label} rows`}>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={classes.item}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <RowView row={rows[item.index]!} describe={describe} />
          </div>
        ))}
      </div>
    </div>
  );
}

type Props = {
  rows: readonly PreviewRow[];
  counts: PreviewCounts;
  tab: PreviewTab;
  onTab: (tab: PreviewTab) => void;
  /** What a ready row will be sent as, in words. */
  describe: (row: PreviewRow) => string | undefined;
};

export function CsvPreview({ rows, counts, tab, onTab, describe }: Props) {
  return (
    <Tabs value={tab} onChange={(value) => value && onTab(value as PreviewTab)} keepMounted={false}>
      <Tabs.List>
        {PREVIEW_TABS.map((item) => (
          <Tabs.Tab key={item.value} value={item.value} rightSection={<Badge variant="light" color={item.color} aria-hidden="true">{counts[item.value]}</Badge>}>
            {item.label}
            <span className={classes.count}> ({counts[item.value]})</span>
          </Tabs.Tab>
        ))}
      </Tabs.List>
      {PREVIEW_TABS.map((item) => (
        <Tabs.Panel key={item.value} value={item.value} pt="sm">
          <RowList rows={rows.filter((row) => row.status === item.value)} label={item.label} describe={describe} />
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}
