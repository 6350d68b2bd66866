/**
 * The simulator's domain records. They hold what the Rooms API exposes plus the few private facts the
 * service must know to enforce its rules (who owns rooms, why someone was locked, which classic type a v5 user is).
 * Field names of exposed values follow the OpenAPI spec so serialising is a pick, not a translation.
 */
import type { Permissions } from './permission-keys';

export type AccessLevel = 'Contributor' | 'Office' | 'Region' | 'Company' | 'Admin';
export type CompanyVersion = 'v5' | 'v6';
export type UserStatus = 'Active' | 'Pending';

/** v5 companies have three fixed kinds of user instead of custom roles. */
export type ClassicUserType = 'Admin' | 'Manager' | 'Agent';

export type ClassicManagerPermissions = {
  isVisibleInTransactionRooms: boolean;
  canDeleteCompanyRooms: boolean;
  canDeleteCompanyDocuments: boolean;
  canManageCompanyRooms: boolean;
  canManageCompanyAccount: boolean;
  canManageCompanySharedLibrary: boolean;
  canManageCompanyMembers: boolean;
  canCloseCompanyRooms: boolean;
  canApproveCompanyChecklists: boolean;
  isCompanySystemAdmin: boolean;
  isRegionManager: boolean;
  isOfficeManager: boolean;
  autoAccessToCompanyRooms: boolean;
};

export type Member = {
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  isLockedOut: boolean;
  /** Private: the reason given to Users_LockUser; the API never returns it. */
  lockedReason?: string;
  status: UserStatus;
  accessLevel: AccessLevel;
  defaultOfficeId: number;
  /** v5 managers only. */
  titleId?: number;
  /** v6 only. */
  roleId?: number;
  profileImageUrl?: string;
  /** Office memberships (Office and Contributor levels); always includes the default office for them. */
  offices: number[];
  /** Region memberships (Region level). */
  regions: number[];
  /** v5 only. */
  classicType?: ClassicUserType;
  /** v5 managers (and admins, all true). */
  classicPermissions?: ClassicManagerPermissions;
  eSignPermissionProfileId: string;
  createdDate: string;
  /** Private: when the latest invitation was sent, for reinvite and the 30-day expiry. */
  invitedDate?: string;
};

export type Office = {
  officeId: number;
  name: string;
  regionId: number;
  address1: string;
  address2?: string;
  city: string;
  stateId: string;
  postalCode: string;
  countryId: string;
  timeZoneId: string;
  phone: string;
  createdDate: string;
};

export type Region = { regionId: number; name: string; createdDate: string };

export type Role = {
  roleId: number;
  legacyRoleId?: string;
  name: string;
  isDefaultForAdmin: boolean;
  isExternal: boolean;
  createdDate: string;
  permissions: Permissions;
};

/** v5 manager job titles, referenced by `titleId`. */
export type Title = { titleId: number; name: string };

export type ESignPermissionProfile = {
  eSignPermissionProfileId: string;
  name: string;
  settings: { allowAccountManagement: boolean };
  /** Private: higher ranks may assign every profile of a lower or equal rank. */
  rank: number;
};

/** The sides of a real-estate transaction a room user can be on. */
export const TRANSACTION_SIDES = ['buy', 'sell', 'listbuy', 'refi'] as const;
export type TransactionSide = (typeof TRANSACTION_SIDES)[number];

/** Someone in a room: a company member (same userId) or a person from outside with a userId of their own. */
export type RoomParticipant = {
  userId: number;
  email: string;
  firstName: string;
  lastName: string;
  roleId: number;
  /** Real-estate companies only. */
  transactionSideId?: TransactionSide;
  /** Private: who invited them; absent for the room's creator. */
  invitedByUserId?: number;
};

export type Room = {
  roomId: number;
  name: string;
  officeId: number;
  createdDate: string;
  createdByUserId: number;
  roomOwnerIds: number[];
  /** Everyone in the room, owners included. */
  participants: RoomParticipant[];
  fieldDataLastUpdatedDate?: string;
  submittedForReviewDate?: string;
  closedDate?: string;
  closedStatusId?: string;
};

export type AccountInfo = {
  /** The account GUID, used as `{accountId}` in every path. */
  accountId: string;
  companyId: number;
  name: string;
  companyVersion: CompanyVersion;
  defaultFieldSetId: string;
  requireOfficeLibraryAssignments: boolean;
  /** Private: a real-estate company, whose room invites need a transactionSideId. */
  realEstate: boolean;
};
