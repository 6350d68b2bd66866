/**
 * Every member action as every seeded identity, on a target inside and one outside the places they oversee. The
 * expected outcome comes from the rules as written (REFERENCE.md 2.4-2.9 and 4.4, the identities' rights from
 * DECISIONS.md), computed here from a table rather than from the simulator's own permission code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Company } from './company';
import { failure, HARBOR, CEDAR, startTestSimulator, type TestSimulator } from './test-support';
import type { AccessLevel, Member, Office, Region } from './types';

type Pair = { lower: boolean; same: boolean };
type Rights = 'all' | Pair;
type Identity = {
  email: string;
  account: 'harbor' | 'cedar';
  manage: Rights;
  remove: Rights;
  /** An office and a region the actions that bring in a place use. */
  spareOffice: string;
  spareRegion: string;
};

const NONE: Pair = { lower: false, same: false };
const LOWER: Pair = { lower: true, same: false };
const BOTH: Pair = { lower: true, same: true };

const IDENTITIES: Record<string, Identity> = {
  'admin (Harbor, Default Admin)': { email: 'admin@harborpine.example', account: 'harbor', manage: 'all', remove: 'all', spareOffice: 'Providence', spareRegion: 'West' },
  'rita.region (Regional Manager)': { email: 'rita.region@harborpine.example', account: 'harbor', manage: LOWER, remove: LOWER, spareOffice: 'Hartford', spareRegion: 'Northeast' },
  'omar.office (Office Manager)': { email: 'omar.office@harborpine.example', account: 'harbor', manage: LOWER, remove: NONE, spareOffice: 'Cambridge', spareRegion: 'Northeast' },
  'alex.agent (Agent)': { email: 'alex.agent@harborpine.example', account: 'harbor', manage: NONE, remove: NONE, spareOffice: 'Cambridge', spareRegion: 'Northeast' },
  'admin (Cedar, classic Admin)': { email: 'admin@harborpine.example', account: 'cedar', manage: 'all', remove: 'all', spareOffice: 'Shelbyville', spareRegion: 'Lakeshore' },
  'mona.manager (may manage members)': { email: 'mona.manager@cedarclassic.example', account: 'cedar', manage: BOTH, remove: BOTH, spareOffice: 'Shelbyville', spareRegion: 'Central' },
  'milo.manager (may not)': { email: 'milo.manager@cedarclassic.example', account: 'cedar', manage: NONE, remove: NONE, spareOffice: 'Springfield', spareRegion: 'Central' },
};

const RANK: Record<AccessLevel, number> = { Contributor: 1, Office: 2, Region: 3, Company: 4, Admin: 5 };
const PERMISSION_NAMES = {
  manage: { lower: 'canManageMemberLowerAccessLevel', same: 'canManageMemberSameAccessLevel' },
  remove: { lower: 'canRemoveCompanyMemberLowerAccessLevel', same: 'canRemoveCompanyMemberSameAccessLevel' },
};

type Ctx = {
  id: Identity;
  company: Company;
  caller: Member;
  spareOffice: Office;
  spareRegion: Region;
  /** The office or region each target was given so that it can be taken away again. */
  extras: Map<number, number>;
};

/** The places the caller oversees, by their own access level. */
function oversight(ctx: Ctx): 'all' | 'self' | { offices: Set<number>; regions: Set<number> } {
  const { caller, company } = ctx;
  if (caller.accessLevel === 'Company') return 'all';
  if (caller.accessLevel === 'Contributor') return 'self';
  if (caller.accessLevel === 'Office') return { offices: new Set([caller.defaultOfficeId, ...caller.offices]), regions: new Set() };
  const regions = new Set(caller.regions);
  return { offices: new Set([...company.offices.values()].filter((o) => regions.has(o.regionId)).map((o) => o.officeId)), regions };
}

