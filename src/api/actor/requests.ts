import { getAccount } from '@/api/accounts/requests';
import { findMemberByEmail } from '@/api/invites/requests';
import type { Actor } from '@/api/permissions';
import { getRole } from '@/api/roles/requests';
import { getUser } from '@/api/users/requests';
import type { User } from '@/api/users/schemas';

/** v5 classic managers' switches in terms of the v6 Lower/Same permissions that the rules check. */
function classicPermissions(permissions: Record<string, boolean>, accessLevel: string): Record<string, boolean> {
  const members = permissions.canManageCompanyMembers === true;
  return {
    canAddMemberAndSetRoleLowerAccessLevel: members,
    canAddMemberAndSetRoleSameAccessLevel: members,
    canManageMemberLowerAccessLevel: members,
    canManageMemberSameAccessLevel: members,
    canRemoveCompanyMemberLowerAccessLevel: members,
    canRemoveCompanyMemberSameAccessLevel: members,
    // Classic Admins and Managers invite people into rooms; Agents (Contributor level) do not.
    canAddUsersToRooms: accessLevel !== 'Contributor',
  };
}

export type CurrentActor = { actor: Actor; user: User };

/**
 * The signed-in administrator as the permission rules see them. The API has no "current user" endpoint, so
 * (REFERENCE.md §4.4) the caller is found by email, then their role's permissions (v6) or classic permissions
 * (v5) are read. Undefined when the identity is not a member of the account.
 */
export async function getCurrentActor(accountId: string, email: string, signal?: AbortSignal): Promise<CurrentActor | undefined> {
  const [account, summary] = await Promise.all([getAccount(accountId, signal), findMemberByEmail(accountId, email, signal)]);
  if (!summary) return undefined;
  const user = await getUser(accountId, summary.userId, signal);
  const base = {
    userId: user.userId,
    accessLevel: user.accessLevel ?? 'Contributor',
    defaultOfficeId: user.defaultOfficeId,
    offices: user.offices,
    regions: user.regions,
  };
  if (account.companyVersion === 'v5') {
    const isAdmin = user.permissions.isCompanySystemAdmin === true || user.accessLevel === 'Admin';
    return { user, actor: { ...base, isDefaultAdmin: isAdmin, permissions: classicPermissions(user.permissions, user.accessLevel ?? 'Contributor') } };
  }
  const role = user.roleId === undefined ? undefined : await getRole(accountId, user.roleId, signal);
  return { user, actor: { ...base, isDefaultAdmin: role?.isDefaultForAdmin === true, permissions: role?.permissions ?? {} } };
}
