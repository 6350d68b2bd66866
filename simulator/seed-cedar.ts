/**
 * Cedar Classic Homes, the v5 ("classic") company: Admins, Managers with job titles and
 * ClassicManagerPermissions, and Agents. The fixed core comes first so its ids never move.
 */
import type { Faker } from '@faker-js/faker';
import { Company } from './company';
import * as presets from './role-presets';
import { CEDAR_REGIONS } from './seed-locations';
import { buildLocations, ownerInRoom, pastDate, personName, pickOffice, uniqueEmail, type Locations } from './seed-tools';
import type { AccessLevel, ClassicManagerPermissions, ClassicUserType, ESignPermissionProfile, Member, Office, Role, Title } from './types';

export const CEDAR_ACCOUNT_ID = '2b8e4f1c-9a3d-4c7e-b5f2-8e1d6a4c9b37';
export const CEDAR_DOMAIN = 'cedarclassic.example';
const CEDAR_USERS = 300;
const CREATED = '2016-02-09T10:41:07.310Z';
const FIRST_USER_ID = 960_001;

/** v5 manager job titles; `titleId` on a manager points here. */
export const CEDAR_TITLES: Title[] = [
  'Broker',
  'Managing Broker',
  'Office Manager',
  'Transaction Coordinator',
  'Compliance Officer',
  'Team Lead',
].map((name, index) => ({ titleId: 7101 + index, name }));

/** v5 has no custom roles; the roles list shows the classic types (with their legacy ids) and the external roles. */
const ROLES: Role[] = (
  [
    ['Admin', 'admin', presets.DEFAULT_ADMIN, false],
    ['Manager', 'manager', presets.REGIONAL_MANAGER, false],
    ['Agent', 'agent', presets.AGENT, false],
    ['Buyer', 'buyer', presets.EXTERNAL_PARTY, true],
    ['Seller', 'seller', presets.EXTERNAL_PARTY, true],
  ] as const
).map(([name, legacyRoleId, permissions, isExternal], index) => ({
  roleId: 188_401 + index,
  legacyRoleId,
  name,
  isDefaultForAdmin: name === 'Admin',
  isExternal,
  createdDate: CREATED,
  permissions,
}));

const PROFILES: ESignPermissionProfile[] = [
  { eSignPermissionProfileId: '20418801', name: 'DS Admin', settings: { allowAccountManagement: true }, rank: 3 },
  { eSignPermissionProfileId: '20418802', name: 'DS Sender', settings: { allowAccountManagement: false }, rank: 2 },
  { eSignPermissionProfileId: '20418803', name: 'DS Viewer', settings: { allowAccountManagement: false }, rank: 1 },
];

type CoreClassic = {
  email: string;
  firstName: string;
  lastName: string;
  type: ClassicUserType;
  accessLevel: AccessLevel;
  office: string;
  title?: string;
  canManageCompanyMembers?: boolean;
};

const CORE: CoreClassic[] = [
  { email: 'admin@harborpine.example', firstName: 'Avery', lastName: 'Stone', type: 'Admin', accessLevel: 'Company', office: 'Springfield' },
  { email: 'mona.manager@cedarclassic.example', firstName: 'Mona', lastName: 'Miller', type: 'Manager', accessLevel: 'Region', office: 'Springfield', title: 'Managing Broker', canManageCompanyMembers: true },
  { email: 'milo.manager@cedarclassic.example', firstName: 'Milo', lastName: 'Moreno', type: 'Manager', accessLevel: 'Office', office: 'Springfield', title: 'Transaction Coordinator', canManageCompanyMembers: false },
  { email: 'abby.agent@cedarclassic.example', firstName: 'Abby', lastName: 'Acker', type: 'Agent', accessLevel: 'Contributor', office: 'Shelbyville' },
];