function inside(ctx: Ctx, target: Member): boolean {
  const seen = oversight(ctx);
  if (seen === 'all') return true;
  if (seen === 'self') return target.userId === ctx.caller.userId;
  return [target.defaultOfficeId, ...target.offices].some((id) => seen.offices.has(id)) || target.regions.some((id) => seen.regions.has(id));
}

function placeInside(ctx: Ctx, place: { officeId?: number; regionId?: number }): boolean {
  const seen = oversight(ctx);
  if (seen === 'all') return true;
  if (seen === 'self') return false;
  return place.officeId !== undefined ? seen.offices.has(place.officeId) : seen.regions.has(place.regionId ?? -1);
}

type Action = {
  kind: 'Contributor' | 'Region';
  rights: 'manage' | 'remove';
  method: 'POST' | 'PUT' | 'DELETE';
  path: string;
  success: 200 | 204;
  selfRule?: string;
  noRooms?: boolean;
  /** Puts the target in the state the action needs, without moving it in or out of the caller's view. */
  arrange?: (ctx: Ctx, target: Member) => void;
  body?: (ctx: Ctx, target: Member) => Record<string, unknown>;
  /** The office or region the call brings in; it must lie in the caller's places. */
  place?: (ctx: Ctx) => { officeId?: number; regionId?: number };
  /** The service's own rule, checked after permissions. */
  rule?: (ctx: Ctx, target: Member) => string | undefined;
  done: (ctx: Ctx, before: Member, after: Member | undefined) => void;
};

/** An extra office (or region) for a target, kept outside the caller's places when the target is outside them. */
function extraPlace(ctx: Ctx, target: Member, kind: 'office' | 'region'): number {
  const home = ctx.company.offices.get(target.defaultOfficeId);
  const keepOutside = !inside(ctx, target);
  const ids = kind === 'office' ? [...ctx.company.offices.keys()] : [...ctx.company.regions.keys()];
  const taken = kind === 'office' ? [target.defaultOfficeId, ...target.offices] : [home?.regionId, ...target.regions];
  const choice = ids.find((id) => !taken.includes(id) && !(keepOutside && placeInside(ctx, kind === 'office' ? { officeId: id } : { regionId: id })));
  return choice ?? (kind === 'office' ? target.defaultOfficeId : home?.regionId ?? 0);
}

