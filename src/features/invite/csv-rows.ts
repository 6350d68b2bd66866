import type { ClassicInvite, UserToInvite } from '@/api/invites/schemas';
import * as z from 'zod/mini';

import { emailLengthProblem, emailShapeProblem } from '@/api/invites/schemas';
import { hiddenCharacterProblem } from '@/api/text';
import { VALUE_LIMIT, type ColumnMapping, type ColumnSet, type PersonColumn } from '@/features/invite/csv-columns';
import type { CsvRecord, CsvTable } from '@/features/invite/csv-file';

export type RowProblem = { column: string; message: string };

/** What a valid row sends: a v6 invite_user body, or a v5 classic invite. */
export type RowInvite = { invite: UserToInvite; classic?: never } | { classic: ClassicInvite; invite?: never };

export type PreviewRow = {
  line: number;
  cells: string[];
  email: string;
  /** First and last name as the file has them. */
  name: string;
  status: 'ready' | 'invalid' | 'duplicate' | 'member';
  problems: RowProblem[];
  /** Why a duplicate or member row will not be sent. */
  note?: string;
  invite?: UserToInvite;
  classic?: ClassicInvite;
};

/** A row's cells by invite column, and a way to say what is wrong with one of them. */
export type RowReader<C extends string> = {
  cell(column: C): string;
  /** The header the file uses for the column (or the column's own name when the file has none). */
  header(column: C): string;
  /** What is wrong with a value the file's cell is about; said once per row, under the file's own header. */
  problem(column: C, message: string): void;
  /** Whether a problem was already reported for the column. */
  flagged(column: C): boolean;
  /** Whether the file has the column at all. */
  mapped(column: C): boolean;
  /** A value that is not there, said truly: 'Column "Role" is empty', or 'The file has no role column'. */
  blank(column: C): string;
};

export type Person = { email: string; firstName: string; lastName: string };

/**
 * One company version's row builder: reads the version's columns, reports each problem against its column and
 * returns what to send (nothing when the row has a problem).
 */
export type RowBuilder<C extends string> = (read: RowReader<C>, person: Person) => RowInvite | undefined;

/** The columns and the row builder of one version's invite file. */
export type CsvFormat<C extends string> = { set: ColumnSet<C>; build: RowBuilder<C> };

/** The same address rule as the single invite's form (ASCII, no dot at either end of the name or twice in a row). */
const EMAIL = z.regexes.email;

export const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
export const list = (names: readonly string[]) => names.join(', ');
export const splitCell = (cell: string) =>
  cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Finds a named thing by name (any case) or by its numeric id. */
export function resolve<T>(value: string, items: readonly T[], name: (item: T) => string, id: (item: T) => string | number) {
  return items.find((item) => same(name(item), value) || String(id(item)) === value.trim());
}

export type Office = { officeId: number; name: string };
export type Region = { regionId: number; name: string };

/**
 * The offices and regions a file may name: every one of the company is recognised, but only those the
 * administrator oversees (`reachable`; all when absent) can be used, so a row the service would refuse is invalid
 * in the preview with the reason, not a surprise failure after sending.
 */
export function placeResolvers(offices: readonly Office[], regions: readonly Region[], reachable?: { officeIds: ReadonlySet<number>; regionIds: ReadonlySet<number> }) {
  const officeAllowed = (id: number) => !reachable || reachable.officeIds.has(id);
  const regionAllowed = (id: number) => !reachable || reachable.regionIds.has(id);
  /** The names a row may use, for messages: "Boston Downtown, Cambridge", or "none". */
  const usable = {
    office: list(offices.filter((item) => officeAllowed(item.officeId)).map((item) => item.name)) || 'none',
    region: list(regions.filter((item) => regionAllowed(item.regionId)).map((item) => item.name)) || 'none',
  };
  const finder = <T>(kind: 'office' | 'region', items: readonly T[], name: (item: T) => string, id: (item: T) => number, allowed: (id: number) => boolean) => {
    const known = list(items.map(name));
    return (problem: (message: string) => void, value: string): number | undefined => {
      const item = resolve(value, items, name, id);
      if (!item) problem(`Unknown ${kind} "${value}". Known ${kind}s: ${known}.`);
      else if (!allowed(id(item))) problem(`The ${kind} "${name(item)}" is outside the offices and regions you oversee. You may use: ${usable[kind]}.`);
      else return id(item);
      return undefined;
    };
  };
  return {
    office: finder('office', offices, (item) => item.name, (item) => item.officeId, officeAllowed),
    region: finder('region', regions, (item) => item.name, (item) => item.regionId, regionAllowed),
    usable,
  };
}

/** A yes/no cell: undefined when blank, null when it is neither. */
export const yesNo = (value: string): boolean | undefined | null =>
  value === '' ? undefined : /^(true|yes|y|1)$/i.test(value) ? true : /^(false|no|n|0)$/i.test(value) ? false : null;

