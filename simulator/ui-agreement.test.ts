/**
 * The dashboard and the service agree on who may do what. For each seeded identity and a spread of target users
 * (inside and outside their places, below, at and above their level, themselves), every user action is judged by
 * the permission rules the pages use (src/api/permissions.ts, with the actor read as the app reads it) and then
 * sent as the app sends it: an enabled action must succeed, a disabled one must be refused.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getCurrentActor } from '@/api/actor/requests';
import { ApiError } from '@/api/errors';
import { geographyOf } from '@/api/geography';
import { getAllOffices } from '@/api/offices/requests';
import * as rules from '@/api/permissions';
import type { Actor, Geography, Member, Verdict } from '@/api/permissions';
import { getAllRoles } from '@/api/roles/requests';
import { getOpenRooms, inviteToRoom } from '@/api/rooms/requests';
import * as api from '@/api/users/requests';
import { memberOf } from '@/features/users/member';
import type { Company } from './company';
import { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID, startTestSimulator, type TestSimulator } from './test-support';
import type { AccessLevel, Member as SimMember } from './types';

const ADMIN = 'admin@harborpine.example';
const nodeFetch = globalThis.fetch;

let sim: TestSimulator;
/** Whom the app's requests are sent as. */
let signedIn = ADMIN;

beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

// The app's requests (`/api/v2/...`, as the proxy forwards them) go to this simulator as `signedIn`.
beforeEach(() => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.startsWith('/api/v2/')) throw new Error(`Unexpected request ${url}`);
    const headers = new Headers(init.headers);
    headers.set('Authorization', `Bearer ${sim.simulator.mintToken(signedIn).accessToken}`);
    return nodeFetch(`${sim.url}/restapi${url.slice('/api'.length)}`, { ...init, headers, signal: undefined });
  });
});

const companyOf = (accountId: string): Company => {
  const company = sim.simulator.store.company(accountId);
  if (!company) throw new Error(`no company ${accountId}`);
  return company;
};

type Place = { officeId?: number; regionId?: number; roomId?: number };
type Case = {
  action: string;
  /** The decision of the page: the same rule, with the member as the detail page knows them. */
  decide: (actor: Actor, geography: Geography, member: Member, place: Place) => Verdict;
  /** The call as the page makes it. */
  send: (accountId: string, userId: number, place: Place) => Promise<unknown>;
  /** Which places to try it with (none: once, without a place). */
  places: (target: SimMember, company: Company, home: SimMember) => Place[];
  /** What the company admin does first so the action has something to act on. */
  arrange?: (accountId: string, target: SimMember, place: Place) => Promise<unknown>;
  applies?: (target: SimMember) => boolean;
};

const belongsToOffices = (level: AccessLevel) => level === 'Office' || level === 'Contributor';
/** An office near the identity (their default) and one in another region. */
function officesFor(target: SimMember, company: Company, home: SimMember): Place[] {
  const homeRegion = company.offices.get(home.defaultOfficeId)?.regionId;
  const near = [...company.offices.values()].find((office) => office.regionId === homeRegion && office.officeId !== target.defaultOfficeId);
  const far = [...company.offices.values()].find((office) => office.regionId !== homeRegion && office.officeId !== target.defaultOfficeId);
  return [near, far].flatMap((office) => (office ? [{ officeId: office.officeId }] : []));
}
function regionsFor(_target: SimMember, company: Company, home: SimMember): Place[] {
  const homeRegion = company.offices.get(home.defaultOfficeId)?.regionId;
  const far = [...company.regions.values()].find((region) => region.regionId !== homeRegion);
  return [homeRegion, far?.regionId].flatMap((regionId) => (regionId === undefined ? [] : [{ regionId }]));
}
const once = () => [{}];

const asAdmin = async <T,>(work: () => Promise<T>): Promise<T> => {
  const before = signedIn;
  signedIn = ADMIN;
  try {
    return await work();
  } finally {
    signedIn = before;
  }
};

