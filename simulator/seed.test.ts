import { describe, expect, it } from 'vitest';
import type { Company } from './company';
import { PERMISSION_KEYS } from './permission-keys';
import { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID, seedCompanies } from './seed';
import { Store } from './store';
import type { Member } from './types';

const [harbor, cedar] = seedCompanies() as [Company, Company];

const member = (company: Company, email: string): Member => {
  const found = company.userByEmail(email);
  if (!found) throw new Error(`${email} is missing from ${company.account.name}`);
  return found;
};
const officeName = (company: Company, id: number): string | undefined => company.offices.get(id)?.name;
const regionName = (company: Company, id: number): string | undefined => company.regions.get(id)?.name;
const roleName = (company: Company, id: number | undefined): string | undefined =>
  id === undefined ? undefined : company.roles.get(id)?.name;
const snapshot = (company: Company): string =>
  JSON.stringify(company.usersInOrder('userId').map(({ member }) => member));

describe('Harbor & Pine Realty (v6) fixed core', () => {
  it('is a v6 company with the fixed account id', () => {
    expect(harbor.account).toMatchObject({ accountId: HARBOR_ACCOUNT_ID, name: 'Harbor & Pine Realty', companyVersion: 'v6' });
  });

  it('has Northeast (Boston Downtown, Cambridge) and West (San Diego) among about 25 offices in 5 regions', () => {
    const officesOf = (region: string) =>
      [...harbor.offices.values()].filter((office) => regionName(harbor, office.regionId) === region).map((office) => office.name);
    expect(officesOf('Northeast')).toEqual(expect.arrayContaining(['Boston Downtown', 'Cambridge']));
    expect(officesOf('West')).toContain('San Diego');
    expect(harbor.regions.size).toBe(5);
    expect(harbor.offices.size).toBeGreaterThanOrEqual(20);
  });

  it('has the named roles, one default for admins, two external, each with every Permissions switch', () => {
    const roles = [...harbor.roles.values()];
    expect(roles.map((role) => role.name)).toEqual(
      expect.arrayContaining(['Default Admin', 'Regional Manager', 'Office Manager', 'Agent', 'Buyer', 'Seller']),
    );
    expect(roles.filter((role) => role.isDefaultForAdmin).map((role) => role.name)).toEqual(['Default Admin']);
    expect(roles.filter((role) => role.isExternal).map((role) => role.name).sort()).toEqual(['Buyer', 'Seller']);
    expect(roles.filter((role) => !role.isExternal).length).toBeGreaterThanOrEqual(8);
    for (const role of roles) expect(Object.keys(role.permissions).sort()).toEqual([...PERMISSION_KEYS].sort());
  });

  it('gives the manager roles the user-management rights the stories rely on', () => {
    const permissions = (name: string) => [...harbor.roles.values()].find((role) => role.name === name)?.permissions;
    expect(Object.values(permissions('Default Admin') ?? {}).every(Boolean)).toBe(true);
    expect(permissions('Regional Manager')).toMatchObject({
      canAddMemberAndSetRoleLowerAccessLevel: true,
      canManageMemberLowerAccessLevel: true,
      canRemoveCompanyMemberLowerAccessLevel: true,
      canAddMemberAndSetRoleSameAccessLevel: false,
      canAddUsersToRooms: true,
    });
    expect(permissions('Office Manager')).toMatchObject({
      canManageMemberLowerAccessLevel: true,
      canAddMemberAndSetRoleLowerAccessLevel: false,
      canRemoveCompanyMemberLowerAccessLevel: false,
      canAddUsersToRooms: true,
    });
    const agent = permissions('Agent') ?? {};
    expect(Object.entries(agent).filter(([key, on]) => on && /Member|AddUsersToRooms/.test(key))).toEqual([]);
  });

  it('has the eSignature permission profiles with the spec settings', () => {
    expect(harbor.esignProfiles.map(({ name, settings }) => ({ name, settings }))).toEqual([
      { name: 'DS Admin', settings: { allowAccountManagement: true } },
      { name: 'DS Sender', settings: { allowAccountManagement: false } },
      { name: 'DS Viewer', settings: { allowAccountManagement: false } },
    ]);
  });

  it('has the four sign-in identities with their roles, levels and places', () => {
    const admin = member(harbor, 'admin@harborpine.example');
    expect([roleName(harbor, admin.roleId), admin.accessLevel]).toEqual(['Default Admin', 'Company']);
    const rita = member(harbor, 'rita.region@harborpine.example');
    expect([roleName(harbor, rita.roleId), rita.accessLevel, rita.regions.map((id) => regionName(harbor, id))]).toEqual([
      'Regional Manager',
      'Region',
      ['Northeast'],
    ]);
    const omar = member(harbor, 'omar.office@harborpine.example');
    expect([roleName(harbor, omar.roleId), omar.accessLevel, omar.offices.map((id) => officeName(harbor, id))]).toEqual([
      'Office Manager',
      'Office',
      ['Cambridge'],
    ]);
    const alex = member(harbor, 'alex.agent@harborpine.example');
    expect([roleName(harbor, alex.roleId), alex.accessLevel]).toEqual(['Agent', 'Contributor']);
    for (const identity of [admin, rita, omar, alex]) expect([identity.status, identity.isLockedOut]).toEqual(['Active', false]);
  });

  it('has the members with known states', () => {
    const maria = member(harbor, 'maria.garcia@harborpine.example');
    expect([maria.firstName, maria.lastName, maria.status, officeName(harbor, maria.defaultOfficeId)]).toEqual([
      'Maria',
      'Garcia',
      'Active',
      'Boston Downtown',
    ]);
    expect(member(harbor, 'peter.pending@harborpine.example').status).toBe('Pending');
    expect(member(harbor, 'lena.locked@harborpine.example').isLockedOut).toBe(true);
    expect(harbor.roomsOwnedBy(member(harbor, 'owen.owner@harborpine.example').userId).length).toBeGreaterThan(0);
  });

  it('spreads about 1,200 members so every scoped view has plenty, with a mix of states', () => {
    const members = harbor.usersInOrder('userId').map((entry) => entry.member);
    expect(members).toHaveLength(1200);
    const inOffice = (name: string) => members.filter((m) => officeName(harbor, m.defaultOfficeId) === name).length;
    expect(inOffice('Cambridge')).toBeGreaterThanOrEqual(15);
    expect(inOffice('Boston Downtown')).toBeGreaterThanOrEqual(50);
    expect(inOffice('San Diego')).toBeGreaterThan(0);
    const pending = members.filter((m) => m.status === 'Pending').length;
    const locked = members.filter((m) => m.isLockedOut).length;
    expect(pending / members.length).toBeGreaterThan(0.03);
    expect(pending / members.length).toBeLessThan(0.15);
    expect(locked).toBeGreaterThanOrEqual(5);
    expect(locked / members.length).toBeLessThan(0.05);
    expect(new Set(members.map((m) => m.email.toLowerCase())).size).toBe(members.length);
    expect(members.every((m) => m.email.endsWith('@harborpine.example'))).toBe(true);
    expect(harbor.rooms.size).toBeGreaterThanOrEqual(90);
  });
});

