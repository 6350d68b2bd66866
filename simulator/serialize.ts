/** Records to the spec's response shapes. Private fields (lock reason, classic type, rank) never leave. */
import type { Company } from './company';
import type { ESignPermissionProfile, Member, Office, Region, Role } from './types';

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
