/**
 * Permission sets for the seeded roles. The user-management switches encode the fixed core's story: the Default
 * Admin may do everything, a Regional Manager may add, manage and remove members below her level, an Office
 * Manager may manage (lock, move) lower members but not add or remove them, and an Agent has no say over
 * members at all.
 */
import { PERMISSION_KEYS, permissionsWith, type PermissionKey, type Permissions } from './permission-keys';
import type { ClassicManagerPermissions } from './types';

/** What any working member needs to run their own transactions. */
const ROOM_WORK: PermissionKey[] = [
  'canCreateRooms',
  'canSubmitRoomsForReview',
  'canDeleteOwnedRooms',
  'canCopyRoomDetails',
  'canEditInvitedRoomRole',
  'canManageInvitedUserRoomAccess',
  'canViewRoomDetails',
  'canViewAndEditRoomDetails',
  'canAddDocuments',
  'canAddDocumentsFromFormGroups',
  'canAddDocumentsFromFormLibraries',
  'canDeleteOwnedDocuments',
  'canDeleteUnsignedDocuments',
  'canEditEditableTasks',
  'canDeleteDeletableTasks',
  'canApplyTaskList',
  'canSubmitTaskList',
  'canApplyRoomTemplates',
  'canAddTasksToRooms',
];

/** What someone overseeing other people's rooms needs on top. */
const ROOM_OVERSIGHT: PermissionKey[] = [
  ...ROOM_WORK,
  'canAddUsersToRooms',
  'canCloseRooms',
  'canReopenRooms',
  'autoAccessToRooms',
  'canExportRoomActivityDetailsPeople',
  'canEditAnyRoomRole',
  'canEditRoomSide',
  'canManageAnyUserRoomAccess',
  'canManageRoomOwners',
  'canShareDocsNotOwned',
  'canAddTasksToAnyTaskLists',
  'canEditAnyTasks',
  'canReviewTaskList',
  'canReviewAnyTask',
  'canManageDocsOnAnyTask',
];

export const DEFAULT_ADMIN: Permissions = permissionsWith(PERMISSION_KEYS);

export const REGIONAL_MANAGER: Permissions = permissionsWith([
  ...ROOM_OVERSIGHT,
  'canAddMemberAndSetRoleLowerAccessLevel',
  'canChangeMemberRoleLowerAccessLevel',
  'canManageMemberLowerAccessLevel',
  'canRemoveCompanyMemberLowerAccessLevel',
  'canExportCompanyUsageReport',
]);

/**
 * Kept a subset of the Regional Manager's switches (as is every role below her), so that the "assignable"
 * role filters let a Regional Manager hand out the roles of the people she oversees.
 */
export const OFFICE_MANAGER: Permissions = permissionsWith([...ROOM_OVERSIGHT, 'canManageMemberLowerAccessLevel']);

export const AGENT: Permissions = permissionsWith(ROOM_WORK);

export const TRANSACTION_COORDINATOR: Permissions = permissionsWith([
  ...ROOM_WORK,
  'canAddUsersToRooms',
  'canAddTasksToAnyTaskLists',
  'canEditAnyTasks',
  'canManageDocsOnAnyTask',
  'canShareDocsNotOwned',
]);

export const TEAM_LEAD: Permissions = permissionsWith([
  ...ROOM_OVERSIGHT,
  'canManageMemberLowerAccessLevel',
  'canChangeMemberRoleLowerAccessLevel',
]);

export const COMPLIANCE_REVIEWER: Permissions = permissionsWith([
  'autoAccessToRooms',
  'canViewRoomDetails',
  'canExportRoomActivityDetailsPeople',
  'canReviewTaskList',
  'canAutoApproveTaskList',
  'canReviewAnyTask',
  'canDeleteSignedDocuments',
  'canExportCompanyUsageReport',
]);

export const MARKETING_COORDINATOR: Permissions = permissionsWith([
  'canViewRoomDetails',
  'canManageLogo',
  'canManageSharedDocs',
  'canManageFormGroups',
  'canManageRoomTemplates',
]);

/** People outside the company (clients) only take part in the rooms they are invited to. */
export const EXTERNAL_PARTY: Permissions = permissionsWith(['canAddDocuments', 'canViewRoomDetails', 'canDeleteOwnedDocuments']);

/** A v5 Admin's ClassicManagerPermissions: every switch on. */
export const CLASSIC_ADMIN: ClassicManagerPermissions = {
  isVisibleInTransactionRooms: true,
  canDeleteCompanyRooms: true,
  canDeleteCompanyDocuments: true,
  canManageCompanyRooms: true,
  canManageCompanyAccount: true,
  canManageCompanySharedLibrary: true,
  canManageCompanyMembers: true,
  canCloseCompanyRooms: true,
  canApproveCompanyChecklists: true,
  isCompanySystemAdmin: true,
  isRegionManager: false,
  isOfficeManager: false,
  autoAccessToCompanyRooms: true,
};