describe('Cedar Classic Homes (v5) fixed core', () => {
  it('is a v5 company with Springfield and Shelbyville in Central', () => {
    expect(cedar.account).toMatchObject({ accountId: CEDAR_ACCOUNT_ID, name: 'Cedar Classic Homes', companyVersion: 'v5' });
    const central = [...cedar.offices.values()].filter((office) => regionName(cedar, office.regionId) === 'Central');
    expect(central.map((office) => office.name).sort()).toEqual(['Shelbyville', 'Springfield']);
  });

  it('has the shared admin, the two managers and agents, with classic types and titles', () => {
    const admin = member(cedar, 'admin@harborpine.example');
    expect([admin.classicType, admin.accessLevel, admin.roleId]).toEqual(['Admin', 'Company', undefined]);
    const mona = member(cedar, 'mona.manager@cedarclassic.example');
    const milo = member(cedar, 'milo.manager@cedarclassic.example');
    expect(mona.classicType).toBe('Manager');
    expect(mona.classicPermissions?.canManageCompanyMembers).toBe(true);
    expect(milo.classicPermissions?.canManageCompanyMembers).toBe(false);
    for (const manager of [mona, milo]) expect(cedar.titles.get(manager.titleId ?? -1)).toBeDefined();
    const members = cedar.usersInOrder('userId').map((entry) => entry.member);
    expect(members.length).toBeGreaterThanOrEqual(250);
    const agents = members.filter((m) => m.classicType === 'Agent');
    expect(agents.length).toBeGreaterThan(200);
    expect(agents.every((agent) => agent.titleId === undefined && agent.classicPermissions === undefined)).toBe(true);
    expect(members.filter((m) => m.classicType === 'Manager').every((m) => m.titleId !== undefined)).toBe(true);
  });
});

describe('determinism and size', () => {
  it('generates exactly the same data every time', () => {
    const [again, cedarAgain] = seedCompanies() as [Company, Company];
    expect(snapshot(again)).toBe(snapshot(harbor));
    expect(snapshot(cedarAgain)).toBe(snapshot(cedar));
    expect(JSON.stringify([...again.rooms.values()])).toBe(JSON.stringify([...harbor.rooms.values()]));
  });

  it('changes generated members with another seed but keeps the fixed core and Cedar\'s size', () => {
    const [other] = seedCompanies({ seed: 7 }) as [Company, Company];
    expect(snapshot(other)).not.toBe(snapshot(harbor));
    for (const email of ['admin@harborpine.example', 'maria.garcia@harborpine.example', 'owen.owner@harborpine.example']) {
      expect(member(other, email)).toEqual(member(harbor, email));
    }
  });

  it('grows Harbor & Pine with the users option, quickly', () => {
    const started = performance.now();
    const [big, bigCedar] = seedCompanies({ users: 20_000 }) as [Company, Company];
    const elapsed = performance.now() - started;
    expect(big.userCount).toBe(20_000);
    expect(snapshot(bigCedar)).toBe(snapshot(cedar));
    expect(elapsed).toBeLessThan(3000);
  });

  it('gives identities stable GUIDs and lists the shared admin in both companies, Harbor & Pine first', () => {
    const store = new Store();
    const admin = store.identityByEmail('ADMIN@harborpine.example');
    expect(admin?.sub).toBe('4c1f8a2e-6b3d-4f9a-8e2c-5d7b1a9f3e60');
    expect(store.accountsOf('admin@harborpine.example').map((company) => company.account.name)).toEqual([
      'Harbor & Pine Realty',
      'Cedar Classic Homes',
    ]);
    const maria = store.identityByEmail('maria.garcia@harborpine.example');
    expect(maria?.sub).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(store.identityBySub(maria?.sub ?? '')?.email).toBe('maria.garcia@harborpine.example');
    expect(new Store().identityByEmail('maria.garcia@harborpine.example')?.sub).toBe(maria?.sub);
  });
});