export function emailProblem(value: string, header: string): string | undefined {
  const email = value.trim();
  if (email === '') return `Column "${header}" is empty: every row needs an email address.`;
  const tooLong = emailLengthProblem(email);
  if (tooLong) return `Column "${header}": ${tooLong.charAt(0).toLowerCase()}${tooLong.slice(1)}`;
  const hidden = hiddenCharacterProblem(email, `Column "${header}"`, 'address');
  if (hidden) return hidden;
  const shape = emailShapeProblem(email);
  if (shape) return `Column "${header}": ${shape}`;
  if (!EMAIL.test(email)) return `Column "${header}": "${email}" is not a valid email address.`;
  return undefined;
}

/**
 * Turns each record into an invite or says exactly what is wrong with it, then sorts the valid ones into ready,
 * duplicate in file (the first occurrence is the one sent) and already a member.
 */
export function buildPreview<C extends string>(
  table: Pick<CsvTable, 'headers' | 'records'>,
  mapping: Pick<ColumnMapping<C | PersonColumn>, 'columns'>,
  format: CsvFormat<C | PersonColumn>,
  /** Members' addresses (lower case), each with what a row for them says. */
  memberEmails: ReadonlyMap<string, string>,
): PreviewRow[] {
  const seen = new Map<string, number>();
  return table.records.map((record) => {
    const row = validateRecord(record, table.headers, mapping, format);
    if (row.status !== 'ready') return row;
    const key = row.email.toLowerCase();
    const member = memberEmails.get(key);
    if (member !== undefined) return { ...row, status: 'member', note: member };
    const first = seen.get(key);
    if (first !== undefined) return { ...row, status: 'duplicate', note: `Same email as line ${first}; only that line is sent.` };
    seen.set(key, record.line);
    return row;
  });
}

/** A value quoted in a message, cut to a readable length. */
export const shorten = (value: string, max = 40) => (value.length > max ? `${value.slice(0, max - 1)}…` : value);

/** A cell longer than its column takes, said with the column, the length and the limit. */
function lengthProblem(value: string, header: string, spec: { maxLength?: number; list?: boolean }): string | undefined {
  const limit = spec.maxLength ?? VALUE_LIMIT;
  const longest = Math.max(0, ...(spec.list ? splitCell(value) : [value]).map((item) => item.length));
  if (longest <= limit) return undefined;
  const what = spec.list ? 'a name in it' : 'its value';
  return `Column "${header}": ${what} is ${longest.toLocaleString('en-US')} characters long; Rooms takes at most ${limit}.`;
}

function validateRecord<C extends string>(
  record: CsvRecord,
  headers: readonly string[],
  mapping: Pick<ColumnMapping<C | PersonColumn>, 'columns'>,
  format: CsvFormat<C | PersonColumn>,
): PreviewRow {
  type Column = C | PersonColumn;
  const problems: RowProblem[] = [];
  const label = (column: Column) => format.set.columns[column].label;
  // A value too long for Rooms or with a hidden character is reported once, for that, rather than as an unknown name.
  const reported = new Set<Column>();
  // The same message for two columns (an unknown office as default office and among the offices) is said once.
  const said = new Set<string>();
  const read: RowReader<Column> = {
    header: (column) => {
      const index = mapping.columns[column];
      return index === undefined ? label(column) : (headers[index] ?? label(column)).trim();
    },
    cell: (column) => {
      const index = mapping.columns[column];
      return index === undefined ? '' : (record.cells[index] ?? '').trim();
    },
    problem: (column, message) => {
      if (reported.has(column) || said.has(message)) return;
      said.add(message);
      const fromCell = read.cell(column) !== '' && !message.startsWith('Column ');
      problems.push({ column, message: fromCell ? `Column "${read.header(column)}": ${message}` : message });
    },
    flagged: (column) => problems.some((problem) => problem.column === column),
    mapped: (column) => mapping.columns[column] !== undefined,
    blank: (column) => (read.mapped(column) ? `Column "${read.header(column)}" is empty` : `The file has no ${label(column)} column`),
  };
  for (const column of Object.keys(mapping.columns) as Column[]) {
    const spec = format.set.columns[column];
    if (column === 'email' || !spec) continue;
    const message = lengthProblem(read.cell(column), read.header(column), spec) ?? hiddenCharacterProblem(read.cell(column), `Column "${read.header(column)}"`);
    if (!message) continue;
    read.problem(column, message);
    reported.add(column);
  }

  const surplus = record.cells.slice(headers.length).findIndex((cell) => cell.trim() !== '');
  if (surplus !== -1) {
    const position = headers.length + surplus;
    problems.push({
      column: 'file',
      message: `Column ${position + 1} has no header, but this line has "${shorten(record.cells[position]!.trim())}" there. Give that column a header, or put quotes around values that contain the delimiter.`,
    });
  }

  const email = read.cell('email');
  const emailError = emailProblem(email, read.header('email'));
  if (emailError) read.problem('email', emailError);
  const firstName = read.cell('firstName');
  const lastName = read.cell('lastName');
  if (!firstName) read.problem('firstName', `Column "${read.header('firstName')}" is empty.`);
  if (!lastName) read.problem('lastName', `Column "${read.header('lastName')}" is empty.`);

  const invite = format.build(read, { email, firstName, lastName });
  const base = { line: record.line, cells: record.cells, email, name: `${firstName} ${lastName}`.trim() };
  if (problems.length > 0 || !invite) return { ...base, status: 'invalid', problems };
  return { ...base, status: 'ready', problems, ...invite };
}
