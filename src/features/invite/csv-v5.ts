import { keyInWords, permissionLabel } from '@/api/classic-permissions';
import { toCsv } from '@/api/csv';
import { CLASSIC_MANAGER_PERMISSIONS } from '@/api/invites/schemas';
import { ACCESS_LEVEL_COLUMN, ESIGN_PROFILE_COLUMN, PERSON_COLUMNS, REGIONS_COLUMN, type ColumnSet, type ColumnSpec } from '@/features/invite/csv-columns';
import { list, placeResolvers, resolve, same, splitCell, yesNo, type CsvFormat, type RowBuilder, type RowReader } from '@/features/invite/csv-rows';
import { CLASSIC_TYPES, emptyV5Draft, KIND_LEVELS, MANAGER_LEVELS, validateV5, type ClassicType, type V5Draft } from '@/features/invite/v5-draft';

type Permission = (typeof CLASSIC_MANAGER_PERMISSIONS)[number];

/**
 * The columns of a v5 bulk invite: exactly what invite_classic_admin, _manager and _agent take. `office` is an
 * Agent's office and a Manager's default office; each classic manager permission is a yes/no column.
 */
const V5_COLUMN_SPECS = {
  kind: { label: 'kind', aliases: ['kind', 'kind of user', 'type', 'user type', 'userType', 'classic type', 'member type', 'role'] },
  ...PERSON_COLUMNS,
  office: { label: 'office', aliases: ['office', 'officeId', 'defaultOffice', 'default office', 'defaultOfficeId', 'primary office', 'home office'] },
  title: { label: 'title', aliases: ['title', 'titleId', 'title id', 'job title', 'manager title'] },
  accessLevel: ACCESS_LEVEL_COLUMN,
  offices: { label: 'offices', aliases: ['offices', 'other offices', 'additional offices', 'office names'], list: true },
  regions: REGIONS_COLUMN,
  eSignProfile: ESIGN_PROFILE_COLUMN,
  ...(Object.fromEntries(CLASSIC_MANAGER_PERMISSIONS.map((name): [Permission, ColumnSpec] => [name, { label: name, aliases: [name, permissionLabel(name), keyInWords(name)] }])) as Record<Permission, ColumnSpec>),
};

export type V5Column = keyof typeof V5_COLUMN_SPECS;

export const V5_COLUMNS: ColumnSet<V5Column> = { columns: V5_COLUMN_SPECS, required: ['kind', 'email', 'firstName', 'lastName'] };

export type V5Context = {
  offices: readonly { officeId: number; name: string }[];
  regions: readonly { regionId: number; name: string }[];
  /** The titles current managers hold ("Title 7101"); v5 has no titles endpoint, so any other id is taken as typed. */
  titles: readonly { value: string; label: string }[];
  /** The levels the signed-in administrator may grant. */
  grantableLevels: readonly string[];
  /** The offices and regions the administrator oversees; absent means the whole company. */
  reachable?: { officeIds: ReadonlySet<number>; regionIds: ReadonlySet<number> };
  /** The eSignature profiles the administrator may give; empty when the list could not be read. */
  profiles?: readonly { eSignPermissionProfileId: string; name: string }[];
  /** For a Manager or Agent whose cell is blank; absent leaves the profile to the service (DS Sender). */
  defaultProfileId?: string;
};

/** Which column says what is wrong with each field of the v5 form. */
const FIELD_COLUMNS: Partial<Record<keyof V5Draft, V5Column>> = {
  type: 'kind',
  email: 'email',
  firstName: 'firstName',
  lastName: 'lastName',
  titleId: 'title',
  accessLevel: 'accessLevel',
  defaultOfficeId: 'office',
  officeId: 'office',
  offices: 'offices',
  regions: 'regions',
  eSignPermissionProfileId: 'eSignProfile',
};

/** What a blank cell leaves out, in the words of a file rather than a form. */
const WHEN_EMPTY: Partial<Record<keyof V5Draft, string>> = {
  officeId: 'an Agent needs an office.',
  defaultOfficeId: 'a Manager needs a default office.',
  titleId: 'a Manager needs a title.',
  accessLevel: `a Manager needs an access level (${list(MANAGER_LEVELS)}).`,
  regions: 'access level Region needs at least one region.',
};

