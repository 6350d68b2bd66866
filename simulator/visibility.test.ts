import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company } from './company';
import {
  allUsers,
  CEDAR,
  failure,
  HARBOR,
  ok,
  OfficeSummaryList,
  RegionSummaryList,
  startTestSimulator,
  User,
  UserSummaryList,
  type TestSimulator,
} from './test-support';
import type { Member } from './types';

let sim: TestSimulator;
let harbor: Company;
let cedar: Company;
/** Moves the simulator's clock forward without waiting. */
let skewMs = 0;

beforeAll(async () => {
  sim = await startTestSimulator({ clock: () => Date.now() + skewMs });
  [harbor, cedar] = sim.simulator.store.companies as [Company, Company];
});
afterAll(() => sim.close());

/** Expected sets are computed from office and region names, independently of the simulator's scope code. */
const officeIds = (company: Company, ...names: string[]) =>
  new Set([...company.offices.values()].filter((o) => names.includes(o.name)).map((o) => o.officeId));
const officesOfRegion = (company: Company, region: string) =>
  new Set([...company.offices.values()].filter((o) => company.regions.get(o.regionId)?.name === region).map((o) => o.officeId));
const regionId = (company: Company, name: string) => [...company.regions.values()].find((r) => r.name === name)?.regionId;
const members = (company: Company): Member[] => company.usersInOrder('userId').map((entry) => entry.member);
const touches = (member: Member, offices: Set<number>, region?: number) =>
  offices.has(member.defaultOfficeId) || member.offices.some((id) => offices.has(id)) || (region !== undefined && member.regions.includes(region));
const emailsOf = (users: { email: string }[]) => users.map((u) => u.email).sort();

describe('v6 visibility by access level', () => {
  it('shows the Default Admin (Company) everyone', async () => {
    const page = ok(UserSummaryList, await sim.call('admin@harborpine.example', `${HARBOR}/users?count=1`));
    expect(page.totalRowCount).toBe(harbor.userCount);
  });

  it('shows Rita (Region: Northeast) exactly the Northeast people, none of the West', async () => {
    const northeast = officesOfRegion(harbor, 'Northeast');
    const expected = members(harbor).filter((m) => touches(m, northeast, regionId(harbor, 'Northeast')));
    const seen = await allUsers(sim, 'rita.region@harborpine.example', `${HARBOR}/users`);
    expect(emailsOf(seen)).toEqual(emailsOf(expected));
    expect(seen.length).toBeGreaterThan(100);
    const page = ok(UserSummaryList, await sim.call('rita.region@harborpine.example', `${HARBOR}/users?count=1`));
    expect(page.totalRowCount).toBe(expected.length);
    const sanDiego = officeIds(harbor, 'San Diego');
    const westOnly = members(harbor).filter((m) => touches(m, sanDiego) && !touches(m, northeast));
    expect(westOnly.length).toBeGreaterThan(0);
    expect(seen.some((u) => westOnly.some((w) => w.userId === u.userId))).toBe(false);
  });

  it('shows Omar (Office: Cambridge) only Cambridge people', async () => {
    const cambridge = officeIds(harbor, 'Cambridge');
    const expected = members(harbor).filter((m) => touches(m, cambridge));
    const seen = await allUsers(sim, 'omar.office@harborpine.example', `${HARBOR}/users`);
    expect(emailsOf(seen)).toEqual(emailsOf(expected));
    expect(seen.length).toBeGreaterThanOrEqual(15);
    expect(emailsOf(seen)).toEqual(expect.arrayContaining(['alex.agent@harborpine.example', 'peter.pending@harborpine.example', 'lena.locked@harborpine.example']));
    expect(emailsOf(seen)).not.toContain('maria.garcia@harborpine.example');
  });

  it('shows Alex (Contributor) only himself, filters included', async () => {
    const page = ok(UserSummaryList, await sim.call('alex.agent@harborpine.example', `${HARBOR}/users`));
    expect(page.userSummaries.map((u) => u.email)).toEqual(['alex.agent@harborpine.example']);
    expect(page.totalRowCount).toBe(1);
    const none = ok(UserSummaryList, await sim.call('alex.agent@harborpine.example', `${HARBOR}/users?filter=maria`));
    expect(none.totalRowCount).toBe(0);
  });

  it('answers 404 for a user outside the caller\'s scope, as for an unknown id', async () => {
    const maria = harbor.userByEmail('maria.garcia@harborpine.example');
    const sanDiego = [...officeIds(harbor, 'San Diego')][0];
    const westerner = members(harbor).find((m) => m.defaultOfficeId === sanDiego && m.accessLevel === 'Contributor');
    expect(ok(User, await sim.call('rita.region@harborpine.example', `${HARBOR}/users/${maria?.userId}`)).email).toBe(maria?.email);
    const hidden = failure(await sim.call('rita.region@harborpine.example', `${HARBOR}/users/${westerner?.userId}`), 404);
    expect(hidden.errorCode).toBe('RESOURCE_NOT_FOUND');
    failure(await sim.call('omar.office@harborpine.example', `${HARBOR}/users/${maria?.userId}`), 404);
    failure(await sim.call('alex.agent@harborpine.example', `${HARBOR}/users/${maria?.userId}`), 404);
  });

  it('narrows offices with onlyAccessible and regions with managedOnly to the same scope', async () => {
    const offices = async (email: string) =>
      ok(OfficeSummaryList, await sim.call(email, `${HARBOR}/offices?onlyAccessible=true`)).officeSummaries.map((o) => o.name).sort();
    const regions = async (email: string) =>
      ok(RegionSummaryList, await sim.call(email, `${HARBOR}/regions?managedOnly=true`)).regionSummaries.map((r) => r.name);
    expect(await offices('admin@harborpine.example')).toHaveLength(harbor.offices.size);
    expect(await offices('rita.region@harborpine.example')).toEqual(
      [...harbor.offices.values()].filter((o) => officesOfRegion(harbor, 'Northeast').has(o.officeId)).map((o) => o.name).sort(),
    );
    expect(await offices('omar.office@harborpine.example')).toEqual(['Cambridge']);
    expect(await offices('alex.agent@harborpine.example')).toEqual(['Cambridge']);
    expect(await regions('admin@harborpine.example')).toHaveLength(5);
    expect(await regions('rita.region@harborpine.example')).toEqual(['Northeast']);
    expect(await regions('omar.office@harborpine.example')).toEqual([]);
    const all = ok(OfficeSummaryList, await sim.call('alex.agent@harborpine.example', `${HARBOR}/offices`));
    expect(all.totalRowCount).toBe(harbor.offices.size);
  });
});