const ACTIONS: Record<string, Action> = {
  'PUT users/{id} (default office)': {
    kind: 'Contributor', rights: 'manage', method: 'PUT', path: '', success: 200,
    body: (ctx) => ({ defaultOfficeId: ctx.spareOffice.officeId }),
    place: (ctx) => ({ officeId: ctx.spareOffice.officeId }),
    done: (ctx, _before, after) => {
      expect(after?.defaultOfficeId).toBe(ctx.spareOffice.officeId);
      expect(after?.offices).toContain(ctx.spareOffice.officeId);
    },
  },
  'DELETE users/{id}': {
    kind: 'Contributor', rights: 'remove', method: 'DELETE', path: '', success: 204, selfRule: 'CANNOT_REMOVE_SELF', noRooms: true,
    done: (_ctx, _before, after) => expect(after).toBeUndefined(),
  },
  reinvite: {
    kind: 'Contributor', rights: 'manage', method: 'POST', path: '/reinvite', success: 204,
    arrange: (ctx, target) => {
      if (target.userId !== ctx.caller.userId) ctx.company.updateUser(target.userId, { status: 'Pending', invitedDate: '2025-01-01T00:00:00.000Z' });
    },
    done: (_ctx, before, after) => expect(after?.invitedDate).not.toBe(before.invitedDate),
  },
  lock: {
    kind: 'Contributor', rights: 'manage', method: 'POST', path: '/lock', success: 204, selfRule: 'CANNOT_LOCK_SELF',
    body: () => ({ reason: 'Left the brokerage.' }),
    done: (_ctx, _before, after) => expect(after?.isLockedOut).toBe(true),
  },
  unlock: {
    kind: 'Contributor', rights: 'manage', method: 'POST', path: '/unlock', success: 204,
    arrange: (ctx, target) => {
      if (target.userId !== ctx.caller.userId) ctx.company.updateUser(target.userId, { isLockedOut: true, lockedReason: 'Arranged.' });
    },
    done: (_ctx, _before, after) => expect(after?.isLockedOut).toBe(false),
  },
  add_to_office: {
    kind: 'Contributor', rights: 'manage', method: 'POST', path: '/add_to_office', success: 204,
    body: (ctx) => ({ officeId: ctx.spareOffice.officeId }),
    place: (ctx) => ({ officeId: ctx.spareOffice.officeId }),
    rule: (ctx, target) => (target.offices.includes(ctx.spareOffice.officeId) ? 'USER_ALREADY_IN_OFFICE' : undefined),
    done: (ctx, _before, after) => expect(after?.offices).toContain(ctx.spareOffice.officeId),
  },
  remove_from_office: {
    kind: 'Contributor', rights: 'manage', method: 'POST', path: '/remove_from_office', success: 204,
    arrange: (ctx, target) => {
      const extra = extraPlace(ctx, target, 'office');
      ctx.extras.set(target.userId, extra);
      if (!target.offices.includes(extra)) ctx.company.updateUser(target.userId, { offices: [...target.offices, extra] });
    },
    body: (ctx, target) => ({ officeId: ctx.extras.get(target.userId) }),
    rule: (ctx, target) => (ctx.extras.get(target.userId) === target.defaultOfficeId ? 'CANNOT_REMOVE_DEFAULT_OFFICE' : undefined),
    done: (ctx, before, after) => expect(after?.offices).toEqual(before.offices.filter((id) => id !== ctx.extras.get(before.userId))),
  },
  add_to_region: {
    kind: 'Region', rights: 'manage', method: 'POST', path: '/add_to_region', success: 204,
    body: (ctx) => ({ regionId: ctx.spareRegion.regionId }),
    place: (ctx) => ({ regionId: ctx.spareRegion.regionId }),
    rule: (ctx, target) => (target.regions.includes(ctx.spareRegion.regionId) ? 'USER_ALREADY_IN_REGION' : undefined),
    done: (ctx, _before, after) => expect(after?.regions).toContain(ctx.spareRegion.regionId),
  },
  remove_from_region: {
    kind: 'Region', rights: 'manage', method: 'POST', path: '/remove_from_region', success: 204,
    arrange: (ctx, target) => {
      const extra = extraPlace(ctx, target, 'region');
      ctx.extras.set(target.userId, extra);
      if (target.accessLevel === 'Region' && !target.regions.includes(extra)) ctx.company.updateUser(target.userId, { regions: [...target.regions, extra] });
    },
    body: (ctx, target) => ({ regionId: ctx.extras.get(target.userId) }),
    rule: (ctx, target) => {
      const extra = ctx.extras.get(target.userId) ?? -1;
      if (!target.regions.includes(extra)) return 'USER_NOT_IN_REGION';
      return ctx.company.offices.get(target.defaultOfficeId)?.regionId === extra ? 'CANNOT_REMOVE_DEFAULT_REGION' : undefined;
    },
    done: (ctx, before, after) => expect(after?.regions).toEqual(before.regions.filter((id) => id !== ctx.extras.get(before.userId))),
  },
};

type Expected = { status: number; errorCode?: string; message?: RegExp };

