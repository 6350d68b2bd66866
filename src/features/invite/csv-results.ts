import Papa from 'papaparse';
import { INVITE_COLUMNS } from '@/features/invite/csv-columns';

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula. Prefixing an
 * apostrophe shows the text as typed and runs nothing (OWASP, "CSV injection").
 */
export const escapeFormula = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export function toCsv(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return Papa.unparse(
    { fields: headers.map(escapeFormula), data: rows.map((row) => row.map(escapeFormula)) },
    { newline: '\r\n', quotes: false },
  );
}

export type ResultLine = { cells: readonly string[]; outcome: string; message?: string; userId?: number | string };

/** The uploaded columns as they were, plus what happened to each row. */
export function buildResultsCsv(headers: readonly string[], lines: readonly ResultLine[]): string {
  const width = headers.length;
  return toCsv(
    [...headers, 'outcome', 'message', 'userId'],
    lines.map(({ cells, outcome, message, userId }) => [
      ...Array.from({ length: width }, (_, index) => cells[index] ?? ''),
      outcome,
      message ?? '',
      userId === undefined ? '' : String(userId),
    ]),
  );
}

/** A v6 template with one example row, using names (not ids) as an administrator would. */
export function buildV6Template(example: { role: string; office: string; profile: string }): string {
  const columns = Object.values(INVITE_COLUMNS).map((column) => column.label);
  return toCsv(columns, [
    ['ada.agent@example.com', 'Ada', 'Agent', example.role, 'Contributor', example.office, example.office, '', example.profile, 'yes'],
  ]);
}
