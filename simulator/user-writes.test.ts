/**
 * The Users writes one at a time (REFERENCE.md 2.4-2.9): success shapes, every rule of the service, body and id
 * checks, the place a call brings in, and that lists, filters and visibility follow each change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company } from './company';
import {
  allUsers,
  failure,
  HARBOR,
  noContent,
  ok,
  startTestSimulator,
  User,
  UserSummaryList,
  type TestSimulator,
} from './test-support';
import type { Member } from './types';

const ADMIN = 'admin@harborpine.example';
const RITA = 'rita.region@harborpine.example';
const OMAR = 'omar.office@harborpine.example';
const MARIA = 'maria.garcia@harborpine.example';

let sim: TestSimulator;
let now = Date.UTC(2025, 5, 10, 12, 0, 0);
beforeAll(async () => {
  sim = await startTestSimulator({ clock: () => now });
});
afterAll(() => sim.close());

const harbor = () => sim.simulator.store.companies[0] as Company;
const who = (email: string): Member => {
  const member = harbor().userByEmail(email);
  if (!member) throw new Error(email);
  return member;
};
const office = (name: string) => [...harbor().offices.values()].find((o) => o.name === name)?.officeId ?? -1;
const region = (name: string) => [...harbor().regions.values()].find((r) => r.name === name)?.regionId ?? -1;
/** A generated member of that level whose default office is the named one. */
const someone = (level: Member['accessLevel'], officeName: string, skip = 0): Member => {
  const found = harbor()
    .usersInOrder('userId')
    .map((entry) => entry.member)
    .filter((m) => m.accessLevel === level && m.defaultOfficeId === office(officeName) && m.userId > who('owen.owner@harborpine.example').userId && m.status === 'Active' && !m.isLockedOut)[skip];
  if (!found) throw new Error(`no ${level} in ${officeName}`);
  return found;
};
const user = (email: string, as = ADMIN) => sim.call(as, `${HARBOR}/users/${who(email).userId}`);
const action = (as: string, userId: number, name: string, body?: unknown) => sim.send(as, 'POST', `${HARBOR}/users/${userId}/${name}`, body);