function expected(ctx: Ctx, action: Action, target: Member): Expected {
  if (action.selfRule && target.userId === ctx.caller.userId) return { status: 400, errorCode: action.selfRule };
  const rights = ctx.id[action.rights];
  // v5: whether the Manager may manage members at all is asked before the level.
  if (ctx.id.account === 'cedar' && rights !== 'all' && !rights.lower && !rights.same) {
    return { status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: /permission canManageCompanyMembers\./ };
  }
  if (rights !== 'all') {
    const comparison = RANK[target.accessLevel] - RANK[ctx.caller.accessLevel];
    if (comparison > 0) return { status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: /above your own/ };
    const held = comparison === 0 ? rights.same : rights.lower;
    const name = ctx.id.account === 'cedar' ? 'canManageCompanyMembers' : PERMISSION_NAMES[action.rights][comparison === 0 ? 'same' : 'lower'];
    if (!held) return { status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: new RegExp(`permission ${name}\\.`) };
  }
  if (!inside(ctx, target)) return { status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: /^That user is outside the offices and regions you oversee\.$/ };
  const place = action.place?.(ctx);
  if (place && !placeInside(ctx, place)) return { status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: /^The (office|region) '.+' is outside/ };
  const broken = action.rule?.(ctx, target);
  return broken ? { status: 400, errorCode: broken } : { status: action.success };
}

const FIXED = /^(admin|rita\.region|omar\.office|alex\.agent|maria\.garcia|peter\.pending|lena\.locked|owen\.owner|mona\.manager|milo\.manager|abby\.agent)@/;

/** A fresh member of the action's level on the wanted side; one already used only when none is left. */
function pickTarget(ctx: Ctx, action: Action, side: 'inside' | 'outside', used: Set<number>): Member {
  if (side === 'inside' && ctx.caller.accessLevel === 'Contributor') return ctx.caller;
  const candidates = ctx.company
    .usersInOrder('userId')
    .map((entry) => entry.member)
    .filter(
      (member) =>
        member.accessLevel === action.kind &&
        !FIXED.test(member.email) &&
        member.status === 'Active' &&
        !member.isLockedOut &&
        inside(ctx, member) === (side === 'inside') &&
        (!action.noRooms || ctx.company.roomsOwnedBy(member.userId).length === 0),
    );
  const target = candidates.find((member) => !used.has(member.userId)) ?? candidates[0];
  if (!target) throw new Error(`no ${side} ${action.kind} target for ${ctx.caller.email}`);
  used.add(target.userId);
  return target;
}

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

describe.each(Object.entries(IDENTITIES))('as %s', (_label, id) => {
  let ctx: Ctx;
  const used = new Set<number>();

  beforeAll(() => {
    sim.simulator.reset({ keepTokens: true });
    const [harbor, cedar] = sim.simulator.store.companies as [Company, Company];
    const company = id.account === 'harbor' ? harbor : cedar;
    const caller = company.userByEmail(id.email);
    const spareOffice = [...company.offices.values()].find((office) => office.name === id.spareOffice);
    const spareRegion = [...company.regions.values()].find((region) => region.name === id.spareRegion);
    if (!caller || !spareOffice || !spareRegion) throw new Error(`bad fixture for ${id.email}`);
    ctx = { id, company, caller, spareOffice, spareRegion, extras: new Map() };
  });

  const sides = id.manage === 'all' ? (['inside'] as const) : (['inside', 'outside'] as const);
  const cases = Object.entries(ACTIONS).flatMap(([name, action]) => sides.map((side) => [name, side, action] as const));

  it.each(cases)('%s on a member %s their places agrees with the rules', async (_name, side, action) => {
    const target = pickTarget(ctx, action, side, used);
    action.arrange?.(ctx, target);
    expect(inside(ctx, target), 'the arrangement kept the target on its side').toBe(side === 'inside');
    const before = structuredClone(target);
    const want = expected(ctx, action, target);
    const base = id.account === 'harbor' ? HARBOR : CEDAR;
    const reply = await sim.send(id.email, action.method, `${base}/users/${target.userId}${action.path}`, action.body?.(ctx, target) ?? (action.method === 'POST' ? {} : undefined));
    const after = ctx.company.user(target.userId);
    if (want.status >= 400) {
      const error = failure(reply, want.status);
      expect(error.errorCode).toBe(want.errorCode);
      if (want.message) expect(error.message).toMatch(want.message);
      expect(after, 'a refused call changes nothing').toEqual(before);
    } else {
      expect(reply.status, JSON.stringify(reply.body)).toBe(want.status);
      action.done(ctx, before, after);
    }
  });
});
