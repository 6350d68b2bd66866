import { Select, Table, Text } from '@mantine/core';

import { INVITE_COLUMNS, REQUIRED_COLUMNS, type InviteColumn } from '@/features/invite/csv-columns';

type Columns = Partial<Record<InviteColumn, number>>;

const FIELD_OPTIONS = [
  { value: '', label: 'Not used' },
  ...(Object.keys(INVITE_COLUMNS) as InviteColumn[]).map((column) => ({
    value: column,
    label: `${INVITE_COLUMNS[column].label}${REQUIRED_COLUMNS.includes(column) ? ' (required)' : ''}`,
  })),
];

/** Moves `column` to header `index`; a field takes one header, and a header feeds one field. */
export function assignColumn(columns: Columns, index: number, column: InviteColumn | null): Columns {
  const next: Columns = {};
  for (const [key, value] of Object.entries(columns) as [InviteColumn, number][]) {
    if (value !== index && key !== column) next[key] = value;
  }
  if (column) next[column] = index;
  return next;
}

type Props = { headers: readonly string[]; columns: Columns; sample?: readonly string[]; onChange: (columns: Columns) => void };

/** Which header of the file feeds which invite field, changeable with a Select per header. */
export function CsvMapping({ headers, columns, sample, onChange }: Props) {
  const fieldOf = (index: number) => (Object.entries(columns) as [InviteColumn, number][]).find(([, value]) => value === index)?.[0] ?? '';
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="xs" aria-label="Column mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="left">Column in the file</Table.Th>
            <Table.Th scope="col" ta="left" visibleFrom="sm">
              First value
            </Table.Th>
            <Table.Th scope="col" ta="left">Invite field</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, index) => (
            <Table.Tr key={`${index}-${header}`}>
              <Table.Th scope="row" fw={600} ta="left">
                {header || <Text span c="dimmed" inherit>(no header)</Text>}
              </Table.Th>
              <Table.Td visibleFrom="sm">
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {sample?.[index] ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Invite field for column ${header || index + 1}`}
                  data={FIELD_OPTIONS}
                  value={fieldOf(index)}
                  allowDeselect={false}
                  onChange={(value) => onChange(assignColumn(columns, index, (value || null) as InviteColumn | null))}
                  size="xs"
                  w={{ base: 180, sm: 240 }}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
