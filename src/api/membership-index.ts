import type { Geography } from '@/api/permissions';
import { applyStep, type MembershipStep } from '@/api/users/membership-steps';
import type { BulkSpec } from '@/api/bulk-operations';
import type { UserToInvite } from '@/api/invites/schemas';
import { User, type UserSummary } from '@/api/users/schemas';

/**
 * What the dashboard knows about every user's office and region memberships. GET /users gives only the default
 * office; the other offices and regions need one GET /users/{id} per user (REFERENCE.md §3.3), so this is built
 * once, on demand, kept in the browser, and kept current by the dashboard's own changes rather than read again.
 * This file is the pure part: the record, how it changes, and the questions it answers.
 */

export type IndexedMember = {
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  accessLevel: string;
  status?: string;
  isLockedOut?: boolean;
  defaultOfficeId?: number;
  offices: number[];
  regions: number[];
};

export type MembershipIndex = {
  accountId: string;
  /** The identity it was read as: another administrator sees other users. */
  owner: string;
  /** Every user id the list showed when the build started; undefined until the list has been read. */
  userIds?: number[];
  members: Record<number, IndexedMember>;
  /** When the first detail was read. */
  startedAt?: string;
  /** When the last detail was read. */
  readAt?: string;
  /** When the last read finished with every user known: the age shown is from here. */
  finishedAt?: string;
  /** A read was under way when this was saved: a reload carries it on without being asked. */
  reading?: boolean;
  /** Per bulk job, how many of each row's done steps are already applied, so a job is never applied twice. */
  appliedJobs: Record<string, Record<string, number>>;
};

export const emptyIndex = (accountId: string, owner: string): MembershipIndex => ({ accountId, owner, members: {}, appliedJobs: {} });

export const indexKey = (accountId: string, owner: string) => `${accountId}:${owner}`;

export function memberFromUser(user: User): IndexedMember {
  return {
    userId: user.userId,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    accessLevel: user.accessLevel ?? 'Contributor',
    status: user.status,
    isLockedOut: user.isLockedOut,
    defaultOfficeId: user.defaultOfficeId,
    offices: [...user.offices],
    regions: [...user.regions],
  };
}

export function withUserList(index: MembershipIndex, users: readonly Pick<UserSummary, 'userId'>[]): MembershipIndex {
  const userIds = users.map((user) => user.userId);
  const listed = new Set(userIds);
  // Users gone from the company are gone from the index too.
  const members = Object.fromEntries(Object.entries(index.members).filter(([id]) => listed.has(Number(id))));
  return { ...index, userIds, members };
}

export function withMember(index: MembershipIndex, member: IndexedMember, at = new Date().toISOString()): MembershipIndex {
  return { ...index, members: { ...index.members, [member.userId]: member }, startedAt: index.startedAt ?? at, readAt: at };
}

/** Forgets a user: read again when next needed. */
export function withoutMember(index: MembershipIndex, userId: number): MembershipIndex {
  if (!(userId in index.members)) return index;
  const members = { ...index.members };
  delete members[userId];
  return { ...index, members };
}

/** The user ids still to read, in list order. */
export const unread = (index: MembershipIndex): number[] => (index.userIds ?? []).filter((id) => !(id in index.members));

/** When what the index knows was read: when its last read finished, or, not finished, its first record. */
export const readTimeOf = (index: MembershipIndex): string | undefined => index.finishedAt ?? index.startedAt;

export function progressOf(index: MembershipIndex) {
  const total = index.userIds?.length;
  const read = total === undefined ? 0 : total - unread(index).length;
  return { read, total, complete: total !== undefined && read === total };
}

export type JobRowResult = { key: string; userId?: number; done?: readonly MembershipStep[] };

/**
 * Applies each row's steps that took effect (also of failed rows) to the members they concern. Only the steps not
 * yet applied are applied, so calling it again after a retry of failed rows adds just the new ones.
 */
export function applyMembershipJob(index: MembershipIndex, jobId: string, rows: readonly JobRowResult[]): MembershipIndex {
  const applied = { ...(index.appliedJobs[jobId] ?? {}) };
  let members = index.members;
  for (const row of rows) {
    const done = row.done ?? [];
    const already = applied[row.key] ?? 0;
    if (done.length <= already) continue;
    applied[row.key] = done.length;
    const member = row.userId === undefined ? undefined : members[row.userId];
    if (!member) continue;
    members = { ...members, [member.userId]: done.slice(already).reduce((state, step) => applyStep(state, step), member) };
  }
  return { ...index, members, appliedJobs: { ...index.appliedJobs, [jobId]: applied } };
}

