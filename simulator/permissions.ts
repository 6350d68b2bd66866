/**
 * Who may see and do what. Access level decides what a member can see (their scope); the role's permissions
 * (v6) or the classic user type (v5) decide what they can do. Handlers ask these functions instead of looking
 * at roles themselves, so the rules live in one place.
 */
import type { Company } from './company';
import { PERMISSION_KEYS, permissionsWith, type PermissionKey, type Permissions } from './permission-keys';
import { AGENT, DEFAULT_ADMIN } from './role-presets';
import type { AccessLevel, Member, Room } from './types';

/** Company > Region > Office > Contributor; the undocumented `Admin` sits on top. */
export const ACCESS_LEVEL_RANK: Record<AccessLevel, number> = {
  Contributor: 1,
  Office: 2,
  Region: 3,
  Company: 4,
  Admin: 5,
};

/** Negative when `a` is below `b`, zero when equal, positive when above. */
export function compareAccessLevels(a: AccessLevel, b: AccessLevel): number {
  return ACCESS_LEVEL_RANK[a] - ACCESS_LEVEL_RANK[b];
}

/** What part of the company a member can see. */
export type Scope =
  | { kind: 'company' }
  | { kind: 'locations'; officeIds: ReadonlySet<number>; regionIds: ReadonlySet<number> }
  | { kind: 'self'; userId: number };

/** v5 classic managers follow their access level like v6 members; admins see all, agents only themselves. */
export function scopeOf(company: Company, member: Member): Scope {
  if (member.classicType === 'Admin') return { kind: 'company' };
  if (member.classicType === 'Agent') return { kind: 'self', userId: member.userId };
  switch (member.accessLevel) {
    case 'Admin':
    case 'Company':
      return { kind: 'company' };
    case 'Region': {
      const regionIds = new Set(member.regions);
      const officeIds = new Set(company.officesInRegions(regionIds).map((office) => office.officeId));
      return { kind: 'locations', officeIds, regionIds };
    }
    case 'Office':
      return { kind: 'locations', officeIds: new Set([member.defaultOfficeId, ...member.offices]), regionIds: new Set() };
    case 'Contributor':
      return { kind: 'self', userId: member.userId };
  }
}

/** Whether `target` falls inside the scope: by default office, any office membership or region membership. */
export function inScope(scope: Scope, target: Member): boolean {
  switch (scope.kind) {
    case 'company':
      return true;
    case 'self':
      return target.userId === scope.userId;
    case 'locations':
      return (
        scope.officeIds.has(target.defaultOfficeId) ||
        target.offices.some((id) => scope.officeIds.has(id)) ||
        target.regions.some((id) => scope.regionIds.has(id))
      );
  }
}

/** Offices the member can access (`onlyAccessible=true`): everything for company scope, else their locations. */
export function accessibleOfficeIds(company: Company, member: Member): ReadonlySet<number> {
  const scope = scopeOf(company, member);
  if (scope.kind === 'company') return new Set(company.offices.keys());
  if (scope.kind === 'locations') return new Set([...scope.officeIds, member.defaultOfficeId]);
  return new Set([member.defaultOfficeId, ...member.offices]);
}

/** Regions the member manages (`managedOnly=true`): all for company scope, their own for region level, none below. */
export function managedRegionIds(company: Company, member: Member): ReadonlySet<number> {
  const scope = scopeOf(company, member);
  if (scope.kind === 'company') return new Set(company.regions.keys());
  if (scope.kind === 'locations') return scope.regionIds;
  return new Set();
}

/** The member's effective permissions: their role's (v6), or what their classic type implies (v5). */
export function permissionsOf(company: Company, member: Member): Permissions {
  if (company.version === 'v6') {
    const role = member.roleId === undefined ? undefined : company.roles.get(member.roleId);
    return role ? role.permissions : permissionsWith([]);
  }
  if (member.classicType === 'Admin') return DEFAULT_ADMIN;
  if (member.classicType === 'Manager' && member.classicPermissions) return classicManagerPermissions(member.classicPermissions);
  return AGENT;
}

/** Whether the member is the company's top administrator, who passes every member-management check. */
export function isDefaultAdmin(company: Company, member: Member): boolean {
  if (company.version === 'v5') return member.classicType === 'Admin';
  const role = member.roleId === undefined ? undefined : company.roles.get(member.roleId);
  return role?.isDefaultForAdmin === true;
}

/** The member-management actions whose permission comes in a Lower / Same pair. */
export type MemberAction = 'add' | 'changeRole' | 'manage' | 'remove';

const ACTION_PERMISSIONS: Record<MemberAction, { lower: PermissionKey; same: PermissionKey }> = {
  add: { lower: 'canAddMemberAndSetRoleLowerAccessLevel', same: 'canAddMemberAndSetRoleSameAccessLevel' },
  changeRole: { lower: 'canChangeMemberRoleLowerAccessLevel', same: 'canChangeMemberRoleSameAccessLevel' },
  manage: { lower: 'canManageMemberLowerAccessLevel', same: 'canManageMemberSameAccessLevel' },
  remove: { lower: 'canRemoveCompanyMemberLowerAccessLevel', same: 'canRemoveCompanyMemberSameAccessLevel' },
};

