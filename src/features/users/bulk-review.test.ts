import { describe, expect, it } from 'vitest';

import type { Actor } from '@/api/permissions';
import type { UserSummary } from '@/api/users/schemas';
import { jobRows, refusalText, reviewBulk, summary } from '@/features/users/bulk-review';

const BOSTON = 1;
const CAMBRIDGE = 2;
const geography = { regionOfOffice: (officeId: number) => (officeId === BOSTON || officeId === CAMBRIDGE ? 10 : 20) };

const officeManager: Actor = {
  userId: 100,
  accessLevel: 'Office',
  defaultOfficeId: CAMBRIDGE,
  offices: [CAMBRIDGE],
  regions: [],
  isDefaultAdmin: false,
  permissions: { canManageMemberLowerAccessLevel: true },
};

const person = (userId: number, firstName: string, patch: Partial<UserSummary> = {}): UserSummary => ({
  userId,
  email: `${firstName.toLowerCase()}@example.com`,
  firstName,
  lastName: 'Doe',
  isLockedOut: false,
  status: 'Active',
  accessLevel: 'Contributor',
  defaultOfficeId: CAMBRIDGE,
  titleId: undefined,
  roleId: undefined,
  profileImageUrl: undefined,
  ...patch,
});

describe('bulk review', () => {
  const users = [
    person(1, 'Ann'),
    person(2, 'Bob', { defaultOfficeId: BOSTON }),
    person(3, 'Cid', { isLockedOut: true }),
    person(100, 'Omar', { accessLevel: 'Office' }),
  ];

  it('accepts whom the rules allow and names each refusal with its reason', () => {
    const review = reviewBulk(officeManager, geography, { kind: 'lock', reason: 'Audit' }, users);
    expect(review.accepted.map((user) => user.firstName)).toEqual(['Ann', 'Bob']);
    expect(review.refused.map(({ user, reason }) => `${user.firstName}: ${reason}`)).toEqual([
      'Cid: Cid Doe is already locked.',
      'Omar: You cannot lock yourself out.',
    ]);
    expect(summary('Lock', review)).toBe('Lock 4 users: 2 can be done; 2 cannot.');
    expect(review.refused.map(refusalText)).toEqual(['Cid Doe — is already locked.', 'Omar Doe — You cannot lock yourself out.']);
  });

  it('does not refuse a listed user for a default office outside the manager\'s: another office of theirs put them on his list', () => {
    // Bob's default office is Boston; the Cambridge manager's list shows him because he is also in Cambridge.
    const review = reviewBulk(officeManager, geography, { kind: 'unlock' }, [person(2, 'Bob', { defaultOfficeId: BOSTON, isLockedOut: true })]);
    expect(review.refused).toEqual([]);
    expect(summary('Unlock', review)).toBe('Unlock 1 user: all 1 can be done.');
  });

  it('keeps refused rows in the job as skipped, with the reason, so the results list them', () => {
    const review = reviewBulk(officeManager, geography, { kind: 'remove' }, users.slice(0, 1));
    expect(review.refused[0]?.reason).toMatch(/may not remove members/);
    expect(jobRows(review)).toEqual([
      { key: '1', input: { label: 'Ann Doe <ann@example.com>', userId: 1 }, status: 'skipped', message: review.refused[0]?.reason },
    ]);
  });

  it('judges places by what the summary knows: the default office cannot be left', () => {
    const spec = { kind: 'removeFromOffice' as const, officeId: CAMBRIDGE, officeName: 'Cambridge' };
    const review = reviewBulk(officeManager, geography, spec, [person(1, 'Ann')]);
    expect(review.refused[0]?.reason).toMatch(/Change the default office first/);
    const everyone = reviewBulk(officeManager, geography, { kind: 'unlock' }, [person(3, 'Cid', { isLockedOut: true })]);
    expect(summary('Unlock', everyone)).toBe('Unlock 1 user: all 1 can be done.');
  });
});
