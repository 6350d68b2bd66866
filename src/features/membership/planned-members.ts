import type { QueryClient } from '@tanstack/react-query';

import type { IndexedMember, MembershipIndex } from '@/api/membership-index';
import { ApiError } from '@/api/errors';
import { readPaced } from '@/api/paced-reads';
import { userQueries } from '@/api/users/queries';
import type { User } from '@/api/users/schemas';
import type { PlannedMember } from '@/features/membership/reassignment-plan';

export type MemberForPlan = PlannedMember & { email: string };

const forPlan = (user: IndexedMember | User): MemberForPlan => ({
  userId: user.userId,
  email: user.email,
  firstName: user.firstName,
  lastName: user.lastName,
  accessLevel: user.accessLevel ?? 'Contributor',
  status: user.status,
  isLockedOut: user.isLockedOut,
  defaultOfficeId: user.defaultOfficeId ?? -1,
  offices: user.offices,
  regions: user.regions,
});

/** A chosen user who cannot be read now: removed since, or no longer in the places the administrator oversees. */
export type UnreadableMember = { userId: number; reason: string };

export type LoadOptions = {
  signal?: AbortSignal;
  /** How many of the users not in the index have been read, of how many. */
  onProgress?: (read: number, toRead: number) => void;
};

/**
 * Each chosen user with their memberships, as the planner needs them, in the order given: from the membership
 * index when it knows the user, otherwise one GET users/{id} each, paced by the rate limit like the index itself
 * (a selection from the user list can be large; the whole company is not read for it).
 */
export async function loadPlannedMembers(
  queryClient: QueryClient,
  accountId: string,
  userIds: readonly number[],
  index: MembershipIndex,
  { signal = new AbortController().signal, onProgress }: LoadOptions = {},
): Promise<{ members: MemberForPlan[]; unreadable: UnreadableMember[] }> {
  const missing = userIds.filter((userId) => !index.members[userId]);
  let read = 0;
  onProgress?.(0, missing.length);
  const fetched = await readPaced(missing, (userId) => queryClient.fetchQuery({ ...userQueries.detail(accountId, userId), staleTime: 0, retry: false }), {
    signal,
    onRead: () => onProgress?.(++read, missing.length),
    // The API answers 404 alike for a user removed and for one outside the caller's offices and regions.
    ignore: (error) => error instanceof ApiError && error.status === 404,
  });
  signal.throwIfAborted();
  const members = userIds.flatMap((userId) => {
    const user = index.members[userId] ?? fetched.get(userId);
    return user ? [forPlan(user)] : [];
  });
  const unreadable: UnreadableMember[] = userIds
    .filter((userId) => !index.members[userId] && !fetched.has(userId))
    .map((userId) => ({
      userId,
      reason: 'This user could not be read: no longer in the company, or no longer in the offices and regions you oversee.',
    }));
  return { members, unreadable };
}