export type Verdict = { allowed: true } | { allowed: false; reason: string };

/**
 * Whether `caller` may perform `action` on a member at `targetLevel`. The Default Admin (v5: an Admin) always may.
 * v6: never on someone above the caller; below needs the Lower permission, the same level the Same one, except
 * that adding with the Same permission also covers lower levels ("the same access level as their own or lower",
 * REFERENCE.md 2.6). v5: a Manager with canManageCompanyMembers, again never above their own level.
 */
export function mayActOnLevel(company: Company, caller: Member, action: MemberAction, targetLevel: AccessLevel): Verdict {
  if (isDefaultAdmin(company, caller)) return { allowed: true };
  const comparison = compareAccessLevels(targetLevel, caller.accessLevel);
  const above: Verdict = { allowed: false, reason: `The access level ${targetLevel} is above your own (${caller.accessLevel}).` };
  if (company.version === 'v5') {
    if (caller.classicType !== 'Manager' || caller.classicPermissions?.canManageCompanyMembers !== true) {
      return { allowed: false, reason: 'This requires an Admin, or a Manager with the permission canManageCompanyMembers.' };
    }
    return comparison > 0 ? above : { allowed: true };
  }
  if (comparison > 0) return above;
  const permissions = permissionsOf(company, caller);
  const { lower, same } = ACTION_PERMISSIONS[action];
  if (comparison === 0) return permissions[same] ? { allowed: true } : { allowed: false, reason: `This requires the permission ${same}.` };
  if (permissions[lower] || (action === 'add' && permissions[same])) return { allowed: true };
  return { allowed: false, reason: `This requires the permission ${lower}.` };
}

/** Whether an office lies in the scope: one of the caller's offices, or an office of one of their regions. */
export function officeInScope(scope: Scope, officeId: number): boolean {
  return scope.kind === 'company' || (scope.kind === 'locations' && scope.officeIds.has(officeId));
}

/** Whether a region lies in the scope: only Company scope and the caller's own regions. */
export function regionInScope(scope: Scope, regionId: number): boolean {
  return scope.kind === 'company' || (scope.kind === 'locations' && scope.regionIds.has(regionId));
}

/**
 * Rooms follow the access level: Company sees every room, Region and Office the rooms of their offices, and
 * everyone the rooms they own or were invited into.
 */
export function roomVisible(scope: Scope, member: Member, room: Room): boolean {
  if (scope.kind === 'company') return true;
  if (room.roomOwnerIds.includes(member.userId) || room.participants.some((person) => person.userId === member.userId)) return true;
  return scope.kind === 'locations' && scope.officeIds.has(room.officeId);
}

/** What a v5 manager's classic switches amount to in v6 terms, so both versions share one permission check. */
function classicManagerPermissions(classic: NonNullable<Member['classicPermissions']>): Permissions {
  const granted = new Set<PermissionKey>(PERMISSION_KEYS.filter((key) => AGENT[key]));
  const grant = (on: boolean, keys: PermissionKey[]): void => {
    if (on) keys.forEach((key) => granted.add(key));
  };
  granted.add('canAddUsersToRooms');
  grant(classic.canManageCompanyMembers, [
    'canAddMemberAndSetRoleLowerAccessLevel',
    'canAddMemberAndSetRoleSameAccessLevel',
    'canManageMemberLowerAccessLevel',
    'canManageMemberSameAccessLevel',
    'canRemoveCompanyMemberLowerAccessLevel',
    'canRemoveCompanyMemberSameAccessLevel',
  ]);
  grant(classic.canManageCompanyAccount, ['canManageAccount', 'canManageLogo', 'canManageIntegrationSettings']);
  grant(classic.canManageCompanyRooms, ['canManageAnyUserRoomAccess', 'canManageRoomOwners', 'canEditAnyRoomRole']);
  grant(classic.canDeleteCompanyRooms, ['canDeleteRooms']);
  grant(classic.canDeleteCompanyDocuments, ['canDeleteSignedDocuments', 'canDeleteUnsignedDocuments']);
  grant(classic.canManageCompanySharedLibrary, ['canManageSharedDocs', 'canManageFormGroups']);
  grant(classic.canCloseCompanyRooms, ['canCloseRooms', 'canReopenRooms']);
  grant(classic.canApproveCompanyChecklists, ['canReviewTaskList', 'canAutoApproveTaskList', 'canReviewAnyTask']);
  grant(classic.autoAccessToCompanyRooms, ['autoAccessToRooms']);
  grant(!classic.isVisibleInTransactionRooms, ['isHiddenInRoom']);
  return permissionsWith([...granted]);
}
