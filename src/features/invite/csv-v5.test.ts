import { describe, expect, it } from 'vitest';
import { describeMissingColumns, mapColumns } from '@/features/invite/csv-columns';
import { parseCsvText } from '@/features/invite/csv-file';
import { jobRowsOf } from '@/features/invite/csv-job';
import { buildPreview } from '@/features/invite/csv-rows';
import { buildV5Template, v5Format, V5_COLUMNS, type V5Context } from '@/features/invite/csv-v5';

/** Cedar Classic Homes as an Admin sees it: two offices in one region, and the titles current managers hold. */
const cedar: V5Context = {
  offices: [
    { officeId: 5201, name: 'Springfield' },
    { officeId: 5202, name: 'Shelbyville' },
  ],
  regions: [{ regionId: 20410, name: 'Central' }],
  titles: [
    { value: '7101', label: 'Title 7101' },
    { value: '7103', label: 'Title 7103' },
  ],
  grantableLevels: ['Contributor', 'Office', 'Region', 'Company'],
};
const members = new Map([['abby.agent@cedarclassic.example', 'Already a member of the company.']]);

function preview(csv: string, context = cedar) {
  const parsed = parseCsvText(csv);
  if (!parsed.ok) throw new Error(parsed.error);
  const mapping = mapColumns(parsed.table.headers, V5_COLUMNS);
  return { mapping, rows: buildPreview(parsed.table, mapping, v5Format(context), members) };
}

const HEADER = 'kind,email,firstName,lastName,office,title,accessLevel,offices,regions,canManageCompanyRooms,canManageCompanyMembers';
const messages = (row: { problems: { column: string; message: string }[] } | undefined) => row?.problems.map((problem) => [problem.column, problem.message]);

describe('v5 CSV columns', () => {
  it('takes a permission under its key, the words the wizard and the user page show, or its key in words', () => {
    const { columns } = mapColumns(['Office manager', 'Manage the shared library', 'Is region manager', 'canManageCompanyMembers'], V5_COLUMNS);
    expect(columns).toMatchObject({ isOfficeManager: 0, canManageCompanySharedLibrary: 1, isRegionManager: 2, canManageCompanyMembers: 3 });
  });

  it('maps the kind, office, title and permission columns by their aliases, in any case and spacing', () => {
    const { mapping } = preview('Type,E-mail Address,First Name,Surname,Default Office,Job Title,ACCESS LEVEL,Regions,Manage company members,can_manage_company_rooms,Notes\nAgent\n');
    expect(mapping.missing).toEqual([]);
    expect(mapping.ignored).toEqual(['Notes']);
    expect(mapping.columns).toEqual({
      kind: 0,
      email: 1,
      firstName: 2,
      lastName: 3,
      office: 4,
      title: 5,
      accessLevel: 6,
      regions: 7,
      canManageCompanyMembers: 8,
      canManageCompanyRooms: 9,
    });
  });

  it('needs a column naming the kind, and says which header names it accepts', () => {
    const { mapping } = preview('email,firstName,lastName,office\nx@y.example\n');
    expect(mapping.missing).toEqual(['kind']);
    expect(describeMissingColumns(mapping.missing, V5_COLUMNS)).toMatch(/^The file has no kind column\. Name one column "kind", "kind of user", "type", .*"role" \(any case\)\.$/);
  });
});

