import { Group, NativeSelect, Pagination, Text } from '@mantine/core';

import { rangeText } from '@/components/range-text';
import { lastPage, PAGE_SIZES, type PageSize } from '@/features/users/list-state';

export { rangeText };

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
      <nav aria-label="Pagination">
        <Pagination
          value={Math.min(page, pages)}
          total={pages}
          onChange={onPage}
          siblings={1}
          boundaries={1}
          size="sm"
          getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page` })}
          getItemProps={(item) => ({ 'aria-label': `Page ${item}` })}
        />
      </nav>
    </Group>
  );
}