const CASES: Case[] = [
  { action: 'lock', decide: (a, g, m) => rules.canLock(a, g, m), send: (acc, id) => api.lockUser(acc, id, 'Access review'), places: once, applies: (t) => !t.isLockedOut },
  {
    action: 'unlock',
    decide: (a, g, m) => rules.canUnlock(a, g, { ...m, isLockedOut: true }),
    send: (acc, id) => api.unlockUser(acc, id),
    places: once,
    arrange: (acc, t) => (t.isLockedOut ? Promise.resolve() : asAdmin(() => api.lockUser(acc, t.userId, 'To try unlocking'))),
  },
  { action: 'reinvite', decide: (a, g, m) => rules.canReinvite(a, g, m), send: (acc, id) => api.reinviteUser(acc, id), places: once },
  { action: 'remove', decide: (a, g, m) => rules.canRemove(a, g, m), send: (acc, id) => api.removeUser(acc, id), places: once },
  {
    action: 'change default office',
    decide: (a, g, m, p) => rules.canChangeDefaultOffice(a, g, m, p.officeId),
    send: (acc, id, p) => api.updateDefaultOffice(acc, id, p.officeId ?? -1),
    places: officesFor,
  },
  {
    action: 'add to office',
    decide: (a, g, m, p) => rules.canAddToOffice(a, g, m, p.officeId),
    send: (acc, id, p) => api.addUserToOffice(acc, id, p.officeId ?? -1),
    places: (t, c, h) => officesFor(t, c, h).filter((p) => !t.offices.includes(p.officeId ?? -1)),
  },
  {
    action: 'remove from office',
    decide: (a, g, m, p) => rules.canRemoveFromOffice(a, g, { ...m, offices: [...new Set([...(m.offices ?? []), p.officeId ?? -1])] }, p.officeId),
    send: (acc, id, p) => api.removeUserFromOffice(acc, id, p.officeId ?? -1),
    places: officesFor,
    arrange: (acc, t, p) => (t.offices.includes(p.officeId ?? -1) ? Promise.resolve() : asAdmin(() => api.addUserToOffice(acc, t.userId, p.officeId ?? -1))),
    applies: (t) => belongsToOffices(t.accessLevel),
  },
  {
    action: 'add to region',
    decide: (a, g, m, p) => rules.canAddToRegion(a, g, m, p.regionId),
    send: (acc, id, p) => api.addUserToRegion(acc, id, p.regionId ?? -1),
    places: (t, c, h) => regionsFor(t, c, h).filter((p) => !t.regions.includes(p.regionId ?? -1)),
  },
  {
    action: 'remove from region',
    decide: (a, g, m, p) => rules.canRemoveFromRegion(a, g, { ...m, regions: [...new Set([...(m.regions ?? []), p.regionId ?? -1])] }, p.regionId),
    send: (acc, id, p) => api.removeUserFromRegion(acc, id, p.regionId ?? -1),
    places: regionsFor,
    arrange: (acc, t, p) => (t.regions.includes(p.regionId ?? -1) ? Promise.resolve() : asAdmin(() => api.addUserToRegion(acc, t.userId, p.regionId ?? -1))),
    applies: (t) => t.accessLevel === 'Region',
  },
  {
    action: 'invite to a room',
    decide: (a) => rules.canInviteToRooms(a),
    // Into the first open room the identity can see (the page offers only those), as a Buyer on the buy side.
    send: async (acc, id, p) => {
      const user = await asAdmin(() => api.getUser(acc, id));
      const roles = await getAllRoles(acc);
      const buyer = roles.find((role) => role.name === 'Buyer')?.roleId ?? -1;
      return inviteToRoom(acc, p.roomId ?? -1, { email: user.email, firstName: user.firstName, lastName: user.lastName, roleId: buyer, transactionSideId: 'buy' });
    },
    places: () => [{}],
    applies: (t) => !t.isLockedOut,
  },
];

/**
 * Targets for an identity: themselves, the named members, and for each access level one member in the
 * identity's own office or region and one elsewhere; nobody who owns rooms (removing them is refused for that).
 */
function targetsFor(company: Company, identity: SimMember, named: string[]): number[] {
  const everyone = company.usersInOrder('userId').map((indexed) => indexed.member);
  const homeRegion = company.offices.get(identity.defaultOfficeId)?.regionId;
  const ownsNoRooms = (member: SimMember) => company.roomsOwnedBy(member.userId).length === 0;
  const picked = new Set<number>([identity.userId]);
  for (const email of named) {
    const member = company.userByEmail(email);
    if (member && ownsNoRooms(member)) picked.add(member.userId);
  }
  for (const level of ['Contributor', 'Office', 'Region', 'Company'] as const) {
    for (const near of [true, false]) {
      const found = everyone.find(
        (member) =>
          member.accessLevel === level &&
          member.status === 'Active' &&
          !picked.has(member.userId) &&
          ownsNoRooms(member) &&
          (company.offices.get(member.defaultOfficeId)?.regionId === homeRegion) === near,
      );
      if (found) picked.add(found.userId);
    }
  }
  return [...picked];
}