describe('v5 CSV rows', () => {
  it('turns each kind into the body of its classic endpoint, names resolved to ids', () => {
    const { rows } = preview(
      [
        HEADER,
        'admin,ann.admin@new.example,Ann,Admin,,,,,,,',
        'Manager,mia.manager@new.example,Mia,Manager,Springfield,title 7101,office,Shelbyville,,yes,no',
        'MANAGER,rex.region@new.example,Rex,Region,5202,7199,Region,,central,,Yes',
        'Agent,abe.agent@new.example,Abe,Agent,shelbyville,,Contributor,,,,',
      ].join('\n'),
    );
    expect(rows.map((row) => row.status)).toEqual(['ready', 'ready', 'ready', 'ready']);
    expect(rows[0]?.classic).toEqual({ type: 'Admin', body: { email: 'ann.admin@new.example', firstName: 'Ann', lastName: 'Admin' } });
    expect(rows[1]?.classic).toMatchObject({
      type: 'Manager',
      body: { titleId: 7101, accessLevel: 'Office', defaultOfficeId: 5201, offices: [5201, 5202], permissions: { canManageCompanyRooms: true, canManageCompanyMembers: false } },
    });
    // A title no current manager holds is taken by its id, as the single-invite form does.
    expect(rows[2]?.classic).toMatchObject({ type: 'Manager', body: { titleId: 7199, accessLevel: 'Region', defaultOfficeId: 5202, regions: [20410] } });
    expect(rows[2]?.classic?.type === 'Manager' && rows[2].classic.body.permissions.canManageCompanyMembers).toBe(true);
    expect(rows[3]?.classic).toEqual({ type: 'Agent', body: { email: 'abe.agent@new.example', firstName: 'Abe', lastName: 'Agent', officeId: 5202 } });
    expect(jobRowsOf(rows)[3]?.input).toMatchObject({ label: 'Abe Agent <abe.agent@new.example>', classic: { type: 'Agent' } });
  });

  it('says what is wrong, per cell: a bad kind, a Manager without a level, an unknown title, office or region', () => {
    const { rows } = preview(
      [
        HEADER,
        'Boss,bo@new.example,Bo,Boss,,,,,,,',
        'Manager,mo@new.example,Mo,Level,Springfield,Title 7101,,,,,',
        'Manager,ti@new.example,Ti,Title,Springfield,Broker,Office,,,,',
        'Agent,at@new.example,At,Lantis,Atlantis,,,,,,',
        'Manager,re@new.example,Re,Gion,Springfield,7101,Region,,Eastern,,',
        'Manager,no@new.example,No,Region,Springfield,7101,Region,,,,',
        ',bl@new.example,Bl,Ank,,,,,,,',
      ].join('\n'),
    );
    expect(rows.every((row) => row.status === 'invalid')).toBe(true);
    expect(messages(rows[0])).toEqual([['kind', 'Column "kind": Unknown kind "Boss". Use Admin, Manager or Agent.']]);
    expect(messages(rows[1])).toEqual([['accessLevel', 'Column "accessLevel" is empty: a Manager needs an access level (Company, Region, Office).']]);
    expect(messages(rows[2])).toEqual([['title', 'Column "title": Unknown title "Broker". Use a title current managers hold (Title 7101, Title 7103) or a title id.']]);
    expect(messages(rows[3])).toEqual([['office', 'Column "office": Unknown office "Atlantis". Known offices: Springfield, Shelbyville.']]);
    expect(messages(rows[4])).toEqual([['regions', 'Column "regions": Unknown region "Eastern". Known regions: Central.']]);
    expect(messages(rows[5])).toEqual([['regions', 'Column "regions" is empty: access level Region needs at least one region.']]);
    expect(messages(rows[6])).toEqual([['kind', 'Column "kind" is empty: say Admin, Manager or Agent.']]);
  });

  it('points out cells the kind does not take instead of dropping them, and a yes/no that is neither', () => {
    const { rows } = preview(
      [
        HEADER,
        'Agent,ag@new.example,Ag,Ent,Springfield,Title 7101,,,,yes,',
        'Admin,ad@new.example,Ad,Min,Springfield,,Office,,,,',
        'Manager,ma@new.example,Ma,Nager,Springfield,7101,Office,,Central,maybe,',
        'Agent,ao@new.example,Ao,Office,,,,,,,',
      ].join('\n'),
    );
    expect(messages(rows[0])).toEqual([
      ['title', 'Column "title": Agents have no title; leave it empty.'],
      ['canManageCompanyRooms', 'Column "canManageCompanyRooms": only Managers have manager permissions; leave it empty or no.'],
    ]);
    expect(messages(rows[1])).toEqual([
      ['office', 'Column "office": Admins have no office; leave it empty.'],
      ['accessLevel', 'Column "accessLevel": Admins always have access level Company; leave it empty.'],
    ]);
    expect(messages(rows[2])).toEqual([
      ['regions', 'Column "regions" is only for access level Region; this Manager is Office. Leave it empty.'],
      ['canManageCompanyRooms', 'Column "canManageCompanyRooms": use yes or no, not "maybe".'],
    ]);
    expect(messages(rows[3])).toEqual([['office', 'Column "office" is empty: an Agent needs an office.']]);
  });

  it('holds the administrator to what they may grant, with the single-invite form’s rules', () => {
    const regionManager = { ...cedar, grantableLevels: ['Contributor', 'Office', 'Region'] };
    const { rows } = preview(
      [HEADER, 'Admin,ad@new.example,Ad,Min,,,,,,,', 'Manager,co@new.example,Co,Mpany,Springfield,7101,Company,,,,', 'Agent,ok@new.example,Ok,Agent,Springfield,,,,,,'].join('\n'),
      regionManager,
    );
    expect(messages(rows[0])).toEqual([['kind', 'Column "kind": You may not invite an Admin: Admins get access level Company, which you may not grant.']]);
    expect(messages(rows[1])).toEqual([['accessLevel', 'Column "accessLevel": You may not grant access level Company.']]);
    expect(rows[2]?.status).toBe('ready');
  });

  it('sorts an existing member and a repeated address out of the ready rows', () => {
    const { rows } = preview(
      [HEADER, 'Agent,Abby.Agent@cedarclassic.example,Abby,Acker,Springfield,,,,,,', 'Agent,new@new.example,N,One,Springfield,,,,,,', 'Admin,NEW@new.example,N,Two,,,,,,,'].join('\n'),
    );
    expect(rows.map((row) => [row.status, row.note])).toEqual([
      ['member', 'Already a member of the company.'],
      ['ready', undefined],
      ['duplicate', 'Same email as line 3; only that line is sent.'],
    ]);
  });
});