describe('PUT users/{userId}', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('changes the default office, answers the User, and a Contributor joins the office', async () => {
    const maria = who(MARIA);
    const reply = await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${maria.userId}`, { defaultOfficeId: office('Cambridge') });
    const updated = ok(User, reply);
    expect(updated).toMatchObject({ email: MARIA, defaultOfficeId: office('Cambridge'), offices: [office('Boston Downtown'), office('Cambridge')] });
    const inCambridge = await allUsers(sim, ADMIN, `${HARBOR}/users?defaultOfficeId=${office('Cambridge')}`);
    expect(inCambridge.map((u) => u.email)).toContain(MARIA);
    const inBoston = await allUsers(sim, ADMIN, `${HARBOR}/users?defaultOfficeId=${office('Boston Downtown')}`);
    expect(inBoston.map((u) => u.email)).not.toContain(MARIA);
    // Now in Cambridge, she is Omar's to see.
    expect(ok(User, await user(MARIA, OMAR)).email).toBe(MARIA);
  });

  it('adds the region of the new default office to a Region member, and nothing to a Company member', async () => {
    const regional = someone('Region', 'Boston Downtown');
    const moved = ok(User, await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${regional.userId}`, { defaultOfficeId: office('San Diego') }));
    expect(moved).toMatchObject({ defaultOfficeId: office('San Diego'), offices: [], regions: [region('Northeast'), region('West')] });
    const company = someone('Company', 'Boston Downtown');
    const same = ok(User, await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${company.userId}`, { defaultOfficeId: office('Seattle') }));
    expect(same).toMatchObject({ defaultOfficeId: office('Seattle'), offices: [], regions: [] });
  });

  it('accepts the office that already is the default, changing nothing', async () => {
    const before = structuredClone(who('alex.agent@harborpine.example'));
    const same = ok(User, await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${before.userId}`, { defaultOfficeId: before.defaultOfficeId }));
    expect(same.offices).toEqual(before.offices);
  });

  it.each([
    ['no body', undefined, 'The request body is required'],
    ['an empty object', {}, "'defaultOfficeId' is required."],
    ['a string id', { defaultOfficeId: '11861' }, "'defaultOfficeId' must be a 32-bit integer."],
    ['a fraction', { defaultOfficeId: 1.5 }, "'defaultOfficeId' must be a 32-bit integer."],
    ['null', { defaultOfficeId: null }, "'defaultOfficeId' is required."],
    ['an array', [11861], 'must be a JSON object'],
  ])('answers 400 INVALID_REQUEST_BODY for %s', async (_case, body, message) => {
    const error = failure(await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${who(MARIA).userId}`, body), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_REQUEST_BODY', message: expect.stringContaining(message) });
  });

  it('reads a malformed JSON body as a 400 too, and ignores unknown fields', async () => {
    const broken = await sim.call(ADMIN, `${HARBOR}/users/${who(MARIA).userId}`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"defaultOfficeId":' });
    expect(failure(broken, 400).errorCode).toBe('INVALID_REQUEST_BODY');
    const extra = await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${who(MARIA).userId}`, { defaultOfficeId: office('Cambridge'), nickname: 'M' });
    expect(extra.status).toBe(200);
  });

  it('answers 404 for an unknown user or office, and 400 for a user id that is not an integer', async () => {
    expect(failure(await sim.send(ADMIN, 'PUT', `${HARBOR}/users/123`, { defaultOfficeId: office('Cambridge') }), 404)).toMatchObject({ errorCode: 'RESOURCE_NOT_FOUND', message: "The user '123' was not found." });
    expect(failure(await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${who(MARIA).userId}`, { defaultOfficeId: 99 }), 404).message).toBe("The office '99' was not found.");
    expect(failure(await sim.send(ADMIN, 'PUT', `${HARBOR}/users/abc`, { defaultOfficeId: 1 }), 400).errorCode).toBe('INVALID_REQUEST_PARAMETER');
  });

  it('refuses an office outside the caller\'s places, though the member is inside them', async () => {
    const northeast = someone('Contributor', 'Hartford');
    const error = failure(await sim.send(RITA, 'PUT', `${HARBOR}/users/${northeast.userId}`, { defaultOfficeId: office('San Diego') }), 401);
    expect(error).toMatchObject({ errorCode: 'USER_LACKS_PERMISSIONS', message: "The office 'San Diego' is outside the offices and regions you oversee." });
    expect(who(northeast.email).defaultOfficeId).toBe(office('Hartford'));
  });
});

describe('DELETE users/{userId}', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('refuses to remove a member who owns rooms, saying how many', async () => {
    const error = failure(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${who('owen.owner@harborpine.example').userId}`), 400);
    expect(error).toMatchObject({ errorCode: 'USER_OWNS_ROOMS', message: 'Owen Oliver owns 3 rooms; transfer them first.' });
    expect(ok(User, await user('owen.owner@harborpine.example')).status).toBe('Active');
  });

  it('removes a member: 204, then gone from reads, lists, every order and their own sign-in', async () => {
    const maria = who(MARIA);
    const before = ok(UserSummaryList, await sim.call(ADMIN, `${HARBOR}/users?count=1`)).totalRowCount;
    expect(ok(User, await sim.call(MARIA, `${HARBOR}/users/${maria.userId}`)).email).toBe(MARIA);
    noContent(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${maria.userId}`));
    expect(failure(await sim.call(ADMIN, `${HARBOR}/users/${maria.userId}`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
    expect(ok(UserSummaryList, await sim.call(ADMIN, `${HARBOR}/users?count=1`)).totalRowCount).toBe(before - 1);
    for (const sort of ['EmailAsc', 'LastNameDesc', 'FirstNameAsc']) {
      const page = ok(UserSummaryList, await sim.call(ADMIN, `${HARBOR}/users?sort=${sort}&filter=maria`));
      expect(page.userSummaries.map((u) => u.email)).not.toContain(MARIA);
    }
    expect(failure(await sim.call(MARIA, `${HARBOR}/users`), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
    expect(failure(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${maria.userId}`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('refuses to remove yourself', async () => {
    expect(failure(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${who(ADMIN).userId}`), 400).errorCode).toBe('CANNOT_REMOVE_SELF');
  });
});

describe('POST users/{userId}/reinvite', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('sends a pending member the invitation again, restarting its clock', async () => {
    now += 60_000;
    noContent(await action(ADMIN, who('peter.pending@harborpine.example').userId, 'reinvite'));
    expect(who('peter.pending@harborpine.example').invitedDate).toBe(new Date(now).toISOString());
  });

  it('refuses a member who already accepted with USER_NOT_PENDING', async () => {
    const error = failure(await action(ADMIN, who(MARIA).userId, 'reinvite'), 400);
    expect(error).toMatchObject({ errorCode: 'USER_NOT_PENDING', message: expect.stringContaining('Maria Garcia') });
  });
});

describe('office membership', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('adds and removes an office, refusing a second add and a second removal', async () => {
    const maria = who(MARIA).userId;
    noContent(await action(ADMIN, maria, 'add_to_office', { officeId: office('Cambridge') }));
    expect(ok(User, await user(MARIA)).offices).toEqual([office('Boston Downtown'), office('Cambridge')]);
    expect(failure(await action(ADMIN, maria, 'add_to_office', { officeId: office('Cambridge') }), 400)).toMatchObject({
      errorCode: 'USER_ALREADY_IN_OFFICE',
      message: "Maria Garcia is already in the office 'Cambridge'.",
    });
    // In Cambridge now, so Omar sees her in his list.
    expect((await allUsers(sim, OMAR, `${HARBOR}/users?filter=maria.garcia`)).map((u) => u.email)).toEqual([MARIA]);
    noContent(await action(ADMIN, maria, 'remove_from_office', { officeId: office('Cambridge') }));
    expect(ok(User, await user(MARIA)).offices).toEqual([office('Boston Downtown')]);
    expect(failure(await action(ADMIN, maria, 'remove_from_office', { officeId: office('Cambridge') }), 400).errorCode).toBe('USER_NOT_IN_OFFICE');
    expect(failure(await user(MARIA, OMAR), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('never removes a member from their default office', async () => {
    const error = failure(await action(ADMIN, who(MARIA).userId, 'remove_from_office', { officeId: office('Boston Downtown') }), 400);
    expect(error).toMatchObject({ errorCode: 'CANNOT_REMOVE_DEFAULT_OFFICE', message: "'Boston Downtown' is the default office of Maria Garcia; change the default office first." });
  });

  it('adds only Contributor and Office members to offices', async () => {
    for (const level of ['Region', 'Company'] as const) {
      const error = failure(await action(ADMIN, someone(level, 'Boston Downtown').userId, 'add_to_office', { officeId: office('Cambridge') }), 400);
      expect(error).toMatchObject({ errorCode: 'INVALID_USER_ACCESS_LEVEL', message: expect.stringContaining(`access level ${level}`) });
    }
    noContent(await action(ADMIN, someone('Office', 'Boston Downtown').userId, 'add_to_office', { officeId: office('Cambridge') }));
  });

  it('refuses an office outside the caller\'s places, and an unknown one', async () => {
    const error = failure(await action(RITA, who(MARIA).userId, 'add_to_office', { officeId: office('San Diego') }), 401);
    expect(error.message).toBe("The office 'San Diego' is outside the offices and regions you oversee.");
    const omars = someone('Contributor', 'Cambridge');
    expect(failure(await action(OMAR, omars.userId, 'add_to_office', { officeId: office('Boston Downtown') }), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
    expect(failure(await action(ADMIN, who(MARIA).userId, 'add_to_office', { officeId: 7 }), 404).message).toBe("The office '7' was not found.");
    expect(failure(await action(ADMIN, who(MARIA).userId, 'add_to_office', { office: 11861 }), 400).message).toContain("'officeId' is required.");
  });
});

describe('region membership', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('adds and removes a region, and the region manager then sees the member', async () => {
    const western = someone('Region', 'Portland');
    expect(failure(await sim.call(RITA, `${HARBOR}/users/${western.userId}`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
    noContent(await action(ADMIN, western.userId, 'add_to_region', { regionId: region('Northeast') }));
    expect(ok(User, await sim.call(RITA, `${HARBOR}/users/${western.userId}`)).regions).toEqual([region('West'), region('Northeast')]);
    expect(failure(await action(ADMIN, western.userId, 'add_to_region', { regionId: region('Northeast') }), 400).errorCode).toBe('USER_ALREADY_IN_REGION');
    noContent(await action(ADMIN, western.userId, 'remove_from_region', { regionId: region('Northeast') }));
    expect(failure(await action(ADMIN, western.userId, 'remove_from_region', { regionId: region('Northeast') }), 400).errorCode).toBe('USER_NOT_IN_REGION');
    expect(failure(await sim.call(RITA, `${HARBOR}/users/${western.userId}`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('never removes a member from the region of their default office', async () => {
    const western = someone('Region', 'Portland');
    const error = failure(await action(ADMIN, western.userId, 'remove_from_region', { regionId: region('West') }), 400);
    expect(error).toMatchObject({ errorCode: 'CANNOT_REMOVE_DEFAULT_REGION', message: expect.stringContaining("default office") });
  });

  it('adds only Region members to regions, and only regions in the caller\'s places', async () => {
    expect(failure(await action(ADMIN, who(MARIA).userId, 'add_to_region', { regionId: region('West') }), 400).errorCode).toBe('INVALID_USER_ACCESS_LEVEL');
    expect(failure(await action(ADMIN, who(MARIA).userId, 'add_to_region', { regionId: 1 }), 404).message).toBe("The region '1' was not found.");
    const mona = 'mona.manager@cedarclassic.example';
    const cedar = sim.simulator.store.companies[1] as Company;
    const central = cedar.usersInOrder('userId').map((e) => e.member).find((m) => m.accessLevel === 'Region' && m.email !== mona);
    const lakeshore = [...cedar.regions.values()].find((r) => r.name === 'Lakeshore');
    const error = failure(await sim.send(mona, 'POST', `/v2/accounts/${cedar.accountId}/users/${central?.userId}/add_to_region`, { regionId: lakeshore?.regionId }), 401);
    expect(error.message).toBe("The region 'Lakeshore' is outside the regions you oversee.");
  });
});

describe('lock and unlock', () => {
  beforeAll(() => sim.simulator.reset({ keepTokens: true }));

  it('locks with a reason, keeps it private, shows it in the locked filter, and shuts the member out', async () => {
    const maria = who(MARIA).userId;
    expect((await sim.call(MARIA, `${HARBOR}/users?count=1`)).status).toBe(200);
    noContent(await action(ADMIN, maria, 'lock', { reason: '  Left the brokerage.  ' }));
    const locked = ok(User, await user(MARIA));
    expect(locked.isLockedOut).toBe(true);
    expect(who(MARIA).lockedReason).toBe('Left the brokerage.');
    expect((await allUsers(sim, ADMIN, `${HARBOR}/users?lockedOnly=true&filter=maria.garcia`)).map((u) => u.email)).toEqual([MARIA]);
    expect(failure(await sim.call(MARIA, `${HARBOR}/users?count=1`), 401).message).toContain('locked out');
  });

  it('locks someone already locked without complaint, keeping the first reason', async () => {
    noContent(await action(ADMIN, who(MARIA).userId, 'lock', { reason: 'Again.' }));
    expect(who(MARIA).lockedReason).toBe('Left the brokerage.');
  });

  it('unlocks, and unlocking someone not locked succeeds too', async () => {
    noContent(await action(ADMIN, who(MARIA).userId, 'unlock'));
    expect(ok(User, await user(MARIA)).isLockedOut).toBe(false);
    expect(who(MARIA).lockedReason).toBeUndefined();
    noContent(await action(ADMIN, who(MARIA).userId, 'unlock'));
    noContent(await action(ADMIN, who('lena.locked@harborpine.example').userId, 'unlock'));
    expect((await sim.call('lena.locked@harborpine.example', `${HARBOR}/users?count=1`)).status).toBe(200);
  });

  it.each([
    ['no reason', {}, "'reason' is required."],
    ['a blank reason', { reason: '   ' }, "'reason' must not be blank."],
    ['a number', { reason: 42 }, "'reason' must be a string."],
  ])('refuses %s with INVALID_REQUEST_BODY', async (_case, body, message) => {
    expect(failure(await action(ADMIN, who(MARIA).userId, 'lock', body), 400)).toMatchObject({ errorCode: 'INVALID_REQUEST_BODY', message: expect.stringContaining(message) });
  });

  it('refuses to lock yourself', async () => {
    expect(failure(await action(RITA, who(RITA).userId, 'lock', { reason: 'Testing.' }), 400)).toMatchObject({ errorCode: 'CANNOT_LOCK_SELF' });
  });
});