/** The columns a kind does not take: a value there would not be sent, so it is pointed out rather than dropped. */
const UNUSED: Record<ClassicType, readonly V5Column[]> = {
  Admin: ['office', 'title', 'offices', 'regions', 'eSignProfile'],
  Agent: ['title', 'offices', 'regions'],
  Manager: [],
};

function readKind(read: RowReader<V5Column>): ClassicType | undefined {
  const value = read.cell('kind');
  const kind = CLASSIC_TYPES.find((type) => same(type, value));
  if (!value) read.problem('kind', `Column "${read.header('kind')}" is empty: say Admin, Manager or Agent.`);
  else if (!kind) read.problem('kind', `Unknown kind "${value}". Use Admin, Manager or Agent.`);
  return kind;
}

/**
 * Each row as one of the three classic invites. The cells are read into the single-invite form's draft (names
 * resolved to ids) and checked by the form's own `validateV5`, so a file and the wizard accept the same invites.
 */
export function v5RowBuilder(context: V5Context): RowBuilder<V5Column> {
  const places = placeResolvers(context.offices, context.regions, context.reachable);
  const titleNames = list(context.titles.map((title) => title.label));
  return (read, person) => {
    const type = readKind(read);
    if (!type) return undefined;
    for (const column of UNUSED[type]) {
      if (read.cell(column)) read.problem(column, `Column "${read.header(column)}": ${type}s have no ${V5_COLUMN_SPECS[column].label}; leave it empty.`);
    }

    const findOffice = (column: V5Column) => (value: string) => {
      const officeId = places.office((message) => read.problem(column, message), value);
      return officeId === undefined ? undefined : String(officeId);
    };
    const officeCell = read.cell('office');
    const officeId = type !== 'Admin' && officeCell ? findOffice('office')(officeCell) : undefined;

    const levelCell = read.cell('accessLevel');
    let accessLevel: string | null = null;
    if (type === 'Manager' && levelCell) {
      accessLevel = MANAGER_LEVELS.find((level) => same(level, levelCell)) ?? null;
      if (!accessLevel) read.problem('accessLevel', `Unknown access level "${levelCell}". A Manager's level is one of: ${list(MANAGER_LEVELS)}.`);
    } else if (type !== 'Manager' && levelCell && !same(levelCell, KIND_LEVELS[type])) {
      read.problem('accessLevel', `Column "${read.header('accessLevel')}": ${type}s always have access level ${KIND_LEVELS[type]}; leave it empty.`);
    }

    const titleCell = read.cell('title');
    let titleId = '';
    if (type === 'Manager' && titleCell) {
      const title = resolve(titleCell, context.titles, (item) => item.label, (item) => item.value);
      titleId = title?.value ?? (/^\d+$/.test(titleCell) ? titleCell : '');
      if (!titleId) read.problem('title', `Unknown title "${titleCell}". Use a title current managers hold (${titleNames || 'none yet'}) or a title id.`);
    }

    const offices = type === 'Manager' ? splitCell(read.cell('offices')).map(findOffice('offices')) : [];
    const regions =
      type === 'Manager'
        ? splitCell(read.cell('regions')).map((value) => {
            const regionId = places.region((message) => read.problem('regions', message), value);
            return regionId === undefined ? undefined : String(regionId);
          })
        : [];
    if (type === 'Manager' && accessLevel) {
      if (offices.length > 0 && accessLevel !== 'Office' && !read.flagged('offices')) {
        read.problem('offices', `Column "${read.header('offices')}" is only for access level Office; this Manager is ${accessLevel}. Leave it empty.`);
      }
      if (regions.length > 0 && accessLevel !== 'Region' && !read.flagged('regions')) {
        read.problem('regions', `Column "${read.header('regions')}" is only for access level Region; this Manager is ${accessLevel}. Leave it empty.`);
      }
    }

    const permissions = CLASSIC_MANAGER_PERMISSIONS.filter((name) => {
      const value = yesNo(read.cell(name));
      if (value === null) read.problem(name, `Column "${read.header(name)}": use yes or no, not "${read.cell(name)}".`);
      else if (value && type !== 'Manager') read.problem(name, `Column "${read.header(name)}": only Managers have manager permissions; leave it empty or no.`);
      return value === true;
    });

    const profileCell = read.cell('eSignProfile');
    let profileId = type === 'Admin' ? null : (context.defaultProfileId ?? null);
    if (type !== 'Admin' && profileCell) {
      const profiles = context.profiles ?? [];
      const profile = resolve(profileCell, profiles, (item) => item.name, (item) => item.eSignPermissionProfileId);
      profileId = profile?.eSignPermissionProfileId ?? null;
      if (!profile) {
        read.problem(
          'eSignProfile',
          profiles.length > 0
            ? `Unknown eSignature permission profile "${profileCell}". Choose one of: ${list(profiles.map((item) => item.name))}.`
            : `The eSignature permission profiles could not be read, so "${profileCell}" cannot be checked. Leave the column empty for the service's default (DS Sender).`,
        );
      }
    }

    const draft: V5Draft = {
      ...emptyV5Draft(),
      ...person,
      type,
      titleId,
      accessLevel,
      permissions,
      offices: offices.filter((id) => id !== undefined),
      regions: regions.filter((id) => id !== undefined),
      defaultOfficeId: type === 'Manager' ? (officeId ?? null) : null,
      officeId: type === 'Agent' ? (officeId ?? null) : null,
      eSignPermissionProfileId: profileId,
    };
    const result = validateV5(draft, context.grantableLevels);
    if (result.ok) return { classic: result.request };
    for (const [field, message] of Object.entries(result.errors) as [keyof V5Draft, string][]) {
      const column = FIELD_COLUMNS[field];
      if (!column || read.flagged(column)) continue;
      const empty = WHEN_EMPTY[field];
      read.problem(column, !read.cell(column) && empty ? `${read.blank(column)}: ${empty}` : message);
    }
    return undefined;
  };
}

