import { UnstyledButton } from '@mantine/core';

import type { UserSort } from '@/api/users/schemas';
import { SortIcon } from '@/components/icons';
import classes from '@/features/users/users-table.module.css';

type Props = { label: string; ascending: UserSort; descending: UserSort; sort: UserSort; onSort: (sort: UserSort) => void; className?: string };

/** A column header whose button sorts by it: first click ascending, next click the other way. */
export function SortHeader({ label, ascending, descending, sort, onSort, className }: Props) {
  const direction = sort === ascending ? 'ascending' : sort === descending ? 'descending' : 'none';
  return (
    <th aria-sort={direction} className={className ? `${classes.sortable} ${className}` : classes.sortable}>
      <UnstyledButton className={classes.sortButton} onClick={() => onSort(direction === 'ascending' ? descending : ascending)}>
        {label}
        <SortIcon direction={direction} className={classes.sortIcon} data-active={direction !== 'none' || undefined} />
      </UnstyledButton>
    </th>
  );
}
