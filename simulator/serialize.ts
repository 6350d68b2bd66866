/** Records to the spec's response shapes. Private fields (lock reason, classic type, rank) never leave. */
import type { Company } from './company';
import type { ESignPermissionProfile, Member, Office, Region, Role, Room, RoomParticipant } from './types';

export function userSummary(member: Member): Record<string, unknown> {
  return {
    userId: member.userId,
    email: member.email,
    firstName: member.firstName,
    lastName: member.lastName,
    isLockedOut: member.isLockedOut,
    status: member.status,
    accessLevel: member.accessLevel,
    defaultOfficeId: member.defaultOfficeId,
    // titleId (v5 managers) and roleId (v6) are left out where the version has no such thing.
    ...(member.titleId === undefined ? {} : { titleId: member.titleId }),
    ...(member.roleId === undefined ? {} : { roleId: member.roleId }),
    ...(member.profileImageUrl === undefined ? {} : { profileImageUrl: member.profileImageUrl }),
  };
}

export function userDetail(company: Company, member: Member): Record<string, unknown> {
  return {
    ...userSummary(member),
    offices: [...member.offices],
    regions: [...member.regions],
    ...(company.version === 'v5' && member.classicPermissions ? { permissions: { ...member.classicPermissions } } : {}),
  };
}

/** In the spec's field order, which is also what a person reading a response expects. */
export function officeSummary(office: Office): Office {
  return {
    officeId: office.officeId,
    name: office.name,
    regionId: office.regionId,
    address1: office.address1,
    ...(office.address2 === undefined ? {} : { address2: office.address2 }),
    city: office.city,
    stateId: office.stateId,
    postalCode: office.postalCode,
    countryId: office.countryId,
    timeZoneId: office.timeZoneId,
    phone: office.phone,
    createdDate: office.createdDate,
  };
}

export function regionSummary(region: Region): Region {
  return { regionId: region.regionId, name: region.name, createdDate: region.createdDate };
}

export function roleSummary(role: Role): Record<string, unknown> {
  return {
    roleId: role.roleId,
    ...(role.legacyRoleId === undefined ? {} : { legacyRoleId: role.legacyRoleId }),
    name: role.name,
    isDefaultForAdmin: role.isDefaultForAdmin,
    isExternal: role.isExternal,
    createdDate: role.createdDate,
  };
}

export function roleDetail(role: Role, isAssigned: boolean | undefined): Record<string, unknown> {
  return {
    ...roleSummary(role),
    ...(isAssigned === undefined ? {} : { isAssigned }),
    permissions: { ...role.permissions },
  };
}

export function esignProfile(profile: ESignPermissionProfile): Record<string, unknown> {
  return { eSignPermissionProfileId: profile.eSignPermissionProfileId, name: profile.name, settings: { ...profile.settings } };
}

/** RoomSummary: what GET rooms lists. Optional dates and ids appear only when the room has them. */
export function roomSummary(room: Room): Record<string, unknown> {
  return {
    roomId: room.roomId,
    name: room.name,
    officeId: room.officeId,
    createdDate: room.createdDate,
    ...(room.submittedForReviewDate === undefined ? {} : { submittedForReviewDate: room.submittedForReviewDate }),
    ...(room.closedDate === undefined ? {} : { closedDate: room.closedDate }),
    createdByUserId: room.createdByUserId,
    ...(room.closedStatusId === undefined ? {} : { closedStatusId: room.closedStatusId }),
    ...(room.fieldDataLastUpdatedDate === undefined ? {} : { fieldDataLastUpdatedDate: room.fieldDataLastUpdatedDate }),
  };
}

/** Room: the summary plus the company and the owners; field data (the Details tab) only when asked for. */
export function roomDetail(company: Company, room: Room, includeFieldData: boolean): Record<string, unknown> {
  const office = company.offices.get(room.officeId);
  const [street] = room.name.split(', ');
  return {
    roomId: room.roomId,
    companyId: company.account.companyId,
    ...roomSummary(room),
    roomOwnerIds: [...room.roomOwnerIds],
    ...(includeFieldData
      ? { fieldData: { data: { address1: street, city: office?.city, state: office?.stateId, postalCode: office?.postalCode } } }
      : {}),
  };
}

/** RoomUserSummary: company members also show their company's name and, on v5, their title. */
export function roomUserSummary(company: Company, person: RoomParticipant): Record<string, unknown> {
  const member = company.user(person.userId);
  const role = company.roles.get(person.roleId);
  return {
    userId: person.userId,
    email: person.email,
    firstName: person.firstName,
    lastName: person.lastName,
    // Only real-estate companies have transaction sides; elsewhere the field is ignored and never shown.
    ...(person.transactionSideId === undefined || !company.account.realEstate ? {} : { transactionSideId: person.transactionSideId }),
    roleId: person.roleId,
    ...(member?.titleId === undefined ? {} : { titleId: member.titleId }),
    ...(member === undefined ? {} : { companyName: company.account.name }),
    ...(role === undefined ? {} : { roleName: role.name }),
  };
}

export function roomInviteResponse(roomId: number, person: RoomParticipant): Record<string, unknown> {
  return {
    userId: person.userId,
    roomId,
    email: person.email,
    firstName: person.firstName,
    lastName: person.lastName,
    ...(person.transactionSideId === undefined ? {} : { transactionSideId: person.transactionSideId }),
    roleId: person.roleId,
  };
}
