/**
 * Harbor & Pine Realty, the v6 company: the fixed core of DECISIONS.md first (same ids every time), then
 * managers for every region and office, then generated members up to the requested size, then rooms.
 */
import type { Faker } from '@faker-js/faker';
import { Company } from './company';
import type { Permissions } from './permission-keys';
import * as presets from './role-presets';
import { HARBOR_REGIONS } from './seed-locations';
import { buildLocations, ownerInRoom, pastDate, personName, pickOffice, uniqueEmail, type Locations } from './seed-tools';
import type { AccessLevel, ESignPermissionProfile, Member, Office, Role } from './types';

export const HARBOR_ACCOUNT_ID = '7f3c2a9e-5b1d-4e8a-9c6f-2d4b8e1a3f50';
export const HARBOR_DOMAIN = 'harborpine.example';
export const HARBOR_DEFAULT_USERS = 1200;
/** Below this the regions stop having the spread of people the fixed core's stories rely on. */
export const HARBOR_MIN_USERS = 300;

const CREATED = '2019-07-31T17:13:29.697Z';
const FIRST_USER_ID = 1_840_001;

type RoleName =
  | 'Default Admin'
  | 'Agent'
  | 'Regional Manager'
  | 'Office Manager'
  | 'Transaction Coordinator'
  | 'Team Lead'
  | 'Compliance Reviewer'
  | 'Marketing Coordinator'
  | 'Buyer'
  | 'Seller';

const ROLE_TABLE: [RoleName, Permissions, { external?: boolean; admin?: boolean }][] = [
  ['Default Admin', presets.DEFAULT_ADMIN, { admin: true }],
  ['Agent', presets.AGENT, {}],
  ['Regional Manager', presets.REGIONAL_MANAGER, {}],
  ['Office Manager', presets.OFFICE_MANAGER, {}],
  ['Transaction Coordinator', presets.TRANSACTION_COORDINATOR, {}],
  ['Team Lead', presets.TEAM_LEAD, {}],
  ['Compliance Reviewer', presets.COMPLIANCE_REVIEWER, {}],
  ['Marketing Coordinator', presets.MARKETING_COORDINATOR, {}],
  ['Buyer', presets.EXTERNAL_PARTY, { external: true }],
  ['Seller', presets.EXTERNAL_PARTY, { external: true }],
];

const ROLES: Role[] = ROLE_TABLE.map(([name, permissions, flags], index) => ({
  roleId: 299_913 + index,
  name,
  isDefaultForAdmin: flags.admin === true,
  isExternal: flags.external === true,
  createdDate: CREATED,
  permissions,
}));

const PROFILES: ESignPermissionProfile[] = [
  { eSignPermissionProfileId: '10915498', name: 'DS Admin', settings: { allowAccountManagement: true }, rank: 3 },
  { eSignPermissionProfileId: '10915499', name: 'DS Sender', settings: { allowAccountManagement: false }, rank: 2 },
  { eSignPermissionProfileId: '10915500', name: 'DS Viewer', settings: { allowAccountManagement: false }, rank: 1 },
];

type ProfileName = 'DS Admin' | 'DS Sender' | 'DS Viewer';

type CoreMember = {
  email: string;
  firstName: string;
  lastName: string;
  role: RoleName;
  accessLevel: AccessLevel;
  office: string;
  regions?: string[];
  profile: ProfileName;
  status?: 'Pending';
  lockedReason?: string;
};

