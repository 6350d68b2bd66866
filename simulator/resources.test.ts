import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CEDAR,
  CEDAR_ACCOUNT_ID,
  failure,
  HARBOR,
  HARBOR_ACCOUNT_ID,
  ok,
  Office,
  OfficeSummaryList,
  Region,
  RegionSummaryList,
  Role,
  RoleSummaryList,
  startTestSimulator,
  type TestSimulator,
} from './test-support';

const ADMIN = 'admin@harborpine.example';
let sim: TestSimulator;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

const AccountSummary = z.strictObject({
  companyId: z.number().int(),
  name: z.string(),
  companyVersion: z.enum(['v5', 'v6']),
  docuSignAccountGuid: z.string(),
  defaultFieldSetId: z.uuid(),
  requireOfficeLibraryAssignments: z.boolean(),
});
const ESignPermissionProfileList = z.strictObject({
  permissionProfiles: z.array(
    z.strictObject({ eSignPermissionProfileId: z.string(), name: z.string(), settings: z.strictObject({ allowAccountManagement: z.boolean() }) }),
  ),
});

describe('GET /v2/accounts/{accountId}', () => {
  it('tells v6 from v5 with companyVersion', async () => {
    expect(ok(AccountSummary, await sim.call(ADMIN, HARBOR))).toMatchObject({
      name: 'Harbor & Pine Realty',
      companyVersion: 'v6',
      docuSignAccountGuid: HARBOR_ACCOUNT_ID,
    });
    expect(ok(AccountSummary, await sim.call(ADMIN, CEDAR))).toMatchObject({ companyVersion: 'v5', docuSignAccountGuid: CEDAR_ACCOUNT_ID });
  });
});

