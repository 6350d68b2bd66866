/**
 * Rooms (REFERENCE.md 4.6): the list with its filters, one room, its users, inviting people into it, and the
 * roles that may be given there; and which rooms each seeded identity sees.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company } from './company';
import {
  AssignableRoles,
  CEDAR,
  created,
  failure,
  HARBOR,
  ok,
  Room,
  RoomInviteResponse,
  RoomSummaryList,
  RoomUsersResult,
  startTestSimulator,
  UserSummaryList,
  type TestSimulator,
} from './test-support';
import type { Room as RoomRecord } from './types';

const ADMIN = 'admin@harborpine.example';
const OWEN = 'owen.owner@harborpine.example';

let sim: TestSimulator;
let harbor: Company;
let cedar: Company;
beforeAll(async () => {
  sim = await startTestSimulator({ control: true });
  [harbor, cedar] = sim.simulator.store.companies as [Company, Company];
});
afterAll(() => sim.close());

const rooms = (company: Company): RoomRecord[] => [...company.rooms.values()].sort((a, b) => a.roomId - b.roomId);
const officeIds = (company: Company, names: string[]) => new Set([...company.offices.values()].filter((o) => names.includes(o.name)).map((o) => o.officeId));
const regionOffices = (company: Company, region: string) =>
  new Set([...company.offices.values()].filter((o) => company.regions.get(o.regionId)?.name === region).map((o) => o.officeId));
const roleId = (company: Company, name: string) => [...company.roles.values()].find((r) => r.name === name)?.roleId ?? -1;
const userId = (company: Company, email: string) => company.userByEmail(email)?.userId ?? -1;
const allRoomIds = async (email: string, base = HARBOR) =>
  ok(RoomSummaryList, await sim.call(email, `${base}/rooms?roomStatus=open,closed&count=100`)).rooms.map((r) => r.roomId);
/** A Harbor room in the named office that is still open. */
const openRoomIn = (company: Company, office: string, skip = 0): RoomRecord => {
  const ids = officeIds(company, [office]);
  const room = rooms(company).filter((r) => ids.has(r.officeId) && r.closedDate === undefined && !r.roomOwnerIds.includes(userId(company, OWEN)))[skip];
  if (!room) throw new Error(`no open room in ${office}`);
  return room;
};
const invite = (as: string, roomId: number, body: Record<string, unknown>, base = HARBOR) => sim.send(as, 'POST', `${base}/rooms/${roomId}/users`, body);
const buyer = (overrides: Record<string, unknown> = {}) => ({
  email: 'bea.buyer@example.com',
  firstName: 'Bea',
  lastName: 'Buyer',
  roleId: roleId(harbor, 'Buyer'),
  transactionSideId: 'buy',
  ...overrides,
});

