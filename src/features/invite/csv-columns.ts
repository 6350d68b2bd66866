import { LIMITS } from '@/api/invites/schemas';

/**
 * One column of an invite file: the name the template uses and the header names people actually use for it;
 * `maxLength` (default `VALUE_LIMIT`) is the longest value it takes, per name when `list` (several names in a cell).
 */
export type ColumnSpec = { label: string; aliases: readonly string[]; maxLength?: number; list?: boolean };

/**
 * The longest name of an office, region, role, title or profile a file may give. The specs set no limit for these;
 * 100 is the longest Rooms documents for a name (a room's), and a longer value is no name Rooms holds.
 */
export const VALUE_LIMIT = 100;

/** The columns of one company version's invite file; `required` are those without which no row can be read. */
export type ColumnSet<C extends string = string> = { columns: Record<C, ColumnSpec>; required: readonly C[] };

/** The person's columns, the same in every version. */
export const PERSON_COLUMNS = {
  email: { label: 'email', aliases: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'user email', 'work email'], maxLength: LIMITS.email },
  firstName: { label: 'firstName', aliases: ['firstName', 'first name', 'first', 'given name', 'forename'], maxLength: LIMITS.name },
  lastName: { label: 'lastName', aliases: ['lastName', 'last name', 'last', 'surname', 'family name'], maxLength: LIMITS.name },
} as const satisfies Record<string, ColumnSpec>;
export type PersonColumn = keyof typeof PERSON_COLUMNS;

export const ACCESS_LEVEL_COLUMN: ColumnSpec = { label: 'accessLevel', aliases: ['accessLevel', 'access level', 'access', 'level'] };
export const REGIONS_COLUMN: ColumnSpec = { label: 'regions', aliases: ['regions', 'region', 'region names'], list: true };

/** The eSignature permission profile, by name or id; the same column in every version. */
export const ESIGN_PROFILE_COLUMN: ColumnSpec = {
  label: 'eSignPermissionProfile',
  aliases: ['eSignPermissionProfile', 'eSignPermissionProfileId', 'esign profile', 'eSignature profile', 'eSignature permission profile', 'permission profile'],
};

/**
 * Header matching ignores case, spaces, hyphens, underscores, dots and invisible characters (a zero-width space
 * pasted into a header): " E-mail Address " is "emailaddress".
 */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s\-_.\p{Cc}\p{Cf}]+/gu, '');

export type ColumnMapping<C extends string = string> = {
  /** Index of the file's column for each invite column found. */
  columns: Partial<Record<C, number>>;
  /** Headers that match no invite column; kept in the results file, ignored for the invite. */
  ignored: string[];
  missing: C[];
};

export const columnsOf = <C extends string>(set: ColumnSet<C>) => Object.keys(set.columns) as C[];

export const missingColumns = <C extends string>(set: ColumnSet<C>, columns: Partial<Record<C, number>>) =>
  set.required.filter((column) => columns[column] === undefined);

export function mapColumns<C extends string>(headers: readonly string[], set: ColumnSet<C>): ColumnMapping<C> {
  const lookup = new Map<string, C>(columnsOf(set).flatMap((column) => set.columns[column].aliases.map((alias) => [normalizeHeader(alias), column] as const)));
  const columns: Partial<Record<C, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const column = lookup.get(normalizeHeader(header));
    if (column && columns[column] === undefined) columns[column] = index;
    else if (header.trim() !== '') ignored.push(header);
  });
  return { columns, ignored, missing: missingColumns(set, columns) };
}

/** The file-level message for missing required columns, naming the header names that are accepted. */
export function describeMissingColumns<C extends string>(missing: readonly C[], set: ColumnSet<C>, headers: readonly string[] = []): string {
  // A file without a header line has its first person where the headers should be.
  const address = headers.find((header) => /\S@\S/.test(header));
  const person = address
    ? `The first line looks like a person ("${address}"), not a header line: add a line above it naming the columns, such as ${requiredLine(set)}. `
    : '';
  return person + missing
    .map((column) => {
      const names = set.columns[column].aliases.map((alias) => `"${alias}"`).join(', ');
      return `The file has no ${set.columns[column].label} column. Name one column ${names} (any case).`;
    })
    .join(' ');
}

/** The required columns as a header line: "email,firstName,lastName". */
const requiredLine = <C extends string>(set: ColumnSet<C>) => `"${set.required.map((column) => set.columns[column].label).join(',')}"`;
