/**
 * Every boolean of the spec's `Permissions` definition, in the spec's order, so a role always carries the full
 * object (a client must never have to guess what a missing key means).
 */
export const ROOM_PERMISSION_KEYS = [
  'canAddUsersToRooms',
  'canCreateRooms',
  'canSubmitRoomsForReview',
  'canCloseRooms',
  'canReopenRooms',
  'canDeleteOwnedRooms',
  'autoAccessToRooms',
  'canExportRoomActivityDetailsPeople',
  'canCopyRoomDetails',
  'canEditAnyRoomRole',
  'canEditInvitedRoomRole',
  'canEditRoomSide',
  'canManageAnyUserRoomAccess',
  'canManageInvitedUserRoomAccess',
  'isHiddenInRoom',
  'canManageRoomOwners',
  'canDeleteRooms',
  'canConnectToMortgageCadence',
  'autoAccessToRoomsInOfficeOnly',
  'canViewRoomDetails',
  'canViewAndEditRoomDetails',
  'canSendRoomDetailsToLoneWolf',
  'canAddDocuments',
  'canAddDocumentsFromFormGroups',
  'canAddDocumentsFromFormLibraries',
  'documentsViewableByOthersInRoomFromOffice',
  'documentsAutoOwnedByPeers',
  'canDeleteOwnedDocuments',
  'canDeleteSignedDocuments',
  'canDeleteUnsignedDocuments',
  'canManageSharedDocs',
  'canManageFormGroups',
  'canShareDocsNotOwned',
  'canCreateFormTemplates',
  'canManageFormPackets',
  'canAddTasksToAnyTaskLists',
  'canEditEditableTasks',
  'canEditAnyTasks',
  'canDeleteDeletableTasks',
  'canDeleteAnyTasks',
  'canApplyTaskList',
  'canRemoveAnyTaskList',
  'canSubmitTaskList',
  'canAutoSubmitTaskList',
  'canReviewTaskList',
  'canAutoApproveTaskList',
  'canManageTaskTemplatesForAllRegionsAllOffices',
  'canApplyRoomTemplates',
  'canAddTasksToRooms',
  'canReviewAnyTask',
  'canManageDocsOnAnyTask',
] as const;

/**
 * The "company permissions": what `filterContext=AssignableRolesBasedOnCompanyPermissions` compares. They are
 * the member-management and company-settings switches, as opposed to what one may do inside a room.
 */
export const COMPANY_PERMISSION_KEYS = [
  'canAddMemberAndSetRoleLowerAccessLevel',
  'canAddMemberAndSetRoleSameAccessLevel',
  'canChangeMemberRoleLowerAccessLevel',
  'canChangeMemberRoleSameAccessLevel',
  'canManageMemberLowerAccessLevel',
  'canManageMemberSameAccessLevel',
  'canRemoveCompanyMemberLowerAccessLevel',
  'canRemoveCompanyMemberSameAccessLevel',
  'canManageAccount',
  'canManageLogo',
  'canManageRolesAndPermissions',
  'canManageRoomDetails',
  'canManageRoomTemplates',
  'canManageIntegrationSettings',
  'canExportCompanyUsageReport',
] as const;

export const PERMISSION_KEYS = [...ROOM_PERMISSION_KEYS, ...COMPANY_PERMISSION_KEYS] as const;

export type PermissionKey = (typeof PERMISSION_KEYS)[number];
export type Permissions = Record<PermissionKey, boolean>;

/** A full Permissions object with exactly the given switches on. */
export function permissionsWith(granted: readonly PermissionKey[]): Permissions {
  const on = new Set<PermissionKey>(granted);
  return Object.fromEntries(PERMISSION_KEYS.map((key) => [key, on.has(key)])) as Permissions;
}

/** True when every switch that is on in `wanted` is also on in `held`, looking only at `keys`. */
export function isSubset(wanted: Permissions, held: Permissions, keys: readonly PermissionKey[] = PERMISSION_KEYS): boolean {
  return keys.every((key) => !wanted[key] || held[key]);
}