export function seedCedar(faker: Faker): Company {
  const locations = buildLocations(CEDAR_REGIONS, 5201, 20_410, CREATED);
  const company = new Company({
    account: {
      accountId: CEDAR_ACCOUNT_ID,
      companyId: 418_977,
      name: 'Cedar Classic Homes',
      companyVersion: 'v5',
      defaultFieldSetId: '9a2e5c71-4b3f-4d08-8e6a-c1f7b2d9e354',
      requireOfficeLibraryAssignments: false,
      realEstate: true,
    },
    ...locations,
    roles: ROLES,
    titles: CEDAR_TITLES,
    esignProfiles: PROFILES,
    firstFreeUserId: FIRST_USER_ID + CEDAR_USERS,
  });
  const taken = new Set(CORE.map((core) => core.email));
  let nextId = FIRST_USER_ID;
  const add = (member: Omit<Member, 'userId'>): void => {
    company.addUser({ ...member, userId: nextId });
    nextId += 1;
  };

  for (const core of CORE) {
    const office = byName(locations, core.office);
    add({
      ...classicMember(core.type, core.accessLevel, office),
      email: core.email,
      firstName: core.firstName,
      lastName: core.lastName,
      ...(core.title === undefined ? {} : { titleId: titleId(core.title) }),
      ...(core.type === 'Manager' ? { classicPermissions: managerPermissions(core.accessLevel, core.canManageCompanyMembers === true, false) } : {}),
      createdDate: '2018-05-02T16:20:45.000Z',
    });
  }
  while (company.userCount < CEDAR_USERS) {
    const roll = faker.number.float();
    const type: ClassicUserType = roll < 0.01 ? 'Admin' : roll < 0.1 ? 'Manager' : 'Agent';
    const level: AccessLevel =
      type === 'Admin' ? 'Company' : type === 'Agent' ? 'Contributor' : faker.helpers.weightedArrayElement([
        { value: 'Office' as const, weight: 6 },
        { value: 'Region' as const, weight: 3 },
        { value: 'Company' as const, weight: 1 },
      ]);
    const office = pickOffice(faker, locations);
    const { firstName, lastName } = personName(faker);
    const pending = faker.number.float() < 0.06;
    const locked = !pending && faker.number.float() < 0.02;
    const createdDate = pending ? pastDate(faker, '2025-04-01', '2025-06-01') : pastDate(faker, '2016-03-01', '2025-04-01');
    add({
      ...classicMember(type, level, office),
      email: uniqueEmail(firstName, lastName, CEDAR_DOMAIN, taken),
      firstName,
      lastName,
      status: pending ? 'Pending' : 'Active',
      isLockedOut: locked,
      ...(locked ? { lockedReason: 'Locked while their rooms are reassigned.' } : {}),
      ...(type === 'Manager'
        ? {
            titleId: faker.helpers.arrayElement(CEDAR_TITLES).titleId,
            classicPermissions: managerPermissions(level, faker.number.float() < 0.4, faker.number.float() < 0.5),
          }
        : {}),
      createdDate,
      ...(pending ? { invitedDate: createdDate } : {}),
    });
  }
  seedRooms(faker, company);
  return company;
}

/** A couple of dozen rooms owned by active agents, so classic room invites have somewhere to go. */
function seedRooms(faker: Faker, company: Company): void {
  const agents = company
    .usersInOrder('userId')
    .map((entry) => entry.member)
    .filter((member) => member.classicType === 'Agent' && member.status === 'Active' && !member.isLockedOut);
  const agentRole = ROLES.find((role) => role.name === 'Agent')?.roleId ?? 0;
  for (let index = 0; index < 24; index += 1) {
    const owner = faker.helpers.arrayElement(agents);
    const office = company.offices.get(owner.defaultOfficeId);
    const createdDate = pastDate(faker, '2023-01-01', '2025-05-31');
    const closed = faker.number.float() < 0.15;
    const roomId = 6_230_001 + index;
    company.rooms.set(roomId, {
      roomId,
      name: `${faker.location.streetAddress()}, ${office?.city ?? 'Springfield'}`,
      officeId: owner.defaultOfficeId,
      createdDate,
      createdByUserId: owner.userId,
      roomOwnerIds: [owner.userId],
      participants: [ownerInRoom(owner, agentRole, index)],
      fieldDataLastUpdatedDate: createdDate,
      ...(closed ? { closedDate: pastDate(faker, createdDate, '2025-06-01'), closedStatusId: 'sold' } : {}),
    });
  }
}

type ClassicBase = Pick<
  Member,
  'classicType' | 'accessLevel' | 'status' | 'isLockedOut' | 'defaultOfficeId' | 'offices' | 'regions' | 'eSignPermissionProfileId' | 'classicPermissions'
>;

/** The parts of a classic member that follow from its type and level. */
function classicMember(type: ClassicUserType, level: AccessLevel, office: Office): ClassicBase {
  return {
    classicType: type,
    accessLevel: level,
    status: 'Active' as const,
    isLockedOut: false,
    defaultOfficeId: office.officeId,
    offices: level === 'Office' || level === 'Contributor' ? [office.officeId] : [],
    regions: level === 'Region' ? [office.regionId] : [],
    eSignPermissionProfileId: type === 'Admin' ? '20418801' : '20418802',
    ...(type === 'Admin' ? { classicPermissions: presets.CLASSIC_ADMIN } : {}),
  };
}

function managerPermissions(level: AccessLevel, canManageCompanyMembers: boolean, roomPowers: boolean): ClassicManagerPermissions {
  return {
    isVisibleInTransactionRooms: true,
    canDeleteCompanyRooms: false,
    canDeleteCompanyDocuments: roomPowers,
    canManageCompanyRooms: roomPowers,
    canManageCompanyAccount: false,
    canManageCompanySharedLibrary: roomPowers,
    canManageCompanyMembers,
    canCloseCompanyRooms: true,
    canApproveCompanyChecklists: true,
    isCompanySystemAdmin: false,
    isRegionManager: level === 'Region',
    isOfficeManager: level === 'Office',
    autoAccessToCompanyRooms: level === 'Company',
  };
}

function byName(locations: Locations, name: string): Office {
  const office = locations.offices.find((o) => o.name === name);
  if (!office) throw new Error(`no office ${name}`);
  return office;
}

function titleId(name: string): number {
  const title = CEDAR_TITLES.find((t) => t.name === name);
  if (!title) throw new Error(`no title ${name}`);
  return title.titleId;
}