export const v5Format = (context: V5Context): CsvFormat<V5Column> => ({ set: V5_COLUMNS, build: v5RowBuilder(context) });

type TemplateExample = { office: string; otherOffice?: string; region: string; title: string; profile?: string; grantableLevels: readonly string[] };

/**
 * A v5 template with an example row for each kind the administrator may invite (every kind when they may invite
 * none), using names as an administrator would.
 */
export function buildV5Template(example: TemplateExample): string {
  const columns = Object.values(V5_COLUMNS.columns).map((column) => column.label);
  const may = (type: ClassicType) =>
    type === 'Manager' ? MANAGER_LEVELS.some((level) => example.grantableLevels.includes(level)) : example.grantableLevels.includes(KIND_LEVELS[type]);
  const kinds = CLASSIC_TYPES.some(may) ? CLASSIC_TYPES.filter(may) : CLASSIC_TYPES;
  const level = (['Office', 'Region', 'Company'] as const).find((item) => example.grantableLevels.includes(item)) ?? 'Office';
  const permissions = (granted: readonly Permission[]) => CLASSIC_MANAGER_PERMISSIONS.map((name) => (granted.includes(name) ? 'yes' : 'no'));
  const rows: Record<ClassicType, string[]> = {
    Admin: ['Admin', 'avery.admin@example.com', 'Avery', 'Admin', '', '', '', '', '', '', ...CLASSIC_MANAGER_PERMISSIONS.map(() => '')],
    Manager: [
      'Manager',
      'mia.manager@example.com',
      'Mia',
      'Manager',
      example.office,
      example.title,
      level,
      level === 'Office' ? (example.otherOffice ?? '') : '',
      level === 'Region' ? example.region : '',
      example.profile ?? '',
      ...permissions(['canManageCompanyRooms', 'canCloseCompanyRooms', 'isVisibleInTransactionRooms']),
    ],
    Agent: ['Agent', 'abe.agent@example.com', 'Abe', 'Agent', example.office, '', '', '', '', example.profile ?? '', ...CLASSIC_MANAGER_PERMISSIONS.map(() => '')],
  };
  return toCsv(columns, kinds.map((kind) => rows[kind]));
}
