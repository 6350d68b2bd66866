/** The columns of a v6 bulk invite, each with the header names people actually use for it. */
export const INVITE_COLUMNS = {
  email: { label: 'email', aliases: ['email', 'e-mail', 'email address', 'e-mail address', 'mail', 'user email', 'work email'] },
  firstName: { label: 'firstName', aliases: ['firstName', 'first name', 'first', 'given name', 'forename'] },
  lastName: { label: 'lastName', aliases: ['lastName', 'last name', 'last', 'surname', 'family name'] },
  role: { label: 'role', aliases: ['role', 'role name', 'company role', 'roleId'] },
  accessLevel: { label: 'accessLevel', aliases: ['accessLevel', 'access level', 'access', 'level'] },
  defaultOffice: {
    label: 'defaultOffice',
    aliases: ['defaultOffice', 'default office', 'defaultOfficeId', 'primary office', 'home office'],
  },
  offices: { label: 'offices', aliases: ['offices', 'office', 'office names', 'additional offices'] },
  regions: { label: 'regions', aliases: ['regions', 'region', 'region names'] },
  eSignProfile: {
    label: 'eSignPermissionProfile',
    aliases: ['eSignPermissionProfile', 'eSignPermissionProfileId', 'esign profile', 'eSignature profile', 'permission profile'],
  },
  notifications: {
    label: 'activityNotifications',
    aliases: ['activityNotifications', 'subscribeToRoomsActivityNotifications', 'notifications', 'activity notifications'],
  },
} as const;

export type InviteColumn = keyof typeof INVITE_COLUMNS;

/** Columns without which a row cannot become an invite; the others have a default the user picks. */
export const REQUIRED_COLUMNS: readonly InviteColumn[] = ['email', 'firstName', 'lastName'];

/** Header matching ignores case, spaces, hyphens, underscores and dots: " E-mail Address " is "emailaddress". */
export const normalizeHeader = (header: string) => header.toLowerCase().replace(/[\s\-_.]+/g, '');

const lookup = new Map<string, InviteColumn>(
  (Object.entries(INVITE_COLUMNS) as [InviteColumn, (typeof INVITE_COLUMNS)[InviteColumn]][]).flatMap(([column, { aliases }]) =>
    aliases.map((alias) => [normalizeHeader(alias), column] as const),
  ),
);

export type ColumnMapping = {
  /** Index of the file's column for each invite column found. */
  columns: Partial<Record<InviteColumn, number>>;
  /** Headers that match no invite column; kept in the results file, ignored for the invite. */
  ignored: string[];
  missing: InviteColumn[];
};

export function mapColumns(headers: readonly string[]): ColumnMapping {
  const columns: Partial<Record<InviteColumn, number>> = {};
  const ignored: string[] = [];
  headers.forEach((header, index) => {
    const column = lookup.get(normalizeHeader(header));
    if (column && columns[column] === undefined) columns[column] = index;
    else if (header.trim() !== '') ignored.push(header);
  });
  return { columns, ignored, missing: REQUIRED_COLUMNS.filter((column) => columns[column] === undefined) };
}

/** The file-level message for missing required columns, naming the header names that are accepted. */
export function describeMissingColumns(missing: readonly InviteColumn[]): string {
  return missing
    .map((column) => {
      const names = INVITE_COLUMNS[column].aliases.map((alias) => `"${alias}"`).join(', ');
      return `The file has no ${INVITE_COLUMNS[column].label} column. Name one column ${names} (any case).`;
    })
    .join(' ');
}
