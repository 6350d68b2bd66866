import '@mantine/core/styles/Table.css';

import { Anchor, Badge, Checkbox, Table, Text } from '@mantine/core';
import { Link } from 'react-router';

import { paths } from '@/config/paths';

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
};

const nameOf = (row: MemberRow) => [row.firstName, row.lastName].filter(Boolean).join(' ') || row.email;

/** Members of an office or region, with how each belongs there, and a selection for reassigning them. */
export function MemberTable({ caption, rows, selected, onSelect, officeOf }: Props) {
  const all = rows.length > 0 && rows.every((row) => selected.has(row.userId));
  const some = rows.some((row) => selected.has(row.userId));
  const toggle = (userId: number) => {
    const next = new Set(selected);
    if (next.has(userId)) next.delete(userId);
    else next.add(userId);
    onSelect(next);
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped highlightOnHover withTableBorder>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select all members shown"
                checked={all}
                indeterminate={some && !all}
                onChange={() => onSelect(all ? new Set() : new Set(rows.map((row) => row.userId)))}
              />
            </Table.Th>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Access level</Table.Th>
            <Table.Th scope="col">Membership</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.userId}>
              <Table.Td>
                <Checkbox aria-label={`Select ${nameOf(row)}`} checked={selected.has(row.userId)} onChange={() => toggle(row.userId)} />
              </Table.Td>
              <Table.Td>
                <Anchor component={Link} to={paths.user.href(row.userId)}>
                  {nameOf(row)}
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  {row.email}
                </Text>
              </Table.Td>
              <Table.Td>{row.accessLevel ?? '—'}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={VIA[row.via].color}>
                  {VIA[row.via].label}
                </Badge>
                {officeOf && row.via === 'default' && (
                  <Text span size="sm" ml="xs">
                    {officeOf(row.userId)}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