describe('v5 visibility by classic type', () => {
  it('shows the classic Admin everyone', async () => {
    const page = ok(UserSummaryList, await sim.call('admin@harborpine.example', `${CEDAR}/users?count=1`));
    expect(page.totalRowCount).toBe(cedar.userCount);
  });

  it('shows Mona (Manager, Region: Central) Springfield and Shelbyville people only', async () => {
    const central = officesOfRegion(cedar, 'Central');
    expect(central).toEqual(officeIds(cedar, 'Springfield', 'Shelbyville'));
    const expected = members(cedar).filter((m) => touches(m, central, regionId(cedar, 'Central')));
    const seen = await allUsers(sim, 'mona.manager@cedarclassic.example', `${CEDAR}/users`);
    expect(emailsOf(seen)).toEqual(emailsOf(expected));
    expect(seen.length).toBeLessThan(cedar.userCount);
  });

  it('shows Milo (Manager, Office: Springfield) Springfield people only', async () => {
    const springfield = officeIds(cedar, 'Springfield');
    const expected = members(cedar).filter((m) => touches(m, springfield));
    const seen = await allUsers(sim, 'milo.manager@cedarclassic.example', `${CEDAR}/users`);
    expect(emailsOf(seen)).toEqual(emailsOf(expected));
  });

  it('shows an Agent only herself', async () => {
    const page = ok(UserSummaryList, await sim.call('abby.agent@cedarclassic.example', `${CEDAR}/users`));
    expect(page.userSummaries.map((u) => u.email)).toEqual(['abby.agent@cedarclassic.example']);
  });

  it('returns titleId and the ClassicManagerPermissions of a manager, nothing v6', async () => {
    const mona = cedar.userByEmail('mona.manager@cedarclassic.example');
    const user = ok(User, await sim.call('admin@harborpine.example', `${CEDAR}/users/${mona?.userId}`));
    expect(user.titleId).toBe(mona?.titleId);
    expect(user.roleId).toBeUndefined();
    expect(user.permissions).toMatchObject({ canManageCompanyMembers: true, isRegionManager: true });
    expect(Object.keys(user.permissions ?? {})).toHaveLength(13);
  });
});

describe('who may call at all', () => {
  it('refuses a member of another account with USER_LACKS_PERMISSIONS, and an unknown account alike', async () => {
    const other = failure(await sim.call('alex.agent@harborpine.example', `${CEDAR}/users`), 401);
    expect(other.errorCode).toBe('USER_LACKS_PERMISSIONS');
    const unknown = failure(await sim.call('alex.agent@harborpine.example', '/v2/accounts/00000000-0000-0000-0000-000000000000/users'), 401);
    expect(unknown.errorCode).toBe('USER_LACKS_PERMISSIONS');
  });

  it('refuses pending and locked members', async () => {
    for (const email of ['peter.pending@harborpine.example', 'lena.locked@harborpine.example']) {
      expect(failure(await sim.call(email, `${HARBOR}/users`), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
    }
  });

  it('refuses a missing, unknown or expired token with AUTHORIZATION_INVALID_TOKEN', async () => {
    expect(failure(await sim.callWithToken(undefined, `${HARBOR}/users`), 401).errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
    expect(failure(await sim.callWithToken('not-a-token', `${HARBOR}/users`), 401).errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
    const shortLived = sim.simulator.mintToken('admin@harborpine.example', 60).accessToken;
    expect((await sim.callWithToken(shortLived, HARBOR)).status).toBe(200);
    skewMs += 61_000;
    expect(failure(await sim.callWithToken(shortLived, HARBOR), 401).errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
  });

  it('accepts the account id in any case', async () => {
    expect((await sim.call('admin@harborpine.example', HARBOR.toUpperCase().replace('/V2/ACCOUNTS/', '/v2/accounts/'))).status).toBe(200);
  });
});
