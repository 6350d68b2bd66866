/**
 * Inviting members: v6 invite_user (REFERENCE.md 2.6) and the v5 classic invites (2.10), with their bodies, the
 * levels, roles, profiles and places each identity may grant, the duplicate-email rule and the version rule.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company } from './company';
import { allUsers, CEDAR, created, failure, HARBOR, ok, startTestSimulator, User, type TestSimulator } from './test-support';

const ADMIN = 'admin@harborpine.example';
const RITA = 'rita.region@harborpine.example';
const MONA = 'mona.manager@cedarclassic.example';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const companies = () => sim.simulator.store.companies as [Company, Company];
const officeOf = (company: Company, name: string) => [...company.offices.values()].find((o) => o.name === name)?.officeId ?? -1;
const regionOf = (company: Company, name: string) => [...company.regions.values()].find((r) => r.name === name)?.regionId ?? -1;
const roleOf = (company: Company, name: string) => [...company.roles.values()].find((r) => r.name === name)?.roleId ?? -1;
const profileOf = (company: Company, name: string) => company.esignProfiles.find((p) => p.name === name)?.eSignPermissionProfileId ?? '';

describe('POST users/invite_user (v6)', () => {
  let harbor: Company;
  let n = 0;
  /** A valid Office-level invite in Boston Downtown, with a fresh address each time. */
  const invitee = (overrides: Record<string, unknown> = {}) => ({
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `ada.${(n += 1)}@example.com`,
    roleId: roleOf(harbor, 'Agent'),
    accessLevel: 'Office',
    defaultOfficeId: officeOf(harbor, 'Boston Downtown'),
    offices: [officeOf(harbor, 'Cambridge')],
    eSignPermissionProfileId: profileOf(harbor, 'DS Sender'),
    ...overrides,
  });
  const invite = (as: string, body: unknown) => sim.send(as, 'POST', `${HARBOR}/users/invite_user`, body);

  beforeAll(() => {
    sim.simulator.reset({ keepTokens: true });
    [harbor] = companies();
  });

  it('creates a Pending member with a new userId and answers 201 User', async () => {
    const body = invitee({ firstName: '  Ada ', email: 'ada.lovelace@example.com' });
    const user = created(User, await invite(ADMIN, body));
    expect(user).toMatchObject({
      email: 'ada.lovelace@example.com',
      firstName: 'Ada',
      status: 'Pending',
      isLockedOut: false,
      accessLevel: 'Office',
      roleId: roleOf(harbor, 'Agent'),
      defaultOfficeId: officeOf(harbor, 'Boston Downtown'),
      offices: [officeOf(harbor, 'Boston Downtown'), officeOf(harbor, 'Cambridge')],
      regions: [],
    });
    expect(user.userId).toBeGreaterThan(Math.max(...harbor.usersInOrder('userId').slice(0, -1).map((e) => e.member.userId)));
    expect(ok(User, await sim.call(ADMIN, `${HARBOR}/users/${user.userId}`))).toEqual(user);
    // Lists, filters and sort orders see the newcomer in the right place.
    const pending = await allUsers(sim, ADMIN, `${HARBOR}/users?status=Pending&sort=EmailAsc&filter=ada`);
    expect(pending.map((u) => u.email)).toContain('ada.lovelace@example.com');
    const emails = (await allUsers(sim, ADMIN, `${HARBOR}/users?sort=EmailAsc`)).map((u) => u.email.toLowerCase());
    expect(emails).toEqual([...emails].sort());
    // Pending members cannot use the API until they accept.
    expect(failure(await sim.call('ada.lovelace@example.com', `${HARBOR}/users`), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
  });

  it('puts a Contributor in the default office, and a Region member in the default office\'s region', async () => {
    const contributor = created(User, await invite(ADMIN, invitee({ accessLevel: 'contributor', offices: undefined })));
    expect(contributor).toMatchObject({ accessLevel: 'Contributor', offices: [officeOf(harbor, 'Boston Downtown')] });
    const regional = created(User, await invite(ADMIN, invitee({ accessLevel: 'Region', offices: undefined, regions: [regionOf(harbor, 'West')] })));
    expect(regional).toMatchObject({ accessLevel: 'Region', offices: [], regions: [regionOf(harbor, 'West'), regionOf(harbor, 'Northeast')] });
  });

  it('refuses an email that is already a member, in any case, with USER_ALREADY_EXISTS', async () => {
    for (const email of ['MARIA.Garcia@HarborPine.example', 'ADA.LOVELACE@example.com', 'peter.pending@harborpine.example']) {
      const error = failure(await invite(ADMIN, invitee({ email })), 400);
      expect(error).toMatchObject({ errorCode: 'USER_ALREADY_EXISTS', message: expect.stringContaining(email) });
    }
  });

  it.each([
    ['Region without regions', { accessLevel: 'Region', offices: undefined }, "'regions' is required"],
    ['Region with no region in the list', { accessLevel: 'Region', regions: [] }, "'regions' is required"],
    ['Office without offices', { offices: undefined }, "'offices' is required"],
    ['a malformed email', { email: 'ada.example.com' }, "'email' must be a valid email address."],
    ['an email without a domain dot', { email: 'ada@example' }, "'email' must be a valid email address."],
    ['an email with a space', { email: 'ada lovelace@example.com' }, "'email' must be a valid email address."],
    ['an unknown access level', { accessLevel: 'Boss' }, "'accessLevel' must be one of"],
    ['the undocumented Admin level', { accessLevel: 'Admin' }, "'accessLevel' Admin cannot be given"],
    ['an external role', { roleId: 299_921 }, "'roleId' 299921 is the external role 'Buyer'"],
    ['an unknown eSignature profile', { eSignPermissionProfileId: '123' }, "'eSignPermissionProfileId' '123' is not a profile"],
    ['a numeric eSignature profile id', { eSignPermissionProfileId: 10_915_499 }, "'eSignPermissionProfileId' must be a string."],
    ['a relative redirectUrl', { redirectUrl: '/welcome' }, "'redirectUrl' must be an absolute URL."],
    ['a blank last name', { lastName: ' ' }, "'lastName' must not be blank."],
  ])('answers 400 INVALID_REQUEST_BODY for %s', async (_case, overrides, message) => {
    const error = failure(await invite(ADMIN, invitee(overrides)), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_REQUEST_BODY', message: expect.stringContaining(message) });
  });

  it('names every missing required field at once', async () => {
    const error = failure(await invite(ADMIN, {}), 400);
    for (const field of ['firstName', 'lastName', 'email', 'roleId', 'accessLevel', 'defaultOfficeId', 'eSignPermissionProfileId']) {
      expect(error.message).toContain(`'${field}' is required.`);
    }
  });

  it('answers 404 for an unknown role, office or region', async () => {
    expect(failure(await invite(ADMIN, invitee({ roleId: 1 })), 404).message).toBe("The role '1' was not found.");
    expect(failure(await invite(ADMIN, invitee({ defaultOfficeId: 2 })), 404).message).toBe("The office '2' was not found.");
    expect(failure(await invite(ADMIN, invitee({ offices: [3] })), 404).message).toBe("The office '3' was not found.");
    expect(failure(await invite(ADMIN, invitee({ accessLevel: 'Region', regions: [4] })), 404).message).toBe("The region '4' was not found.");
  });

  it('lets Rita invite below her level in her region, and nothing more', async () => {
    const northeast = { defaultOfficeId: officeOf(harbor, 'Hartford'), offices: [officeOf(harbor, 'Providence')] };
    created(User, await invite(RITA, invitee({ ...northeast, roleId: roleOf(harbor, 'Office Manager') })));
    created(User, await invite(RITA, invitee({ ...northeast, accessLevel: 'Contributor', roleId: roleOf(harbor, 'Team Lead') })));
    const refusals: [Record<string, unknown>, string][] = [
      [{ ...northeast, accessLevel: 'Region', regions: [regionOf(harbor, 'Northeast')] }, 'This requires the permission canAddMemberAndSetRoleSameAccessLevel.'],
      [{ ...northeast, accessLevel: 'Company', offices: undefined }, 'The access level Company is above your own (Region).'],
      [{ defaultOfficeId: officeOf(harbor, 'San Diego'), offices: [officeOf(harbor, 'San Diego')] }, "The office 'San Diego' is outside the offices and regions you oversee."],
      [{ ...northeast, offices: [officeOf(harbor, 'Seattle')] }, "The office 'Seattle' is outside the offices and regions you oversee."],
      [{ ...northeast, eSignPermissionProfileId: profileOf(harbor, 'DS Admin') }, "You may not assign the eSignature permission profile 'DS Admin', which is above your own."],
      [{ ...northeast, roleId: roleOf(harbor, 'Default Admin') }, "You may not give the role 'Default Admin'"],
      [{ ...northeast, roleId: roleOf(harbor, 'Marketing Coordinator') }, "You may not give the role 'Marketing Coordinator'"],
    ];
    for (const [overrides, message] of refusals) {
      const error = failure(await invite(RITA, invitee(overrides)), 401);
      expect(error).toMatchObject({ errorCode: 'USER_LACKS_PERMISSIONS', message: expect.stringContaining(message) });
    }
  });

  it('refuses Omar and Alex, who may not add members', async () => {
    const cambridge = { defaultOfficeId: officeOf(harbor, 'Cambridge'), offices: undefined, accessLevel: 'Contributor' };
    expect(failure(await invite('omar.office@harborpine.example', invitee(cambridge)), 401).message).toBe(
      'This requires the permission canAddMemberAndSetRoleLowerAccessLevel.',
    );
    expect(failure(await invite('alex.agent@harborpine.example', invitee(cambridge)), 401).message).toBe(
      'This requires the permission canAddMemberAndSetRoleSameAccessLevel.',
    );
  });

  it('is refused on a v5 company with INVALID_COMPANY_VERSION, whatever the body', async () => {
    const error = failure(await sim.send(ADMIN, 'POST', `${CEDAR}/users/invite_user`, {}), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_COMPANY_VERSION', message: expect.stringContaining('invite_classic_') });
  });
});

describe('classic invites (v5)', () => {
  let cedar: Company;
  let n = 0;
  const email = () => `classic.${(n += 1)}@example.com`;
  const names = () => ({ firstName: 'Cal', lastName: 'Classic', email: email() });
  const inviteAs = (as: string, kind: 'admin' | 'manager' | 'agent', body: unknown) => sim.send(as, 'POST', `${CEDAR}/users/invite_classic_${kind}`, body);
  const manager = (overrides: Record<string, unknown> = {}) => ({
    ...names(),
    accessLevel: 'Office',
    defaultOfficeId: officeOf(cedar, 'Springfield'),
    offices: [officeOf(cedar, 'Springfield')],
    titleId: 7102,
    permissions: { canManageCompanyMembers: true, canCloseCompanyRooms: true },
    ...overrides,
  });

  beforeAll(() => {
    sim.simulator.reset({ keepTokens: true });
    [, cedar] = companies();
  });

  it('invites an Admin with names and email only: Company level, the switches the seeded Admins have', async () => {
    const user = created(User, await inviteAs(ADMIN, 'admin', { ...names(), accessLevel: 'Office', titleId: 7101 }));
    expect(user).toMatchObject({ status: 'Pending', accessLevel: 'Company', offices: [], regions: [] });
    expect(user.titleId).toBeUndefined();
    expect(user.roleId).toBeUndefined();
    expect(user.permissions).toEqual(cedar.userByEmail(ADMIN)?.classicPermissions);
    expect(user.permissions).toMatchObject({ canManageCompanyMembers: true, isCompanySystemAdmin: true });
  });

  it('invites a Manager with a title and ClassicManagerPermissions, switches left out being off', async () => {
    const user = created(User, await inviteAs(ADMIN, 'manager', manager({ accessLevel: 'region', offices: undefined, regions: [regionOf(cedar, 'Central')] })));
    expect(user).toMatchObject({ accessLevel: 'Region', titleId: 7102, regions: [regionOf(cedar, 'Central')], offices: [] });
    expect(user.permissions).toMatchObject({ canManageCompanyMembers: true, canCloseCompanyRooms: true, canManageCompanyAccount: false, isCompanySystemAdmin: false });
    expect(Object.keys(user.permissions ?? {})).toHaveLength(13);
    const byTitle = await allUsers(sim, ADMIN, `${CEDAR}/users?titleId=7102&status=Pending`);
    expect(byTitle.map((u) => u.userId)).toContain(user.userId);
  });

  it('invites an Agent into one office', async () => {
    const user = created(User, await inviteAs(ADMIN, 'agent', { ...names(), officeId: officeOf(cedar, 'Peoria'), companyTypeId: 'residential' }));
    expect(user).toMatchObject({ accessLevel: 'Contributor', defaultOfficeId: officeOf(cedar, 'Peoria'), offices: [officeOf(cedar, 'Peoria')] });
    expect(user.permissions).toBeUndefined();
  });

  it.each([
    ['a Manager at Contributor level', 'manager', () => manager({ accessLevel: 'Contributor' }), "'accessLevel' must be one of Company, Region, Office"],
    ['a Manager without a title', 'manager', () => manager({ titleId: undefined }), "'titleId' is required."],
    ['a Manager with an unknown title', 'manager', () => manager({ titleId: 9999 }), "'titleId' 9999 is not a manager title"],
    ['a Manager without permissions', 'manager', () => manager({ permissions: undefined }), "'permissions' is required."],
    ['a Manager with a switch that is not a boolean', 'manager', () => manager({ permissions: { canManageCompanyMembers: 'yes' } }), "'permissions.canManageCompanyMembers' must be true or false."],
    ['an Office Manager without offices', 'manager', () => manager({ offices: [] }), "'offices' is required"],
    ['a Region Manager without regions', 'manager', () => manager({ accessLevel: 'Region' }), "'regions' is required"],
    ['an Agent without an office', 'agent', () => names(), "'officeId' is required."],
    ['an Admin without an email', 'admin', () => ({ firstName: 'A', lastName: 'B' }), "'email' is required."],
  ] as const)('answers 400 INVALID_REQUEST_BODY for %s', async (_case, kind, body, message) => {
    const error = failure(await inviteAs(ADMIN, kind, body()), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_REQUEST_BODY', message: expect.stringContaining(message) });
  });

  it('refuses an email that is already a member, in any case', async () => {
    const error = failure(await inviteAs(ADMIN, 'agent', { ...names(), email: 'ABBY.Agent@CedarClassic.example', officeId: officeOf(cedar, 'Springfield') }), 400);
    expect(error.errorCode).toBe('USER_ALREADY_EXISTS');
  });

  it('lets Mona invite in Central up to her own level, and nothing above it or outside', async () => {
    created(User, await inviteAs(MONA, 'agent', { ...names(), officeId: officeOf(cedar, 'Shelbyville') }));
    created(User, await inviteAs(MONA, 'manager', manager({ accessLevel: 'Region', offices: undefined, regions: [regionOf(cedar, 'Central')] })));
    expect(failure(await inviteAs(MONA, 'agent', { ...names(), officeId: officeOf(cedar, 'Peoria') }), 401).message).toBe(
      "The office 'Peoria' is outside the offices and regions you oversee.",
    );
    expect(failure(await inviteAs(MONA, 'admin', names()), 401).message).toBe('The access level Company is above your own (Region).');
    expect(failure(await inviteAs(MONA, 'manager', manager({ accessLevel: 'Company', offices: undefined })), 401).message).toContain('above your own');
  });

  it('refuses Milo and Abby, who may not manage members', async () => {
    for (const as of ['milo.manager@cedarclassic.example', 'abby.agent@cedarclassic.example']) {
      const error = failure(await inviteAs(as, 'agent', { ...names(), officeId: officeOf(cedar, 'Springfield') }), 401);
      expect(error).toMatchObject({ errorCode: 'USER_LACKS_PERMISSIONS', message: 'This requires an Admin, or a Manager with the permission canManageCompanyMembers.' });
    }
  });

  it.each(['admin', 'manager', 'agent'])('refuses invite_classic_%s on a v6 company with INVALID_COMPANY_VERSION', async (kind) => {
    const error = failure(await sim.send(ADMIN, 'POST', `${HARBOR}/users/invite_classic_${kind}`, { firstName: 'A', lastName: 'B', email: email() }), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_COMPANY_VERSION', message: expect.stringContaining('use invite_user') });
  });
});
