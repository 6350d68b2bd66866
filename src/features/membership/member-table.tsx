import '@mantine/core/styles/Table.css';
import '@mantine/core/styles/Pagination.css';

import { Anchor, Badge, Checkbox, Group, Pagination, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';

import { paths } from '@/config/paths';
import { rangeText } from '@/components/range-text';
import type { BackLink } from '@/components/back-link';

/** Members per page: an office of hundreds stays one screenful at a time. */
export const MEMBERS_PER_PAGE = 50;

export type MemberRow = {
  userId: number;
  firstName: string;
  lastName: string;
  email: string;
  accessLevel?: string;
  /** How the user belongs here. */
  via: 'default' | 'additional' | 'region';
};

const VIA: Record<MemberRow['via'], { label: string; color: string }> = {
  default: { label: 'Default office', color: 'blue' },
  additional: { label: 'Additional', color: 'grape' },
  region: { label: 'Region member', color: 'teal' },
};

type Props = {
  caption: string;
  rows: readonly MemberRow[];
  selected: ReadonlySet<number>;
  onSelect: (next: Set<number>) => void;
  /** Shown beside a default-office badge on region pages. */
  officeOf?: (userId: number) => string | undefined;
  /** The office or region, named on the user page's way back here. */
  place: string;
};

const nameOf = (row: MemberRow) => [row.firstName, row.lastName].filter(Boolean).join(' ') || row.email;

/** Members of an office or region, with how each belongs there, and a selection for reassigning them. */
export function MemberTable({ caption, rows, selected, onSelect, officeOf, place }: Props) {
  const location = useLocation();
  const back: BackLink = { to: `${location.pathname}${location.search}`, label: `Back to ${place}` };
  const [requested, setPage] = useState(1);
  const pages = Math.max(1, Math.ceil(rows.length / MEMBERS_PER_PAGE));
  const page = Math.min(requested, pages);
  const shown = rows.slice((page - 1) * MEMBERS_PER_PAGE, page * MEMBERS_PER_PAGE);
  const all = rows.length > 0 && rows.every((row) => selected.has(row.userId));
  const some = rows.some((row) => selected.has(row.userId));
  const toggle = (userId: number) => {
    const next = new Set(selected);
    if (next.has(userId)) next.delete(userId);
    else next.add(userId);
    onSelect(next);
  };
  const membership = (row: MemberRow) => (
    <>
      <Badge variant="light" color={VIA[row.via].color}>
        {VIA[row.via].label}
      </Badge>
      {officeOf && row.via === 'default' && (
        <Text span size="sm" ml="xs">
          {officeOf(row.userId)}
        </Text>
      )}
    </>
  );
  return (
    <Stack gap="xs">
      <Table striped highlightOnHover withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={`Select all ${rows.length.toLocaleString()} members`}
                checked={all}
                indeterminate={some && !all}
                onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.userId)))}
              />
            </Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Email
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Access level
            </Table.Th>
            <Table.Th scope="col" visibleFrom="sm">
              Membership
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((row) => (
            <Table.Tr key={row.userId}>
              <Table.Td>
                <Checkbox aria-label={`Select ${nameOf(row)}`} checked={selected.has(row.userId)} onChange={() => toggle(row.userId)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.user.href(row.userId)} state={{ back }} data-member-name>
                  {nameOf(row)}
                </Anchor>
                {/* On a phone the other columns are left out; what matters of them is stacked under the name. */}
                <Stack gap={4} mt={4} hiddenFrom="sm">
                  <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {row.email}
                    {row.accessLevel ? ` · ${row.accessLevel}` : ''}
                  </Text>
                  <div>{membership(row)}</div>
                </Stack>
              </Table.Td>
              <Table.Td visibleFrom="sm">
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {row.email}
                </Text>
              </Table.Td>
              <Table.Td visibleFrom="sm">{row.accessLevel ?? '—'}</Table.Td>
              <Table.Td visibleFrom="sm">{membership(row)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {pages > 1 && (
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" role="status" aria-live="polite">
            {rangeText(page, MEMBERS_PER_PAGE, shown.length, rows.length)}
          </Text>
          <nav aria-label="Member pages">
            <Pagination
              value={page}
              total={pages}
              onChange={setPage}
              siblings={1}
              boundaries={1}
              size="sm"
              getControlProps={(control) => ({ 'aria-label': `${control[0]?.toUpperCase()}${control.slice(1)} page of members` })}
              getItemProps={(item) => ({ 'aria-label': `Members page ${item}` })}
            />
          </nav>
        </Group>
      )}
    </Stack>
  );
}
