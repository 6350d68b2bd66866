import type { Geography } from '@/api/permissions';
import { applyStep, type MembershipStep } from '@/api/users/membership-steps';
import type { User, UserSummary } from '@/api/users/schemas';

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
  /** When the first detail was read; the age shown is from here (changes made here since are applied). */
  startedAt?: string;
  /** When the last detail was read. */
  readAt?: string;
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

/** After a change the dashboard cannot replay (lock, remove, a single edit elsewhere): read that user again. */
export function withoutMember(index: MembershipIndex, userId: number): MembershipIndex {
  if (!(userId in index.members)) return index;
  const members = { ...index.members };
  delete members[userId];
  return { ...index, members };
}

/** The user ids still to read, in list order. */
export const unread = (index: MembershipIndex): number[] => (index.userIds ?? []).filter((id) => !(id in index.members));

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

/** Drops the users of rows of another kind of job once; their new state is read again when next needed. */
export function dropJobUsers(index: MembershipIndex, jobId: string, rows: readonly { key: string; userId?: number; touched: boolean }[]): MembershipIndex {
  const applied = { ...(index.appliedJobs[jobId] ?? {}) };
  let next = index;
  for (const row of rows) {
    if (!row.touched || applied[row.key]) continue;
    applied[row.key] = 1;
    if (row.userId !== undefined) next = withoutMember(next, row.userId);
  }
  return { ...next, appliedJobs: { ...next.appliedJobs, [jobId]: applied } };
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
