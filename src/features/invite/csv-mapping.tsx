import { Select, Table, Text } from '@mantine/core';

import { columnsOf, type ColumnSet } from '@/features/invite/csv-columns';
import classes from '@/features/invite/csv-mapping.module.css';

type Columns = Partial<Record<string, number>>;

const fieldOptions = (set: ColumnSet) => [
  { value: '', label: 'Not used' },
  ...columnsOf(set).map((column) => ({ value: column, label: `${set.columns[column]?.label ?? column}${set.required.includes(column) ? ' (required)' : ''}` })),
];

/** Moves `column` to header `index`; a field takes one header, and a header feeds one field. */
export function assignColumn(columns: Columns, index: number, column: string | null): Columns {
  const next: Columns = {};
  for (const [key, value] of Object.entries(columns) as [string, number][]) {
    if (value !== index && key !== column) next[key] = value;
  }
  if (column) next[column] = index;
  return next;
}

type Props = { set: ColumnSet; headers: readonly string[]; columns: Columns; sample?: readonly string[]; onChange: (columns: Columns) => void };

/**
 * Which header of the file feeds which invite field, changeable with a Select per header. Headers and sample
 * values are cut to the column's width with an ellipsis, the whole value in their title.
 */
export function CsvMapping({ set, headers, columns, sample, onChange }: Props) {
  const options = fieldOptions(set);
  const fieldOf = (index: number) => (Object.entries(columns) as [string, number][]).find(([, value]) => value === index)?.[0] ?? '';
  return (
    <Table.ScrollContainer minWidth={320}>
      <Table verticalSpacing="xs" aria-label="Column mapping" className={classes.table}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" ta="left">Column in the file</Table.Th>
            <Table.Th scope="col" ta="left" visibleFrom="sm">
              First value
            </Table.Th>
            <Table.Th scope="col" ta="left" className={classes.fieldColumn}>
              Invite field
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {headers.map((header, index) => (
            <Table.Tr key={`${index}-${header}`}>
              <Table.Th scope="row" fw={600} ta="left">
                {header ? (
                  <Text inherit truncate="end" title={header}>
                    {header}
                  </Text>
                ) : (
                  <Text span c="dimmed" inherit>
                    (no header)
                  </Text>
                )}
              </Table.Th>
              <Table.Td visibleFrom="sm">
                <Text size="sm" c="dimmed" truncate="end" title={sample?.[index] || undefined}>
                  {sample?.[index] ?? ''}
                </Text>
              </Table.Td>
              <Table.Td>
                <Select
                  aria-label={`Invite field for column ${header || index + 1}`}
                  data={options}
                  value={fieldOf(index)}
                  allowDeselect={false}
                  onChange={(value) => onChange(assignColumn(columns, index, value || null))}
                  size="xs"
                  className={classes.select}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
