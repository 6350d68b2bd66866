import { Button, Group, NativeSelect, Text } from '@mantine/core';

import { rangeText } from '@/components/range-text';
import { lastPage, PAGE_SIZES, type PageSize } from '@/features/users/list-state';

type Props = {
  page: number;
  size: PageSize;
  /** Rows on this page. */
  shown: number;
  /** totalRowCount, when the server sent it. */
  total: number | undefined;
  onPage: (page: number) => void;
  onSize: (size: PageSize) => void;
};

/**
 * Server paging: one page per view, the total from totalRowCount. Without a total, a full page means there may
 * be another, so Next stays available.
 */
export function UsersPagination({ page, size, shown, total, onPage, onSize }: Props) {
  const pages = total !== undefined ? lastPage(total, size) : shown === size ? page + 1 : page;
  const current = Math.min(page, pages);
  return (
    <Group justify="space-between" gap="md" wrap="wrap">
      <Group gap="md">
        <Text role="status" aria-live="polite" fw={500}>
          {rangeText(page, size, shown, total)}
        </Text>
        <NativeSelect
          label="Rows per page"
          data={PAGE_SIZES.map((value) => String(value))}
          value={String(size)}
          onChange={(event) => {
            const next = PAGE_SIZES.find((option) => String(option) === event.currentTarget.value);
            if (next) onSize(next);
          }}
          size="xs"
          styles={{ root: { display: 'flex', alignItems: 'center', gap: 8 }, label: { whiteSpace: 'nowrap' } }}
        />
      </Group>
      {/* First, previous, where we are, next, last: Buttons the shell has already, not a pager's own code. */}
      <nav aria-label="Pagination">
        <Group gap={4} wrap="nowrap">
          <Button variant="default" size="compact-sm" aria-label="First page" disabled={current <= 1} onClick={() => onPage(1)}>
            «
          </Button>
          <Button variant="default" size="compact-sm" aria-label="Previous page" disabled={current <= 1} onClick={() => onPage(current - 1)}>
            ‹
          </Button>
          <Text size="sm" px="xs" style={{ whiteSpace: 'nowrap' }}>
            Page {current.toLocaleString('en-US')} of {pages.toLocaleString('en-US')}
            {total === undefined && shown === size ? '+' : ''}
          </Text>
          <Button variant="default" size="compact-sm" aria-label="Next page" disabled={current >= pages} onClick={() => onPage(current + 1)}>
            ›
          </Button>
          <Button
            variant="default"
            size="compact-sm"
            aria-label="Last page"
            disabled={current >= pages || total === undefined}
            onClick={() => onPage(pages)}
          >
            »
          </Button>
        </Group>
      </nav>
    </Group>
  );
}