describe('GET rooms', () => {
  it('lists open rooms by default, in roomId order, with the paging envelope and no private fields', async () => {
    const open = rooms(harbor).filter((r) => r.closedDate === undefined);
    const page = ok(RoomSummaryList, await sim.call(ADMIN, `${HARBOR}/rooms?count=10&startPosition=10`));
    expect(page.rooms.map((r) => r.roomId)).toEqual(open.slice(10, 20).map((r) => r.roomId));
    expect(page).toMatchObject({ resultSetSize: 10, startPosition: 10, endPosition: 19, totalRowCount: open.length });
    expect(page.nextUri).toBe(`${HARBOR}/rooms?startPosition=20&count=10`);
    expect(open.length).toBeLessThan(harbor.rooms.size);
  });

  it('filters by roomStatus (a comma list, any case), officeId and the closed-date range', async () => {
    const closed = rooms(harbor).filter((r) => r.closedDate !== undefined);
    const closedPage = ok(RoomSummaryList, await sim.call(ADMIN, `${HARBOR}/rooms?roomStatus=Closed`));
    expect(closedPage.rooms.map((r) => r.roomId)).toEqual(closed.map((r) => r.roomId));
    expect(closedPage.rooms.every((r) => r.closedDate !== undefined && r.closedStatusId === 'sold')).toBe(true);
    expect((await allRoomIds(ADMIN)).length).toBe(harbor.rooms.size);
    const boston = [...officeIds(harbor, ['Boston Downtown'])][0];
    const inBoston = ok(RoomSummaryList, await sim.call(ADMIN, `${HARBOR}/rooms?officeId=${boston}&roomStatus=open,closed`));
    expect(inBoston.rooms.map((r) => r.roomId)).toEqual(rooms(harbor).filter((r) => r.officeId === boston).map((r) => r.roomId));
    const since = '2025-03-01';
    const recent = ok(RoomSummaryList, await sim.call(ADMIN, `${HARBOR}/rooms?roomStatus=closed&roomClosedStartDate=${since}`));
    expect(recent.rooms.map((r) => r.roomId)).toEqual(closed.filter((r) => (r.closedDate ?? '') >= '2025-03-01T00:00:00').map((r) => r.roomId));
    expect(recent.rooms.length).toBeGreaterThan(0);
    expect(recent.rooms.length).toBeLessThan(closed.length);
  });

  it.each([
    ['roomStatus=archived', 'roomStatus'],
    ['roomClosedStartDate=yesterday', 'roomClosedStartDate'],
    ['fieldDataChangedEndDate=2025-02-30', 'fieldDataChangedEndDate'],
    ['officeId=Boston', 'officeId'],
    ['count=101', 'count'],
  ])('%s is a 400 naming the parameter', async (query, name) => {
    const error = failure(await sim.call(ADMIN, `${HARBOR}/rooms?${query}`), 400);
    expect(error).toMatchObject({ errorCode: 'INVALID_REQUEST_PARAMETER', message: expect.stringContaining(`'${name}'`) });
  });
});

describe('which rooms each identity sees', () => {
  const inOffices = (company: Company, offices: Set<number>) => rooms(company).filter((r) => offices.has(r.officeId)).map((r) => r.roomId);

  it('by access level on Harbor & Pine: Company all, Region and Office their offices\', Contributor their own', async () => {
    expect(await allRoomIds(ADMIN)).toEqual(rooms(harbor).map((r) => r.roomId));
    expect(await allRoomIds('rita.region@harborpine.example')).toEqual(inOffices(harbor, regionOffices(harbor, 'Northeast')));
    expect(await allRoomIds('omar.office@harborpine.example')).toEqual(inOffices(harbor, officeIds(harbor, ['Cambridge'])));
    expect(await allRoomIds(OWEN)).toEqual(harbor.roomsOwnedBy(userId(harbor, OWEN)).map((r) => r.roomId));
    expect(await allRoomIds('alex.agent@harborpine.example')).toEqual([]);
  });

  it('by classic type on Cedar', async () => {
    expect(await allRoomIds(ADMIN, CEDAR)).toEqual(rooms(cedar).map((r) => r.roomId));
    expect(await allRoomIds('mona.manager@cedarclassic.example', CEDAR)).toEqual(inOffices(cedar, regionOffices(cedar, 'Central')));
    expect(await allRoomIds('milo.manager@cedarclassic.example', CEDAR)).toEqual(inOffices(cedar, officeIds(cedar, ['Springfield'])));
    expect(await allRoomIds('abby.agent@cedarclassic.example', CEDAR)).toEqual(cedar.roomsOwnedBy(userId(cedar, 'abby.agent@cedarclassic.example')).map((r) => r.roomId));
  });
});

