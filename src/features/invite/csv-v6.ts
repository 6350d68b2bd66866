import { toCsv } from '@/api/csv';
import { INVITE_LEVELS, type UserToInvite } from '@/api/invites/schemas';
import { ACCESS_LEVEL_COLUMN, ESIGN_PROFILE_COLUMN, PERSON_COLUMNS, REGIONS_COLUMN, type ColumnSet } from '@/features/invite/csv-columns';
import { list, placeResolvers, resolve, same, splitCell, yesNo, type CsvFormat, type RowBuilder } from '@/features/invite/csv-rows';

/** The columns of a v6 bulk invite (invite_user), each with the header names people actually use for it. */
const V6_COLUMN_SPECS = {
  ...PERSON_COLUMNS,
  role: { label: 'role', aliases: ['role', 'role name', 'company role', 'roleId'] },
  accessLevel: ACCESS_LEVEL_COLUMN,
  defaultOffice: {
    label: 'defaultOffice',
    aliases: ['defaultOffice', 'default office', 'defaultOfficeId', 'primary office', 'home office'],
  },
  offices: { label: 'offices', aliases: ['offices', 'office', 'office names', 'additional offices'], list: true },
  regions: REGIONS_COLUMN,
  eSignProfile: ESIGN_PROFILE_COLUMN,
  notifications: {
    label: 'activityNotifications',
    aliases: ['activityNotifications', 'subscribeToRoomsActivityNotifications', 'notifications', 'activity notifications'],
  },
};

export type V6Column = keyof typeof V6_COLUMN_SPECS;

/** Role, access level, default office and profile may instead come from the defaults the user picks. */
export const V6_COLUMNS: ColumnSet<V6Column> = { columns: V6_COLUMN_SPECS, required: ['email', 'firstName', 'lastName'] };

export type InviteAccessLevel = (typeof INVITE_LEVELS)[number];

export type V6Context = {
  roles: readonly { roleId: number; name: string }[];
  offices: readonly { officeId: number; name: string; regionId?: number }[];
  regions: readonly { regionId: number; name: string }[];
  profiles: readonly { eSignPermissionProfileId: string; name: string }[];
  /** The levels the signed-in administrator may grant. */
  grantableLevels: readonly InviteAccessLevel[];
  /** Roles of the company the administrator may not give, told apart from names that are no role at all. */
  otherRoles?: readonly string[];
  /** The offices and regions the administrator oversees; absent means the whole company. */
  reachable?: { officeIds: ReadonlySet<number>; regionIds: ReadonlySet<number> };
  /** Used for a column the file does not have (or a blank cell). */
  defaults: { roleId?: number; accessLevel?: InviteAccessLevel; defaultOfficeId?: number; eSignPermissionProfileId?: string };
};

/** Each row as an invite_user body: names resolved to ids, blanks filled from the defaults. */
export function v6RowBuilder(context: V6Context): RowBuilder<V6Column> {
  const places = placeResolvers(context.offices, context.regions, context.reachable);
  return (read, person) => {
    const problem = read.problem;
    const pick = <T>(column: V6Column, what: string, fallback: T | undefined, parse: (value: string) => T | undefined): T | undefined => {
      const value = read.cell(column);
      if (value !== '') return parse(value);
      if (fallback === undefined) {
        const choice = what.startsWith('default ') ? what : `default ${what}`;
        const fix = read.mapped(column) ? `fill it in, or choose a ${choice} above` : `choose a ${choice} above, or add a column "${read.header(column)}"`;
        problem(column, `${read.blank(column)} and no ${choice} is chosen: ${fix}.`);
      }
      return fallback;
    };
    const roleId = pick('role', 'role', context.defaults.roleId, (value) => {
      const role = resolve(value, context.roles, (item) => item.name, (item) => item.roleId);
      const choices = list(context.roles.map((item) => item.name));
      const other = role ? undefined : context.otherRoles?.find((name) => same(name, value));
      if (other) problem('role', `You may not give the role "${other}". Choose one of: ${choices}.`);
      else if (!role) problem('role', `Unknown role "${value}". Choose one of: ${choices}.`);
      return role?.roleId;
    });
    const accessLevel = pick('accessLevel', 'access level', context.defaults.accessLevel, (value) => {
      const level = INVITE_LEVELS.find((item) => same(item, value));
      if (!level) problem('accessLevel', `Unknown access level "${value}". Use one of: ${list(INVITE_LEVELS)}.`);
      return level;
    });
    if (accessLevel && !context.grantableLevels.includes(accessLevel)) {
      problem('accessLevel', `You may not invite people at access level ${accessLevel}. You may grant: ${list(context.grantableLevels) || 'none'}.`);
    }
    const findOffice = (column: V6Column) => (value: string) => places.office((message) => problem(column, message), value);
    const defaultOfficeId = pick('defaultOffice', 'default office', context.defaults.defaultOfficeId, findOffice('defaultOffice'));
    const offices = splitCell(read.cell('offices')).map(findOffice('offices'));
    const regions = splitCell(read.cell('regions')).map((value) => places.region((message) => problem('regions', message), value));
    const profileId = pick('eSignProfile', 'eSignature permission profile', context.defaults.eSignPermissionProfileId, (value) => {
      const profile = resolve(value, context.profiles, (item) => item.name, (item) => item.eSignPermissionProfileId);
      if (!profile) problem('eSignProfile', `Unknown eSignature permission profile "${value}". Choose one of: ${list(context.profiles.map((item) => item.name))}.`);
      return profile?.eSignPermissionProfileId;
    });
    if (accessLevel === 'Region' && regions.length === 0 && !read.flagged('regions')) {
      const where = read.mapped('regions') ? `name them in column "${read.header('regions')}"` : `add a "${read.header('regions')}" column naming them`;
      problem('regions', `Access level Region needs at least one region: ${where} (you may use: ${places.usable.region}).`);
    }
    const subscribe = yesNo(read.cell('notifications'));
    if (subscribe === null) problem('notifications', `Column "${read.header('notifications')}": use yes or no, not "${read.cell('notifications')}".`);

    if (roleId === undefined || accessLevel === undefined || defaultOfficeId === undefined || profileId === undefined) return undefined;
    const officeIds = [...new Set([defaultOfficeId, ...(offices as number[])])];
    const invite: UserToInvite = {
      ...person,
      roleId,
      accessLevel,
      defaultOfficeId,
      eSignPermissionProfileId: profileId,
      ...(accessLevel === 'Office' || accessLevel === 'Contributor' ? { offices: officeIds } : {}),
      ...(accessLevel === 'Region' ? { regions: regions as number[] } : {}),
      ...(typeof subscribe === 'boolean' ? { subscribeToRoomsActivityNotifications: subscribe } : {}),
    };
    return { invite };
  };
}

export const v6Format = (context: V6Context): CsvFormat<V6Column> => ({ set: V6_COLUMNS, build: v6RowBuilder(context) });

/** A v6 template with one example row, using names (not ids) as an administrator would. */
export function buildV6Template(example: { role: string; office: string; profile: string }): string {
  const columns = Object.values(V6_COLUMNS.columns).map((column) => column.label);
  return toCsv(columns, [
    ['ada.agent@example.com', 'Ada', 'Agent', example.role, 'Contributor', example.office, example.office, '', example.profile, 'yes'],
  ]);
}