/** The fixed core: names, levels and places that cases and tests refer to. */
const CORE: CoreMember[] = [
  { email: 'admin@harborpine.example', firstName: 'Avery', lastName: 'Stone', role: 'Default Admin', accessLevel: 'Company', office: 'Boston Downtown', profile: 'DS Admin' },
  { email: 'rita.region@harborpine.example', firstName: 'Rita', lastName: 'Ramos', role: 'Regional Manager', accessLevel: 'Region', office: 'Boston Downtown', regions: ['Northeast'], profile: 'DS Sender' },
  { email: 'omar.office@harborpine.example', firstName: 'Omar', lastName: 'Okafor', role: 'Office Manager', accessLevel: 'Office', office: 'Cambridge', profile: 'DS Sender' },
  { email: 'alex.agent@harborpine.example', firstName: 'Alex', lastName: 'Alvarez', role: 'Agent', accessLevel: 'Contributor', office: 'Cambridge', profile: 'DS Sender' },
  { email: 'maria.garcia@harborpine.example', firstName: 'Maria', lastName: 'Garcia', role: 'Agent', accessLevel: 'Contributor', office: 'Boston Downtown', profile: 'DS Sender' },
  { email: 'peter.pending@harborpine.example', firstName: 'Peter', lastName: 'Pendleton', role: 'Agent', accessLevel: 'Contributor', office: 'Cambridge', profile: 'DS Sender', status: 'Pending' },
  { email: 'lena.locked@harborpine.example', firstName: 'Lena', lastName: 'Lockhart', role: 'Agent', accessLevel: 'Contributor', office: 'Cambridge', profile: 'DS Sender', lockedReason: 'Left the company; her rooms are being reassigned.' },
  { email: 'owen.owner@harborpine.example', firstName: 'Owen', lastName: 'Oliver', role: 'Agent', accessLevel: 'Contributor', office: 'Boston Downtown', profile: 'DS Sender' },
];

/** How generated members spread over roles: [role, level, profile, share]. Agents take the rest. */
const ROLE_MIX: [RoleName, AccessLevel, ProfileName, number][] = [
  ['Default Admin', 'Company', 'DS Admin', 0.015],
  ['Team Lead', 'Office', 'DS Sender', 0.04],
  ['Transaction Coordinator', 'Contributor', 'DS Sender', 0.08],
  ['Compliance Reviewer', 'Region', 'DS Viewer', 0.02],
  ['Marketing Coordinator', 'Contributor', 'DS Viewer', 0.025],
];

/** Walks the cumulative shares of ROLE_MIX; a roll past them all is an Agent. */
function pickRole(roll: number): [RoleName, AccessLevel, ProfileName] {
  let threshold = 0;
  for (const [role, level, profile, share] of ROLE_MIX) {
    threshold += share;
    if (roll < threshold) return [role, level, profile];
  }
  return ['Agent', 'Contributor', 'DS Sender'];
}

export function seedHarbor(faker: Faker, users: number): Company {
  if (users < HARBOR_MIN_USERS) throw new Error(`Harbor & Pine needs at least ${HARBOR_MIN_USERS} users, not ${users}`);
  const locations = buildLocations(HARBOR_REGIONS, 4101, 11_860, CREATED);
  const company = new Company({
    account: {
      accountId: HARBOR_ACCOUNT_ID,
      companyId: 418_203,
      name: 'Harbor & Pine Realty',
      companyVersion: 'v6',
      defaultFieldSetId: '3d9f6b2a-8c41-4e7b-a5d3-1f2e9c7b6a04',
      requireOfficeLibraryAssignments: false,
      realEstate: true,
    },
    ...locations,
    roles: ROLES,
    titles: [],
    esignProfiles: PROFILES,
    firstFreeUserId: FIRST_USER_ID + users,
  });
  const build = new MemberBuilder(faker, company, locations);

  CORE.forEach((core) => build.core(core));
  for (const region of locations.regions.filter((region) => region.name !== 'Northeast')) {
    const office = faker.helpers.arrayElement(locations.offices.filter((o) => o.regionId === region.regionId));
    build.generated('Regional Manager', 'Region', 'DS Sender', office);
  }
  for (const office of locations.offices.filter((office) => office.name !== 'Cambridge')) {
    build.generated('Office Manager', 'Office', 'DS Sender', office);
  }
  while (company.userCount < users) {
    const [role, level, profile] = pickRole(faker.number.float());
    build.generated(role, level, profile, pickOffice(faker, locations));
  }
  seedRooms(faker, company, locations);
  return company;
}

class MemberBuilder {
  private readonly taken = new Set<string>(CORE.map((core) => core.email));
  private nextId = FIRST_USER_ID;

  constructor(
    private readonly faker: Faker,
    private readonly company: Company,
    private readonly locations: Locations,
  ) {}

