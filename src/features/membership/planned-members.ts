import type { QueryClient } from '@tanstack/react-query';

import type { MembershipIndex } from '@/api/membership-index';
import { userQueries } from '@/api/users/queries';
import type { PlannedMember } from '@/features/membership/reassignment-plan';

export type MemberForPlan = PlannedMember & { email: string };

/**
 * Each chosen user with their memberships, as the planner needs them: from the membership index when it knows
 * the user, otherwise one GET users/{id} each (a selection is small; the whole company is not read for it).
 */
export async function loadPlannedMembers(queryClient: QueryClient, accountId: string, userIds: readonly number[], index: MembershipIndex) {
  return Promise.all(
    userIds.map(async (userId): Promise<MemberForPlan> => {
      const known = index.members[userId];
      const user = known ?? (await queryClient.fetchQuery({ ...userQueries.detail(accountId, userId), staleTime: 0 }));
      return {
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
      };
    }),
  );
}