describe('GET rooms/{roomId}', () => {
  it('answers the Room with its company and owners, and field data when asked', async () => {
    const [owned] = harbor.roomsOwnedBy(userId(harbor, OWEN));
    const room = ok(Room, await sim.call(ADMIN, `${HARBOR}/rooms/${owned?.roomId}`));
    expect(room).toMatchObject({ roomId: owned?.roomId, companyId: harbor.account.companyId, roomOwnerIds: [userId(harbor, OWEN)] });
    expect(room.fieldData).toBeUndefined();
    const detailed = ok(Room, await sim.call(ADMIN, `${HARBOR}/rooms/${owned?.roomId}?includeFieldData=true`));
    expect(detailed.fieldData?.data).toMatchObject({ city: 'Boston', state: 'US-MA', postalCode: '02110' });
  });

  it('answers 404 for a room the caller cannot see, as for an unknown one', async () => {
    const [owned] = harbor.roomsOwnedBy(userId(harbor, OWEN));
    expect(failure(await sim.call('alex.agent@harborpine.example', `${HARBOR}/rooms/${owned?.roomId}`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
    expect(failure(await sim.call(ADMIN, `${HARBOR}/rooms/1`), 404).message).toBe("The room '1' was not found.");
    expect(failure(await sim.call(ADMIN, `${HARBOR}/rooms/first`), 400).errorCode).toBe('INVALID_REQUEST_PARAMETER');
  });
});

describe('POST rooms/{roomId}/users and GET rooms/{roomId}/users', () => {
  beforeAll(() => {
    sim.simulator.reset({ keepTokens: true });
    [harbor, cedar] = sim.simulator.store.companies as [Company, Company];
  });

  it('invites someone from outside: 201 RoomInviteResponse, a userId of their own, not a company member', async () => {
    const room = openRoomIn(harbor, 'Cambridge');
    const reply = created(RoomInviteResponse, await invite(ADMIN, room.roomId, buyer({ transactionSideId: 'BUY' })));
    expect(reply).toMatchObject({ roomId: room.roomId, email: 'bea.buyer@example.com', firstName: 'Bea', transactionSideId: 'buy', roleId: roleId(harbor, 'Buyer') });
    expect(harbor.user(reply.userId)).toBeUndefined();
    expect(ok(UserSummaryList, await sim.call(ADMIN, `${HARBOR}/users?filter=bea.buyer`)).totalRowCount).toBe(0);
    // The same person in another room keeps the same userId.
    const again = created(RoomInviteResponse, await invite(ADMIN, openRoomIn(harbor, 'Cambridge', 1).roomId, buyer({ firstName: 'Beatrice' })));
    expect(again.userId).toBe(reply.userId);
  });

  it('lists the room\'s users, owner first by default (last name descending), with filter, sort and paging', async () => {
    const room = openRoomIn(harbor, 'Cambridge');
    const page = ok(RoomUsersResult, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users`));
    const owner = harbor.user(room.roomOwnerIds[0] ?? -1);
    const byLastDesc = [owner?.lastName ?? '', 'Buyer'].sort().reverse();
    expect(page.users.map((u) => u.lastName)).toEqual(byLastDesc);
    expect(page.users.find((u) => u.userId === owner?.userId)).toMatchObject({ companyName: 'Harbor & Pine Realty', roleName: 'Agent' });
    expect(page.users.find((u) => u.lastName === 'Buyer')).toMatchObject({ roleName: 'Buyer', transactionSideId: 'buy' });
    expect(page.users.find((u) => u.lastName === 'Buyer')?.companyName).toBeUndefined();
    const ascending = ok(RoomUsersResult, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users?sort=lastNameAsc&count=1`));
    expect(ascending).toMatchObject({ resultSetSize: 1, totalRowCount: 2, nextUri: `${HARBOR}/rooms/${room.roomId}/users?sort=LastNameAsc&startPosition=1&count=1` });
    expect(ascending.users[0]?.lastName).toBe(byLastDesc[1]);
    expect(ok(RoomUsersResult, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users?filter=BEA`)).users.map((u) => u.email)).toEqual(['bea.buyer@example.com']);
    expect(failure(await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users?sort=newest`), 400).message).toContain("'sort'");
    expect(failure(await sim.call('alex.agent@harborpine.example', `${HARBOR}/rooms/${room.roomId}/users`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('refuses someone already in the room, in any case', async () => {
    const room = openRoomIn(harbor, 'Cambridge');
    const error = failure(await invite(ADMIN, room.roomId, buyer({ email: 'BEA.BUYER@example.com' })), 400);
    expect(error).toMatchObject({ errorCode: 'USER_ALREADY_IN_ROOM' });
  });

  it('lets a member in with their own company role or an external one, under their own name, and then they see the room', async () => {
    const maria = 'maria.garcia@harborpine.example';
    const room = openRoomIn(harbor, 'Cambridge', 2);
    expect(await allRoomIds(maria)).toEqual([]);
    const reply = created(RoomInviteResponse, await invite(ADMIN, room.roomId, buyer({ email: maria.toUpperCase(), firstName: 'M', lastName: 'G', roleId: roleId(harbor, 'Agent'), transactionSideId: 'sell' })));
    expect(reply).toMatchObject({ userId: userId(harbor, maria), email: maria, firstName: 'Maria', lastName: 'Garcia' });
    expect(await allRoomIds(maria)).toEqual([room.roomId]);
    created(RoomInviteResponse, await invite(ADMIN, openRoomIn(harbor, 'Cambridge', 3).roomId, buyer({ email: maria, roleId: roleId(harbor, 'Seller'), transactionSideId: 'listbuy' })));
    const other = failure(await invite(ADMIN, openRoomIn(harbor, 'Cambridge', 4).roomId, buyer({ email: maria, roleId: roleId(harbor, 'Office Manager') })), 400);
    expect(other.message).toContain("'roleId'");
  });

  it.each([
    ['a company role for someone outside', { roleId: 299_914 }, 400, "'roleId' 299914 (Agent) cannot be given"],
    ['no transaction side on a real-estate company', { transactionSideId: undefined }, 400, "'transactionSideId' is required"],
    ['an unknown transaction side', { transactionSideId: 'lease' }, 400, "'transactionSideId' must be one of buy, sell, listbuy, refi"],
    ['no email', { email: undefined }, 400, "'email' is required."],
    ['an unknown role', { roleId: 5 }, 404, "The role '5' was not found."],
  ])('refuses %s', async (_case, overrides, status, message) => {
    const error = failure(await invite(ADMIN, openRoomIn(harbor, 'Hartford').roomId, buyer({ email: 'new.person@example.com', ...overrides })), status);
    expect(error.message).toContain(message);
  });

  it('ignores the transaction side outside real estate, and room users there carry none', async () => {
    const room = openRoomIn(harbor, 'Hartford', 2);
    const setRealEstate = (realEstate: boolean) =>
      fetch(`${sim.url}/__control/company`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ accountId: harbor.accountId, realEstate }) });
    try {
      expect((await setRealEstate(false)).status).toBe(200);
      const reply = created(RoomInviteResponse, await invite(ADMIN, room.roomId, buyer({ email: 'no.side@example.com', transactionSideId: undefined })));
      expect(reply.transactionSideId).toBeUndefined();
      created(RoomInviteResponse, await invite(ADMIN, room.roomId, buyer({ email: 'any.side@example.com', transactionSideId: 'lease' })));
      const users = ok(RoomUsersResult, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users`)).users;
      expect(users.length).toBeGreaterThan(2);
      expect(users.every((u) => u.transactionSideId === undefined)).toBe(true);
    } finally {
      await setRealEstate(true);
    }
    expect(ok(RoomUsersResult, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/users`)).users.some((u) => u.transactionSideId !== undefined)).toBe(true);
  });

  it('refuses a closed room with ROOM_CLOSED', async () => {
    const closed = rooms(harbor).find((r) => r.closedDate !== undefined);
    expect(failure(await invite(ADMIN, closed?.roomId ?? -1, buyer()), 400).errorCode).toBe('ROOM_CLOSED');
  });

  it('needs canAddUsersToRooms, and a room the caller can see', async () => {
    const [owned] = harbor.roomsOwnedBy(userId(harbor, OWEN));
    expect(failure(await invite(OWEN, owned?.roomId ?? -1, buyer({ email: 'x@example.com' })), 401).message).toBe('This requires the permission canAddUsersToRooms.');
    created(RoomInviteResponse, await invite('omar.office@harborpine.example', openRoomIn(harbor, 'Cambridge', 5).roomId, buyer({ email: 'omars.client@example.com' })));
    expect(failure(await invite('omar.office@harborpine.example', openRoomIn(harbor, 'Hartford').roomId, buyer({ email: 'y@example.com' })), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });

  it('keeps the userId when someone from a room later joins the company', async () => {
    const inRoom = created(RoomInviteResponse, await invite(ADMIN, openRoomIn(harbor, 'Hartford', 1).roomId, buyer({ email: 'future.agent@example.com' })));
    const body = {
      firstName: 'Future', lastName: 'Agent', email: 'future.agent@example.com', roleId: roleId(harbor, 'Agent'), accessLevel: 'Contributor',
      defaultOfficeId: openRoomIn(harbor, 'Hartford').officeId, eSignPermissionProfileId: '10915499',
    };
    const member = await sim.send(ADMIN, 'POST', `${HARBOR}/users/invite_user`, body);
    expect((member.body as { userId: number }).userId).toBe(inRoom.userId);
  });

  it('works on a v5 company: a classic role for a member, titles on room users, Agents may not invite', async () => {
    const room = rooms(cedar).find((r) => r.closedDate === undefined && officeIds(cedar, ['Springfield']).has(r.officeId));
    const milo = 'milo.manager@cedarclassic.example';
    created(RoomInviteResponse, await invite('mona.manager@cedarclassic.example', room?.roomId ?? -1, { email: milo, firstName: 'M', lastName: 'M', roleId: roleId(cedar, 'Manager'), transactionSideId: 'refi' }, CEDAR));
    const users = ok(RoomUsersResult, await sim.call(ADMIN, `${CEDAR}/rooms/${room?.roomId}/users`));
    expect(users.users.find((u) => u.email === milo)).toMatchObject({ titleId: cedar.userByEmail(milo)?.titleId, roleName: 'Manager', companyName: 'Cedar Classic Homes' });
    const [own] = rooms(cedar);
    const agent = cedar.user(own?.roomOwnerIds[0] ?? -1);
    expect(agent?.classicType).toBe('Agent');
    const refused = failure(await invite(agent?.email ?? '', own?.roomId ?? -1, { ...buyer(), roleId: roleId(cedar, 'Buyer') }, CEDAR), 401);
    expect(refused.message).toContain('canAddUsersToRooms');
  });
});

describe('GET rooms/{roomId}/assignable_roles', () => {
  it('lists only the external roles, by name, with the assignee\'s company role when they are a member', async () => {
    const room = openRoomIn(harbor, 'Cambridge');
    const roles = ok(AssignableRoles, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/assignable_roles?assigneeEmail=maria.garcia@harborpine.example`));
    expect(roles.roles.map((r) => r.name)).toEqual(['Buyer', 'Seller']);
    expect(roles.roles.every((r) => r.isExternal)).toBe(true);
    expect(roles.currentRoleId).toBe(roleId(harbor, 'Agent'));
    const outsider = ok(AssignableRoles, await sim.call(ADMIN, `${HARBOR}/rooms/${room.roomId}/assignable_roles?assigneeEmail=someone@example.com&filter=se&count=1`));
    expect(outsider.currentRoleId).toBeUndefined();
    expect(outsider).toMatchObject({ totalRowCount: 1, roles: [{ name: 'Seller' }] });
  });

  it('is v6 only, needs canAddUsersToRooms and a visible room', async () => {
    const cedarRoom = rooms(cedar)[0];
    expect(failure(await sim.call(ADMIN, `${CEDAR}/rooms/${cedarRoom?.roomId}/assignable_roles`), 400).errorCode).toBe('INVALID_COMPANY_VERSION');
    const [owned] = harbor.roomsOwnedBy(userId(harbor, OWEN));
    expect(failure(await sim.call(OWEN, `${HARBOR}/rooms/${owned?.roomId}/assignable_roles`), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
    expect(failure(await sim.call('omar.office@harborpine.example', `${HARBOR}/rooms/${owned?.roomId}/assignable_roles`), 404).errorCode).toBe('RESOURCE_NOT_FOUND');
  });
});
