import type { Member } from '@/api/permissions';
import type { UserSummary } from '@/api/users/schemas';

/** A user or list row as the permission rules see it; offices and regions only when the detail is known. */
export function memberOf(user: UserSummary & { offices?: number[]; regions?: number[] }): Member {
  return {
    userId: user.userId,
    firstName: user.firstName,
    lastName: user.lastName,
    accessLevel: user.accessLevel ?? 'Contributor',
    defaultOfficeId: user.defaultOfficeId,
    status: user.status,
    isLockedOut: user.isLockedOut,
    offices: user.offices,
    regions: user.regions,
  };
}