/**
 * What one successful change is known to have done to a user: a membership step, a lock or unlock, a removal, or
 * the user as the API answered (PUT users/{id} and the invites reply with the whole User).
 */
export type KnownChange =
  | { userId: number; kind: 'step'; step: MembershipStep }
  | { userId: number; kind: 'locked'; locked: boolean }
  | { userId: number; kind: 'removed' }
  | { userId: number; kind: 'user'; member: IndexedMember; invited: boolean };

/**
 * Applies a change the dashboard made. Only users the index already knows change (one not yet read will be read
 * as they are now); a new invitee joins the list and the members, so a complete index stays complete.
 */
export function withChange(index: MembershipIndex, change: KnownChange): MembershipIndex {
  const known = index.members[change.userId];
  switch (change.kind) {
    case 'removed': {
      const next = withoutMember(index, change.userId);
      const userIds = index.userIds?.filter((id) => id !== change.userId);
      return userIds && userIds.length !== index.userIds?.length ? { ...next, userIds } : next;
    }
    case 'user':
      if (change.invited) {
        if (!index.userIds || known) return index;
        const userIds = index.userIds.includes(change.userId) ? index.userIds : [...index.userIds, change.userId];
        return { ...index, userIds, members: { ...index.members, [change.userId]: change.member } };
      }
      return known ? { ...index, members: { ...index.members, [change.userId]: change.member } } : index;
    case 'locked':
      return known ? { ...index, members: { ...index.members, [change.userId]: { ...known, isLockedOut: change.locked } } } : index;
    case 'step':
      return known ? { ...index, members: { ...index.members, [change.userId]: applyStep(known, change.step) } } : index;
  }
}

const USER_WRITE = /\/users\/(\d+)(?:\/(add_to_office|remove_from_office|add_to_region|remove_from_region|lock|unlock))?$/;
const INVITE = /\/users\/invite_(user|classic_admin|classic_manager|classic_agent)$/;

const idIn = (body: unknown, key: 'officeId' | 'regionId' | 'defaultOfficeId'): number | undefined => {
  const value = (body as Record<string, unknown> | undefined)?.[key];
  return typeof value === 'number' ? value : undefined;
};

/** A successful write the client saw: what the call was, and the API's reply when it has one. */
export type SeenWrite = { method: string; path: string; body?: unknown; reply?: unknown };

/** The known effect of a successful write to a user, or undefined when it changes nothing the index holds. */
export function changeFromWrite({ method, path, body, reply }: SeenWrite): KnownChange | undefined {
  const invited = INVITE.exec(path);
  if (invited && method === 'POST') {
    const user = User.safeParse(reply);
    return user.success ? { userId: user.data.userId, kind: 'user', member: memberFromUser(user.data), invited: true } : undefined;
  }
  const match = USER_WRITE.exec(path);
  if (!match) return undefined;
  const userId = Number(match[1]);
  const action = match[2];
  if (!action) {
    if (method === 'DELETE') return { userId, kind: 'removed' };
    if (method !== 'PUT') return undefined;
    const user = User.safeParse(reply);
    if (user.success && user.data.userId === userId) return { userId, kind: 'user', member: memberFromUser(user.data), invited: false };
    const officeId = idIn(body, 'defaultOfficeId');
    return officeId === undefined ? undefined : { userId, kind: 'step', step: { call: 'setDefaultOffice', officeId, previousOfficeId: -1 } };
  }
  if (action === 'lock' || action === 'unlock') return { userId, kind: 'locked', locked: action === 'lock' };
  if (action === 'add_to_office' || action === 'remove_from_office') {
    const officeId = idIn(body, 'officeId');
    if (officeId === undefined) return undefined;
    return { userId, kind: 'step', step: action === 'add_to_office' ? { call: 'addToOffice', officeId } : { call: 'removeFromOffice', officeId } };
  }
  const regionId = idIn(body, 'regionId');
  if (regionId === undefined) return undefined;
  return { userId, kind: 'step', step: action === 'add_to_region' ? { call: 'addToRegion', regionId } : { call: 'removeFromRegion', regionId } };
}

const inOffices = (accessLevel: string) => accessLevel === 'Office' || accessLevel === 'Contributor';

/** A finished row of a bulk job of the list (not a reassignment, whose rows carry their steps). */
export type JobRowOutcome = { key: string; userId?: number; status: string; result?: unknown; invite?: UserToInvite };