type Disagreement = { identity: string; action: string; target: string; place: Place; ui: string; service: string };

async function compare(identity: string, accountId: string, named: string[]): Promise<{ checked: number; disagreements: Disagreement[] }> {
  const disagreements: Disagreement[] = [];
  let checked = 0;
  sim.simulator.reset({ keepTokens: true });
  const self = companyOf(accountId).userByEmail(identity);
  if (!self) throw new Error(`${identity} is not in ${accountId}`);
  const targets = targetsFor(companyOf(accountId), self, named);
  for (const kase of CASES) {
    for (const targetId of targets) {
      const initial = companyOf(accountId).user(targetId);
      if (!initial || (kase.applies && !kase.applies(initial))) continue;
      // Locking the identity (or the admin who arranges it) to try unlocking would lock them out of the account.
      if (kase.action === 'unlock' && (targetId === self.userId || initial.email === ADMIN)) continue;
      for (const place of kase.places(initial, companyOf(accountId), self)) {
        sim.simulator.reset({ keepTokens: true });
        const before = companyOf(accountId).user(targetId)!;
        if (kase.arrange) await kase.arrange(accountId, before, place);
        signedIn = identity;
        const current = await getCurrentActor(accountId, identity);
        if (!current) throw new Error(`${identity} is not a member`);
        const geography = geographyOf(await getAllOffices(accountId));
        const target = await asAdmin(() => api.getUser(accountId, targetId));
        if (kase.action === 'invite to a room') {
          const [room] = await getOpenRooms(accountId);
          if (!room) continue;
          place.roomId = room.roomId;
        }
        const verdict = kase.decide(current.actor, geography, memberOf(target), place);
        let service: string;
        try {
          await kase.send(accountId, targetId, place);
          service = 'success';
        } catch (error) {
          if (!(error instanceof ApiError)) throw error;
          service = `${error.status} ${error.message}`;
        }
        checked += 1;
        const agree = verdict.allowed ? service === 'success' : service !== 'success';
        if (!agree) {
          disagreements.push({
            identity,
            action: kase.action,
            target: `${target.email} (${target.accessLevel})`,
            place,
            ui: verdict.allowed ? 'enabled' : `disabled: ${verdict.reason}`,
            service,
          });
        }
        if (!verdict.allowed) expect(verdict.reason.length).toBeGreaterThan(0);
        signedIn = ADMIN;
      }
    }
  }
  return { checked, disagreements };
}

const HARBOR_NAMED = ['maria.garcia@harborpine.example', 'peter.pending@harborpine.example', 'lena.locked@harborpine.example', 'omar.office@harborpine.example', 'rita.region@harborpine.example', 'alex.agent@harborpine.example'];
const CEDAR_NAMED = ['mona.manager@cedarclassic.example', 'milo.manager@cedarclassic.example', 'abby.agent@cedarclassic.example'];

describe('the UI and the simulator agree on every action of every seeded identity', () => {
  it.each([
    [ADMIN, HARBOR_ACCOUNT_ID, HARBOR_NAMED],
    ['rita.region@harborpine.example', HARBOR_ACCOUNT_ID, HARBOR_NAMED],
    ['omar.office@harborpine.example', HARBOR_ACCOUNT_ID, HARBOR_NAMED],
    ['alex.agent@harborpine.example', HARBOR_ACCOUNT_ID, HARBOR_NAMED],
    ['mona.manager@cedarclassic.example', CEDAR_ACCOUNT_ID, CEDAR_NAMED],
    ['milo.manager@cedarclassic.example', CEDAR_ACCOUNT_ID, CEDAR_NAMED],
    [ADMIN, CEDAR_ACCOUNT_ID, CEDAR_NAMED],
  ])('%s on %s', async (identity, accountId, named) => {
    const { checked, disagreements } = await compare(identity, accountId, named);
    expect(checked).toBeGreaterThan(40);
    expect(disagreements).toEqual([]);
  }, 120_000);
});
