import { INVITE_COLUMNS, type ColumnMapping, type InviteColumn } from '@/features/invite/csv-columns';
import type { CsvRecord } from '@/features/invite/csv-file';

export const INVITE_ACCESS_LEVELS = ['Contributor', 'Office', 'Region', 'Company'] as const;
export type InviteAccessLevel = (typeof INVITE_ACCESS_LEVELS)[number];

/** The body of `POST users/invite_user` (UserToInvite). */
export type InviteDraft = {
  email: string;
  firstName: string;
  lastName: string;
  roleId: number;
  accessLevel: InviteAccessLevel;
  defaultOfficeId: number;
  offices?: number[];
  regions?: number[];
  eSignPermissionProfileId: string;
  subscribeToRoomsActivityNotifications?: boolean;
};

export type InviteContext = {
  roles: readonly { roleId: number; name: string }[];
  offices: readonly { officeId: number; name: string; regionId?: number }[];
  regions: readonly { regionId: number; name: string }[];
  profiles: readonly { eSignPermissionProfileId: string; name: string }[];
  /** The levels the signed-in administrator may grant. */
  grantableLevels: readonly InviteAccessLevel[];
  /** Lower-case emails of people already in the company. */
  memberEmails: ReadonlySet<string>;
  /** Used for a column the file does not have (or a blank cell). */
  defaults: { roleId?: number; accessLevel?: InviteAccessLevel; defaultOfficeId?: number; eSignPermissionProfileId?: string };
};

export type RowProblem = { column: InviteColumn; message: string };

export type PreviewRow = {
  line: number;
  cells: string[];
  email: string;
  status: 'ready' | 'invalid' | 'duplicate' | 'member';
  problems: RowProblem[];
  /** Why a duplicate or member row will not be sent. */
  note?: string;
  invite?: InviteDraft;
};

/** Plain address check: something@domain.tld, no spaces; ASCII only, which is what Rooms accounts take. */
const EMAIL = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const list = (names: readonly string[]) => names.join(', ');
const splitCell = (cell: string) =>
  cell
    .split(/[,;|]/)
    .map((part) => part.trim())
    .filter(Boolean);

/** Finds a named thing by name (any case) or by its numeric id. */
function resolve<T>(value: string, items: readonly T[], name: (item: T) => string, id: (item: T) => string | number) {
  return items.find((item) => same(name(item), value) || String(id(item)) === value.trim());
}

export function emailProblem(value: string, header: string): string | undefined {
  const email = value.trim();
  if (email === '') return `Column "${header}" is empty: every row needs an email address.`;
  if ([...email].some((char) => char.charCodeAt(0) > 0x7f) && email.includes('@')) {
    return `Column "${header}": "${email}" has non-ASCII characters, which Rooms does not accept in an email address. Use the person's ASCII address.`;
  }
  if (!EMAIL.test(email)) return `Column "${header}": "${email}" is not a valid email address.`;
  return undefined;
}

/**
 * Turns each record into an invite or says exactly what is wrong with it, then sorts the valid ones into ready,
 * duplicate in file (the first occurrence is the one sent) and already a member.
 */
export function buildPreview(records: readonly CsvRecord[], headers: readonly string[], mapping: ColumnMapping, context: InviteContext): PreviewRow[] {
  const seen = new Map<string, number>();
  return records.map((record) => {
    const row = validateRecord(record, headers, mapping, context);
    if (row.status !== 'ready') return row;
    const key = row.email.toLowerCase();
    if (context.memberEmails.has(key)) return { ...row, status: 'member', note: 'Already a member of the company.' };
    const first = seen.get(key);
    if (first !== undefined) return { ...row, status: 'duplicate', note: `Same email as line ${first}; only that line is sent.` };
    seen.set(key, record.line);
    return row;
  });
}

