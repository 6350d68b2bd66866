import { describe, expect, it } from 'vitest';

import {
  ageOf,
  applyJobRows,
  applyMembershipJob,
  changeFromWrite,
  emptyIndex,
  officeMemberCounts,
  officeMembers,
  progressOf,
  regionMembers,
  unread,
  withChange,
  withMember,
  withoutMember,
  withUserList,
  type IndexedMember,
} from '@/api/membership-index';
import { geographyOf } from '@/api/geography';

const BOSTON = 1;
const CAMBRIDGE = 2;
const SAN_DIEGO = 3;
const NORTHEAST = 10;
const WEST = 20;
const geography = geographyOf([
  { officeId: BOSTON, regionId: NORTHEAST },
  { officeId: CAMBRIDGE, regionId: NORTHEAST },
  { officeId: SAN_DIEGO, regionId: WEST },
]);

const member = (userId: number, defaultOfficeId: number, extra: Partial<IndexedMember> = {}): IndexedMember => ({
  userId,
  email: `u${userId}@example.com`,
  firstName: 'U',
  lastName: String(userId),
  accessLevel: 'Contributor',
  defaultOfficeId,
  offices: [defaultOfficeId],
  regions: [],
  ...extra,
});

const indexOf = (...members: IndexedMember[]) =>
  members.reduce((index, next) => withMember(index, next, '2026-01-01T00:00:00Z'), withUserList(emptyIndex('acc', 'me'), members));

