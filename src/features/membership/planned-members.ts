import type { QueryClient } from '@tanstack/react-query';

import type { IndexedMember, MembershipIndex } from '@/api/membership-index';
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
): Promise<MemberForPlan[]> {
  const missing = userIds.filter((userId) => !index.members[userId]);
  let read = 0;
  onProgress?.(0, missing.length);
  const fetched = await readPaced(missing, (userId) => queryClient.fetchQuery({ ...userQueries.detail(accountId, userId), staleTime: 0 }), {
    signal,
    onRead: () => onProgress?.(++read, missing.length),
  });
  signal.throwIfAborted();
  return userIds.map((userId) => forPlan(index.members[userId] ?? fetched.get(userId)!));
}