function validateRecord(record: CsvRecord, headers: readonly string[], mapping: ColumnMapping, context: InviteContext): PreviewRow {
  const problems: RowProblem[] = [];
  const header = (column: InviteColumn) => {
    const index = mapping.columns[column];
    return index === undefined ? INVITE_COLUMNS[column].label : (headers[index] ?? INVITE_COLUMNS[column].label).trim();
  };
  const cell = (column: InviteColumn) => {
    const index = mapping.columns[column];
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  const problem = (column: InviteColumn, message: string) => problems.push({ column, message });

  const email = cell('email');
  const emailError = emailProblem(email, header('email'));
  if (emailError) problem('email', emailError);
  const firstName = cell('firstName');
  const lastName = cell('lastName');
  if (!firstName) problem('firstName', `Column "${header('firstName')}" is empty.`);
  if (!lastName) problem('lastName', `Column "${header('lastName')}" is empty.`);

  const roleId = pick('role', context.defaults.roleId, (value) => {
    const role = resolve(value, context.roles, (item) => item.name, (item) => item.roleId);
    if (!role) problem('role', `Unknown role "${value}". Choose one of: ${list(context.roles.map((item) => item.name))}.`);
    return role?.roleId;
  });
  const accessLevel = pick('accessLevel', context.defaults.accessLevel, (value) => {
    const level = INVITE_ACCESS_LEVELS.find((item) => same(item, value));
    if (!level) problem('accessLevel', `Unknown access level "${value}". Use one of: ${list(INVITE_ACCESS_LEVELS)}.`);
    return level;
  });
  if (accessLevel && !context.grantableLevels.includes(accessLevel)) {
    problem('accessLevel', `You may not invite people at access level ${accessLevel}. You may grant: ${list(context.grantableLevels) || 'none'}.`);
  }
  const findOffice = (value: string) => {
    const office = resolve(value, context.offices, (item) => item.name, (item) => item.officeId);
    if (!office) problem('offices', `Unknown office "${value}". Known offices: ${list(context.offices.map((item) => item.name))}.`);
    return office?.officeId;
  };
  const defaultOfficeId = pick('defaultOffice', context.defaults.defaultOfficeId, (value) => {
    const office = resolve(value, context.offices, (item) => item.name, (item) => item.officeId);
    if (!office) problem('defaultOffice', `Unknown office "${value}". Known offices: ${list(context.offices.map((item) => item.name))}.`);
    return office?.officeId;
  });
  const offices = splitCell(cell('offices')).map(findOffice);
  const regions = splitCell(cell('regions')).map((value) => {
    const region = resolve(value, context.regions, (item) => item.name, (item) => item.regionId);
    if (!region) problem('regions', `Unknown region "${value}". Known regions: ${list(context.regions.map((item) => item.name))}.`);
    return region?.regionId;
  });
  const profileId = pick('eSignProfile', context.defaults.eSignPermissionProfileId, (value) => {
    const profile = resolve(value, context.profiles, (item) => item.name, (item) => item.eSignPermissionProfileId);
    if (!profile) problem('eSignProfile', `Unknown eSignature permission profile "${value}". Choose one of: ${list(context.profiles.map((item) => item.name))}.`);
    return profile?.eSignPermissionProfileId;
  });
  if (accessLevel === 'Region' && regions.length === 0) {
    problem('regions', `Access level Region needs at least one region in column "${header('regions')}".`);
  }
  const notifications = cell('notifications');
  const subscribe = notifications === '' ? undefined : /^(true|yes|y|1)$/i.test(notifications) ? true : /^(false|no|n|0)$/i.test(notifications) ? false : null;
  if (subscribe === null) problem('notifications', `Column "${header('notifications')}": use yes or no, not "${notifications}".`);

  function pick<T>(column: InviteColumn, fallback: T | undefined, parse: (value: string) => T | undefined): T | undefined {
    const value = cell(column);
    if (value !== '') return parse(value);
    if (fallback === undefined) problem(column, `Column "${header(column)}" is empty and no default is set.`);
    return fallback;
  }

  const base = { line: record.line, cells: record.cells, email };
  if (problems.length > 0 || roleId === undefined || accessLevel === undefined || defaultOfficeId === undefined || profileId === undefined) {
    return { ...base, status: 'invalid', problems };
  }
  const officeIds = [...new Set([defaultOfficeId, ...(offices as number[])])];
  const invite: InviteDraft = {
    email,
    firstName,
    lastName,
    roleId,
    accessLevel,
    defaultOfficeId,
    eSignPermissionProfileId: profileId,
    ...(accessLevel === 'Office' || accessLevel === 'Contributor' ? { offices: officeIds } : {}),
    ...(accessLevel === 'Region' ? { regions: regions as number[] } : {}),
    ...(typeof subscribe === 'boolean' ? { subscribeToRoomsActivityNotifications: subscribe } : {}),
  };
  return { ...base, status: 'ready', problems, invite };
}