  core(core: CoreMember): void {
    const office = this.office(core.office);
    const regions = (core.regions ?? []).map((name) => this.locations.regions.find((r) => r.name === name)?.regionId ?? 0);
    this.add({
      email: core.email,
      firstName: core.firstName,
      lastName: core.lastName,
      isLockedOut: core.lockedReason !== undefined,
      ...(core.lockedReason === undefined ? {} : { lockedReason: core.lockedReason }),
      status: core.status ?? 'Active',
      accessLevel: core.accessLevel,
      roleId: roleId(core.role),
      defaultOfficeId: office.officeId,
      offices: levelOffices(core.accessLevel, office.officeId),
      regions,
      eSignPermissionProfileId: profileId(core.profile),
      createdDate: '2021-03-15T14:02:11.000Z',
      ...(core.status === 'Pending' ? { invitedDate: '2025-05-20T09:30:00.000Z' } : {}),
    });
  }

  generated(role: RoleName, level: AccessLevel, profile: ProfileName, office: Office): void {
    const { faker } = this;
    const { firstName, lastName } = personName(faker);
    const pending = faker.number.float() < 0.08;
    const locked = !pending && faker.number.float() < 0.025;
    const offices = levelOffices(level, office.officeId);
    const sameRegion = this.locations.offices.filter((o) => o.regionId === office.regionId && o.officeId !== office.officeId);
    if (offices.length > 0 && sameRegion.length > 0 && faker.number.float() < 0.1) {
      offices.push(faker.helpers.arrayElement(sameRegion).officeId);
    }
    const createdDate = pending ? pastDate(faker, '2025-04-01', '2025-06-01') : pastDate(faker, '2019-08-01', '2025-04-01');
    this.add({
      email: uniqueEmail(firstName, lastName, HARBOR_DOMAIN, this.taken),
      firstName,
      lastName,
      isLockedOut: locked,
      ...(locked ? { lockedReason: 'Locked while their rooms are reassigned.' } : {}),
      status: pending ? 'Pending' : 'Active',
      accessLevel: level,
      roleId: roleId(role),
      defaultOfficeId: office.officeId,
      offices,
      regions: level === 'Region' ? [office.regionId] : [],
      eSignPermissionProfileId: profileId(profile),
      createdDate,
      ...(pending ? { invitedDate: createdDate } : {}),
    });
  }

  private add(member: Omit<Member, 'userId'>): void {
    this.company.addUser({ ...member, userId: this.nextId });
    this.nextId += 1;
  }

  private office(name: string): Office {
    const office = this.locations.offices.find((o) => o.name === name);
    if (!office) throw new Error(`no office ${name}`);
    return office;
  }
}

/** Office and Contributor members belong to offices; Region and Company members do not. */
function levelOffices(level: AccessLevel, defaultOfficeId: number): number[] {
  return level === 'Office' || level === 'Contributor' ? [defaultOfficeId] : [];
}

function roleId(name: RoleName): number {
  const role = ROLES.find((r) => r.name === name);
  if (!role) throw new Error(`no role ${name}`);
  return role.roleId;
}

function profileId(name: ProfileName): string {
  const profile = PROFILES.find((p) => p.name === name);
  if (!profile) throw new Error(`no profile ${name}`);
  return profile.eSignPermissionProfileId;
}

/** About a hundred rooms; owen.owner owns several so removing him must be refused. */
function seedRooms(faker: Faker, company: Company, locations: Locations): void {
  const owners = company
    .usersInOrder('userId')
    .map((entry) => entry.member)
    .filter((member) => member.status === 'Active' && member.accessLevel === 'Contributor' && !member.isLockedOut);
  const owen = company.userByEmail('owen.owner@harborpine.example');
  for (let index = 0; index < 100; index += 1) {
    const owner = index < 3 && owen ? owen : faker.helpers.arrayElement(owners);
    const office = locations.offices.find((o) => o.officeId === owner.defaultOfficeId) ?? pickOffice(faker, locations);
    const createdDate = pastDate(faker, '2023-01-01', '2025-05-31');
    const closed = faker.number.float() < 0.15;
    company.rooms.set(5_120_001 + index, {
      roomId: 5_120_001 + index,
      name: `${faker.location.streetAddress()}, ${office.city}`,
      officeId: office.officeId,
      createdDate,
      createdByUserId: owner.userId,
      roomOwnerIds: [owner.userId],
      participants: [ownerInRoom(owner, owner.roleId ?? 0, index)],
      fieldDataLastUpdatedDate: createdDate,
      ...(closed ? { closedDate: pastDate(faker, createdDate, '2025-06-01'), closedStatusId: 'sold' } : {}),
    });
  }
}