describe('v5 eSignature profiles', () => {
  const withProfiles: V5Context = {
    ...cedar,
    profiles: [
      { eSignPermissionProfileId: '20418802', name: 'DS Sender' },
      { eSignPermissionProfileId: '20418803', name: 'DS Viewer' },
    ],
    defaultProfileId: '20418802',
  };

  it('reads a Manager\'s or Agent\'s profile by name under its aliases, the default when blank, and refuses one on an Admin', () => {
    const { mapping, rows } = preview(
      [
        'kind,email,firstName,lastName,office,title,accessLevel,eSignature profile',
        'Agent,ag@new.example,Ag,Ent,Springfield,,,ds viewer',
        'Manager,ma@new.example,Ma,Nager,Springfield,7101,Company,',
        'Agent,un@new.example,Un,Known,Springfield,,,DS Boss',
        'Admin,ad@new.example,Ad,Min,,,,DS Viewer',
      ].join('\n'),
      withProfiles,
    );
    expect(mapping.columns.eSignProfile).toBe(7);
    expect(rows.map((row) => row.status)).toEqual(['ready', 'ready', 'invalid', 'invalid']);
    expect(rows[0]?.classic).toMatchObject({ type: 'Agent', body: { eSignPermissionProfileId: '20418803' } });
    expect(rows[1]?.classic).toMatchObject({ type: 'Manager', body: { eSignPermissionProfileId: '20418802' } });
    expect(messages(rows[2])).toEqual([['eSignProfile', 'Column "eSignature profile": Unknown eSignature permission profile "DS Boss". Choose one of: DS Sender, DS Viewer.']]);
    expect(messages(rows[3])).toEqual([['eSignProfile', 'Column "eSignature profile": Admins have no eSignPermissionProfile; leave it empty.']]);
  });

  it('leaves the profile to the service when there is no list and no cell', () => {
    const { rows } = preview(['kind,email,firstName,lastName,office', 'Agent,ag@new.example,Ag,Ent,Springfield'].join('\n'));
    expect(rows[0]?.classic).toEqual({ type: 'Agent', body: { email: 'ag@new.example', firstName: 'Ag', lastName: 'Ent', officeId: 5201 } });
  });
});

describe('v5 template', () => {
  const example = { office: 'Springfield', otherOffice: 'Shelbyville', region: 'Central', title: 'Title 7101' };

  it('names the preselected eSignature profile for the Manager and the Agent', () => {
    const parsed = parseCsvText(buildV5Template({ ...example, profile: 'DS Sender', grantableLevels: cedar.grantableLevels }));
    if (!parsed.ok) throw new Error(parsed.error);
    const column = parsed.table.headers.indexOf('eSignPermissionProfile');
    expect(parsed.table.records.map((record) => [record.cells[0], record.cells[column]])).toEqual([
      ['Admin', ''],
      ['Manager', 'DS Sender'],
      ['Agent', 'DS Sender'],
    ]);
  });

  it('has every v5 column and an example of each kind that reads back as ready', () => {
    const template = buildV5Template({ ...example, grantableLevels: cedar.grantableLevels });
    const parsed = parseCsvText(template);
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.table.headers).toEqual(Object.values(V5_COLUMNS.columns).map((column) => column.label));
    expect(mapColumns(parsed.table.headers, V5_COLUMNS)).toMatchObject({ missing: [], ignored: [] });
    const { rows } = preview(template);
    expect(rows.map((row) => [row.status, row.classic?.type])).toEqual([
      ['ready', 'Admin'],
      ['ready', 'Manager'],
      ['ready', 'Agent'],
    ]);
  });

  it('shows only the kinds the administrator may invite', () => {
    const grantableLevels = ['Contributor', 'Office', 'Region'];
    const { rows } = preview(buildV5Template({ ...example, grantableLevels }), { ...cedar, grantableLevels });
    expect(rows.map((row) => [row.status, row.classic?.type])).toEqual([
      ['ready', 'Manager'],
      ['ready', 'Agent'],
    ]);
  });
});