describe('membership index', () => {
  it('counts progress against the user list and knows what is left to read', () => {
    const listed = withUserList(emptyIndex('acc', 'me'), [{ userId: 1 }, { userId: 2 }, { userId: 3 }]);
    const index = withMember(listed, member(2, BOSTON));
    expect(progressOf(index)).toEqual({ read: 1, total: 3, complete: false });
    expect(unread(index)).toEqual([1, 3]);
    expect(progressOf(emptyIndex('acc', 'me'))).toEqual({ read: 0, total: undefined, complete: false });
  });

  it('forgets users who are no longer listed when the list is read again', () => {
    const index = withUserList(indexOf(member(1, BOSTON), member(2, BOSTON)), [{ userId: 2 }, { userId: 4 }]);
    expect(Object.keys(index.members)).toEqual(['2']);
    expect(unread(index)).toEqual([4]);
  });

  it('tells default-office members apart from additional members', () => {
    const index = indexOf(member(1, BOSTON), member(2, CAMBRIDGE, { offices: [CAMBRIDGE, BOSTON] }), member(3, SAN_DIEGO));
    expect(officeMembers(index, BOSTON).map(({ member: { userId }, via }) => [userId, via])).toEqual([
      [1, 'default'],
      [2, 'additional'],
    ]);
    expect(officeMemberCounts(index).get(BOSTON)).toBe(2);
    expect(officeMemberCounts(index).get(CAMBRIDGE)).toBe(1);
  });

  it('puts Region-level users with the region beside those whose default office is in it', () => {
    const manager = member(4, SAN_DIEGO, { accessLevel: 'Region', offices: [], regions: [WEST, NORTHEAST] });
    const index = indexOf(member(1, BOSTON), member(3, SAN_DIEGO), manager);
    expect(regionMembers(index, NORTHEAST, geography).map(({ member: { userId }, via }) => [userId, via])).toEqual([
      [1, 'default'],
      [4, 'region'],
    ]);
    expect(regionMembers(index, WEST, geography).map(({ member: { userId }, via }) => [userId, via])).toEqual([
      [3, 'default'],
      [4, 'default'],
    ]);
  });

  it('applies the steps a membership job carried out, once, including those of a failed row', () => {
    const index = indexOf(member(1, CAMBRIDGE), member(2, CAMBRIDGE));
    const moved = [
      { call: 'addToOffice' as const, officeId: BOSTON },
      { call: 'setDefaultOffice' as const, officeId: BOSTON, previousOfficeId: CAMBRIDGE },
      { call: 'removeFromOffice' as const, officeId: CAMBRIDGE },
    ];
    const rows = [
      { key: 'a', userId: 1, done: moved },
      { key: 'b', userId: 2, done: moved.slice(0, 1) },
    ];
    const once = applyMembershipJob(index, 'job', rows);
    expect(once.members[1]).toMatchObject({ defaultOfficeId: BOSTON, offices: [BOSTON] });
    expect(once.members[2]).toMatchObject({ defaultOfficeId: CAMBRIDGE, offices: [CAMBRIDGE, BOSTON] });
    // Seen again (e.g. a re-render): nothing changes.
    expect(applyMembershipJob(once, 'job', rows).members).toEqual(once.members);
    // The failed row retried: only its new steps are applied.
    const retried = applyMembershipJob(once, 'job', [rows[0]!, { key: 'b', userId: 2, done: moved }]);
    expect(retried.members[2]).toMatchObject({ defaultOfficeId: BOSTON, offices: [BOSTON] });
  });

  it('applies the known effect of each change the dashboard makes, keeping the office pages right', () => {
    const index = indexOf(member(1, BOSTON), member(2, BOSTON));
    const seen = (write: Parameters<typeof changeFromWrite>[0]) => {
      const change = changeFromWrite(write);
      return change ? withChange(index, change) : index;
    };
    const added = seen({ method: 'POST', path: '/api/v2/accounts/acc/users/1/add_to_office', body: { officeId: CAMBRIDGE } });
    expect(officeMembers(added, CAMBRIDGE)).toEqual([{ member: expect.objectContaining({ userId: 1 }), via: 'additional' }]);
    expect(progressOf(added).complete).toBe(true);
    const left = seen({ method: 'POST', path: '/api/v2/accounts/acc/users/1/remove_from_office', body: { officeId: BOSTON } });
    expect(left.members[1]?.offices).toEqual([]);
    // PUT users/{id} answers with the whole user: that is what the index keeps.
    const reply = { ...member(2, CAMBRIDGE), offices: [BOSTON, CAMBRIDGE], isLockedOut: false, status: 'Active', permissions: {} };
    expect(seen({ method: 'PUT', path: '/api/v2/accounts/acc/users/2', body: { defaultOfficeId: CAMBRIDGE }, reply }).members[2]).toMatchObject({
      defaultOfficeId: CAMBRIDGE,
      offices: [BOSTON, CAMBRIDGE],
    });
    expect(seen({ method: 'POST', path: '/api/v2/accounts/acc/users/2/lock', body: { reason: 'x' } }).members[2]?.isLockedOut).toBe(true);
    const removed = seen({ method: 'DELETE', path: '/api/v2/accounts/acc/users/2' });
    expect(Object.keys(removed.members)).toEqual(['1']);
    expect(progressOf(removed)).toEqual({ read: 1, total: 1, complete: true });
    // A new invitee joins the index as the API answered, and the index stays complete.
    const invitee = { ...member(9, CAMBRIDGE), status: 'Pending', isLockedOut: false, permissions: {} };
    const invited = seen({ method: 'POST', path: '/api/v2/accounts/acc/users/invite_user', body: {}, reply: invitee });
    expect(progressOf(invited)).toEqual({ read: 3, total: 3, complete: true });
    expect(officeMembers(invited, CAMBRIDGE).map(({ member: m }) => m.userId)).toEqual([9]);
    // Reads and unknown users change nothing.
    expect(seen({ method: 'POST', path: '/api/v2/accounts/acc/users/77/add_to_office', body: { officeId: CAMBRIDGE } })).toBe(index);
  });

  it('applies the rows of the list\'s bulk jobs by their kind, once per row', () => {
    const index = indexOf(member(1, BOSTON), member(2, BOSTON));
    const spec = { kind: 'addToOffice' as const, officeId: CAMBRIDGE, officeName: 'Cambridge' };
    const rows = [
      { key: 'a', userId: 1, status: 'succeeded' },
      { key: 'b', userId: 2, status: 'failed' },
    ];
    const once = applyJobRows(index, 'job', spec, rows);
    expect(once.members[1]?.offices).toEqual([BOSTON, CAMBRIDGE]);
    expect(once.members[2]?.offices).toEqual([BOSTON]);
    // The failed row, retried later, is not applied again by the counter; a read of user 1 since is kept.
    const reread = withMember(once, member(1, BOSTON));
    expect(applyJobRows(reread, 'job', spec, rows)).toBe(reread);
    const invite = { email: 'new@example.com', firstName: 'New', lastName: 'Person', accessLevel: 'Contributor' as const, defaultOfficeId: CAMBRIDGE, roleId: 1, eSignPermissionProfileId: 'p' };
    const invited = applyJobRows(index, 'invites', { kind: 'invite' }, [{ key: 'row-1', status: 'succeeded', result: 42, invite }]);
    expect(invited.members[42]).toMatchObject({ email: 'new@example.com', defaultOfficeId: CAMBRIDGE, offices: [CAMBRIDGE], status: 'Pending' });
    expect(progressOf(invited).complete).toBe(true);
    expect(applyJobRows(index, 'removal', { kind: 'remove' }, [{ key: 'a', userId: 1, status: 'succeeded' }]).userIds).toEqual([2]);
    expect(withoutMember(index, 99)).toBe(index);
  });

  it('says how old the index is in words', () => {
    const now = Date.parse('2026-01-01T12:00:00Z');
    expect(ageOf('2026-01-01T11:59:30Z', now)).toBe('just now');
    expect(ageOf('2026-01-01T11:55:00Z', now)).toBe('5 minutes ago');
    expect(ageOf('2026-01-01T11:00:00Z', now)).toBe('1 hour ago');
    expect(ageOf(undefined, now)).toBeUndefined();
  });
});