describe('offices', () => {
  it('lists every office with realistic addresses, paged', async () => {
    const all = ok(OfficeSummaryList, await sim.call(ADMIN, `${HARBOR}/offices`));
    expect(all.totalRowCount).toBe(25);
    expect(all.officeSummaries.find((o) => o.name === 'Cambridge')).toMatchObject({ city: 'Cambridge', stateId: 'US-MA', timeZoneId: 'eastern' });
    const page = ok(OfficeSummaryList, await sim.call(ADMIN, `${HARBOR}/offices?count=10&startPosition=20`));
    expect(page).toMatchObject({ resultSetSize: 5, startPosition: 20, endPosition: 24, nextUri: null });
    expect(page.priorUri).toBe(`${HARBOR}/offices?startPosition=10&count=10`);
  });

  it('searches names by substring, case-insensitively', async () => {
    const found = ok(OfficeSummaryList, await sim.call(ADMIN, `${HARBOR}/offices?search=BRIDGE`));
    expect(found.officeSummaries.map((o) => o.name)).toEqual(['Cambridge']);
  });

  it('returns one office, 404 for an unknown id, 400 for bad values', async () => {
    const cambridge = ok(Office, await sim.call(ADMIN, `${HARBOR}/offices/11861`));
    expect(cambridge.name).toBe('Cambridge');
    expect(failure(await sim.call(ADMIN, `${HARBOR}/offices/1`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
    expect(failure(await sim.call(ADMIN, `${HARBOR}/offices/x`), 400).message).toContain("'officeId'");
    expect(failure(await sim.call(ADMIN, `${HARBOR}/offices?onlyAccessible=maybe`), 400).message).toContain("'onlyAccessible'");
    expect(failure(await sim.call(ADMIN, `${HARBOR}/offices?count=500`), 400).message).toContain("'count'");
  });
});

describe('regions', () => {
  it('lists regions and returns one', async () => {
    const list = ok(RegionSummaryList, await sim.call(ADMIN, `${HARBOR}/regions`));
    expect(list.regionSummaries.map((r) => r.name)).toEqual(['Midwest', 'Mountain', 'Northeast', 'Southeast', 'West']);
    const northeast = list.regionSummaries.find((r) => r.name === 'Northeast');
    expect(ok(Region, await sim.call(ADMIN, `${HARBOR}/regions/${northeast?.regionId}`)).name).toBe('Northeast');
    expect(failure(await sim.call(ADMIN, `${HARBOR}/regions/99`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
    expect(failure(await sim.call(ADMIN, `${HARBOR}/regions?managedOnly=2`), 400).message).toContain("'managedOnly'");
  });
});

describe('roles', () => {
  const names = async (email: string, query = '') =>
    ok(RoleSummaryList, await sim.call(email, `${HARBOR}/roles${query}`)).roles.map((r) => r.name);

  it('lists all roles for anyone, with a name-prefix filter', async () => {
    expect(await names('alex.agent@harborpine.example')).toHaveLength(10);
    expect(await names(ADMIN, '?filter=of')).toEqual(['Office Manager']);
    expect(await names(ADMIN, '?filterContext=AllRoles&filter=zzz')).toEqual([]);
  });

  it('keeps only roles within the caller\'s own permissions for the assignable contexts', async () => {
    expect(await names(ADMIN, '?filterContext=AssignableRolesBasedOnAllPermissions')).toHaveLength(10);
    const rita = await names('rita.region@harborpine.example', '?filterContext=AssignableRolesBasedOnAllPermissions');
    expect(rita).toEqual(expect.arrayContaining(['Agent', 'Office Manager', 'Regional Manager', 'Transaction Coordinator']));
    expect(rita).not.toContain('Default Admin');
    expect(rita).not.toContain('Compliance Reviewer'); // it may approve task lists, which Rita may not
    const omarCompany = await names('omar.office@harborpine.example', '?filterContext=AssignableRolesBasedOnCompanyPermissions');
    expect(omarCompany).toContain('Office Manager');
    expect(omarCompany).not.toContain('Regional Manager');
    expect(omarCompany).not.toContain('Team Lead'); // it may change roles, which Omar may not
    expect(await names('omar.office@harborpine.example', '?onlyAssignable=true')).toEqual(omarCompany);
    const alex = await names('alex.agent@harborpine.example', '?filterContext=assignablerolesbasedoncompanypermissions');
    expect(alex).not.toContain('Office Manager');
    expect(alex).toContain('Agent');
  });

  it('rejects an unknown filterContext', async () => {
    expect(failure(await sim.call(ADMIN, `${HARBOR}/roles?filterContext=Mine`), 400).message).toContain("'filterContext'");
  });

  it('returns a role with its full permissions, and isAssigned only when asked', async () => {
    const role = ok(Role.strict(), await sim.call(ADMIN, `${HARBOR}/roles/299913`));
    expect(role).toMatchObject({ name: 'Default Admin', isDefaultForAdmin: true });
    expect(Object.keys(role.permissions)).toHaveLength(66);
    expect(role.isAssigned).toBeUndefined();
    expect(ok(Role, await sim.call(ADMIN, `${HARBOR}/roles/299913?includeIsAssigned=true`)).isAssigned).toBe(true);
    expect(ok(Role, await sim.call(ADMIN, `${HARBOR}/roles/299921?includeIsAssigned=true`))).toMatchObject({ name: 'Buyer', isExternal: true, isAssigned: false });
    expect(failure(await sim.call(ADMIN, `${HARBOR}/roles/1`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('shows v5 classic roles with legacy ids', async () => {
    const roles = ok(RoleSummaryList, await sim.call(ADMIN, `${CEDAR}/roles`)).roles;
    expect(roles.find((r) => r.name === 'Admin')).toMatchObject({ legacyRoleId: 'admin', isDefaultForAdmin: true });
  });
});

describe('eSignature permission profiles', () => {
  const profiles = async (email: string) =>
    ok(ESignPermissionProfileList, await sim.call(email, `${HARBOR}/esign_permission_profiles`)).permissionProfiles;

  it('offers the admin all three with their settings', async () => {
    expect((await profiles(ADMIN)).map((p) => [p.name, p.settings.allowAccountManagement])).toEqual([
      ['DS Admin', true],
      ['DS Sender', false],
      ['DS Viewer', false],
    ]);
  });

  it('offers others none above their own profile', async () => {
    expect((await profiles('rita.region@harborpine.example')).map((p) => p.name)).toEqual(['DS Sender', 'DS Viewer']);
  });
});

describe('unknown routes', () => {
  it('answer 404 in the ApiError shape with a trace token', async () => {
    const reply = await sim.call(ADMIN, `${HARBOR}/nothing-here`);
    const error = failure(reply, 404);
    expect(error.referenceId).toBe(reply.headers.get('X-DocuSign-TraceToken'));
  });
});