/** The known effect of one row of a bulk job that took effect, from the job's kind. */
export function changeFromJobRow(spec: BulkSpec, row: JobRowOutcome): KnownChange | undefined {
  if (row.status !== 'succeeded') return undefined;
  if (spec.kind === 'invite') {
    const userId = typeof row.result === 'number' ? row.result : undefined;
    const invite = row.invite;
    if (userId === undefined || !invite) return undefined;
    const member: IndexedMember = {
      userId,
      email: invite.email,
      firstName: invite.firstName,
      lastName: invite.lastName,
      accessLevel: invite.accessLevel,
      status: 'Pending',
      isLockedOut: false,
      defaultOfficeId: invite.defaultOfficeId,
      // The service lists an office member's default office among their offices; Region members have none.
      offices: inOffices(invite.accessLevel) ? [...new Set([invite.defaultOfficeId, ...(invite.offices ?? [])])] : [...(invite.offices ?? [])],
      regions: [...(invite.regions ?? [])],
    };
    return { userId, kind: 'user', member, invited: true };
  }
  const userId = row.userId;
  if (userId === undefined) return undefined;
  switch (spec.kind) {
    case 'lock':
    case 'unlock':
      return { userId, kind: 'locked', locked: spec.kind === 'lock' };
    case 'remove':
      return { userId, kind: 'removed' };
    case 'setDefaultOffice': {
      // The job keeps each PUT's reply, the whole User.
      const user = User.safeParse(row.result);
      if (user.success && user.data.userId === userId) return { userId, kind: 'user', member: memberFromUser(user.data), invited: false };
      return { userId, kind: 'step', step: { call: 'setDefaultOffice', officeId: spec.officeId, previousOfficeId: -1 } };
    }
    case 'addToOffice':
    case 'removeFromOffice':
      return { userId, kind: 'step', step: { call: spec.kind, officeId: spec.officeId } };
    case 'addToRegion':
    case 'removeFromRegion':
      return { userId, kind: 'step', step: { call: spec.kind, regionId: spec.regionId } };
    default:
      return undefined;
  }
}

/** Applies each finished row of a bulk job of the list once; calling it again as more rows finish adds just those. */
export function applyJobRows(index: MembershipIndex, jobId: string, spec: BulkSpec, rows: readonly JobRowOutcome[]): MembershipIndex {
  const applied = { ...(index.appliedJobs[jobId] ?? {}) };
  let next = index;
  let changed = false;
  for (const row of rows) {
    if (applied[row.key] || (row.status !== 'succeeded' && row.status !== 'failed' && row.status !== 'skipped')) continue;
    applied[row.key] = 1;
    changed = true;
    const change = changeFromJobRow(spec, row);
    if (change) next = withChange(next, change);
  }
  return changed ? { ...next, appliedJobs: { ...next.appliedJobs, [jobId]: applied } } : index;
}

export type OfficeMembership = { member: IndexedMember; via: 'default' | 'additional' };

/** Everyone in the office: those whose default it is, then those who were added to it. */
export function officeMembers(index: MembershipIndex, officeId: number): OfficeMembership[] {
  const all = Object.values(index.members);
  return [
    ...all.filter((member) => member.defaultOfficeId === officeId).map((member) => ({ member, via: 'default' as const })),
    ...all
      .filter((member) => member.defaultOfficeId !== officeId && member.offices.includes(officeId))
      .map((member) => ({ member, via: 'additional' as const })),
  ];
}

export type RegionMembership = { member: IndexedMember; via: 'default' | 'region' };

/** The region's members: users whose default office is in it, and Region-level users who were added to it. */
export function regionMembers(index: MembershipIndex, regionId: number, geography: Geography): RegionMembership[] {
  const all = Object.values(index.members);
  const byDefault = all.filter((member) => member.defaultOfficeId !== undefined && geography.regionOfOffice(member.defaultOfficeId) === regionId);
  const inDefault = new Set(byDefault.map((member) => member.userId));
  return [
    ...byDefault.map((member) => ({ member, via: 'default' as const })),
    ...all.filter((member) => !inDefault.has(member.userId) && member.regions.includes(regionId)).map((member) => ({ member, via: 'region' as const })),
  ];
}

/** Full membership count per office (default or additional). */
export function officeMemberCounts(index: MembershipIndex): Map<number, number> {
  const counts = new Map<number, number>();
  for (const member of Object.values(index.members)) {
    const offices = new Set([...(member.defaultOfficeId === undefined ? [] : [member.defaultOfficeId]), ...member.offices]);
    for (const officeId of offices) counts.set(officeId, (counts.get(officeId) ?? 0) + 1);
  }
  return counts;
}

/** "4 minutes ago", for the index's age. */
export function ageOf(iso: string | undefined, now = Date.now()): string | undefined {
  if (!iso) return undefined;
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (seconds < 60) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'} ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  const days = Math.round(hours / 24);
  return `${days} days ago`;
}
