/**
 * Inviting members: Users_InviteUser on v6 companies, and the classic Admin, Manager and Agent invites on v5
 * (REFERENCE.md 2.6, 2.10). The checks run in order: company version, body (400), ids (404), the caller's right
 * to add at that level, with that role and profile, in those places (401), and last the duplicate email (400), so
 * that repeating an invite whose reply was lost answers USER_ALREADY_EXISTS.
 */
import { Router } from 'express';
import { z } from 'zod';
import { bool, email, int32, int32List, oneOf, optional, orRequired, parseBody, text } from '../bodies';
import { callerOf, type Caller } from '../caller';
import type { SimulatorContext } from '../context';
import { invalidBody, lacksPermission, wrongVersion } from '../errors';
import { officeOf, regionOf, requireOfficeInScope, requireRegionInScope, ruleBroken } from '../member-rules';
import { COMPANY_PERMISSION_KEYS, isSubset } from '../permission-keys';
import { isDefaultAdmin, mayActOnLevel } from '../permissions';
import { CLASSIC_ADMIN } from '../role-presets';
import { found } from '../query';
import { userDetail } from '../serialize';
import type { AccessLevel, ClassicManagerPermissions, CompanyVersion, ESignPermissionProfile, Member, Office, Region } from '../types';
import { ACCESS_LEVELS } from '../user-query';

const names = { firstName: text(), lastName: text(), email: email() };

const UserToInvite = z.object({
  ...names,
  roleId: int32(),
  accessLevel: oneOf(ACCESS_LEVELS),
  defaultOfficeId: int32(),
  regions: optional(int32List()),
  offices: optional(int32List()),
  eSignPermissionProfileId: text(),
  subscribeToRoomsActivityNotifications: optional(bool()),
  redirectUrl: optional(z.url({ error: 'must be an absolute URL.' })),
});

const ClassicAdminToInvite = z.object(names);

const switchOf = () => optional(bool());
/** ClassicManagerPermissions: a switch left out is off. */
const ClassicPermissions = z.object(
  {
    isVisibleInTransactionRooms: switchOf(),
    canDeleteCompanyRooms: switchOf(),
    canDeleteCompanyDocuments: switchOf(),
    canManageCompanyRooms: switchOf(),
    canManageCompanyAccount: switchOf(),
    canManageCompanySharedLibrary: switchOf(),
    canManageCompanyMembers: switchOf(),
    canCloseCompanyRooms: switchOf(),
    canApproveCompanyChecklists: switchOf(),
    isCompanySystemAdmin: switchOf(),
    isRegionManager: switchOf(),
    isOfficeManager: switchOf(),
    autoAccessToCompanyRooms: switchOf(),
  },
  { error: orRequired('must be an object of ClassicManagerPermissions switches.') },
);
const CLASSIC_SWITCHES = Object.keys(CLASSIC_ADMIN) as (keyof ClassicManagerPermissions)[];

const ClassicManagerToInvite = z.object({
  ...names,
  accessLevel: oneOf(['Company', 'Region', 'Office'] as const),
  defaultOfficeId: int32(),
  titleId: int32(),
  permissions: ClassicPermissions,
  offices: optional(int32List()),
  regions: optional(int32List()),
  eSignPermissionProfileId: optional(text()),
});

const ClassicAgentToInvite = z.object({
  ...names,
  officeId: int32(),
  companyTypeId: optional(z.string({ error: 'must be a string.' })),
  eSignPermissionProfileId: optional(text()),
});

/** Who the new member will be, before the caller's rights over it are checked. */
type Invitee = {
  firstName: string;
  lastName: string;
  email: string;
  accessLevel: AccessLevel;
  defaultOffice: Office;
  offices: Office[];
  regions: Region[];
  profile: ESignPermissionProfile;
};

export function invitesRoutes(sim: SimulatorContext): Router {
  const router = Router({ mergeParams: true });

  /** Every check after the body is read, then the new Pending member; answers 201 User. */
  const invite = (caller: Caller, invitee: Invitee, extra: Partial<Member>): Member => {
    authorizeInvite(caller, invitee);
    const { company } = caller;
    if (company.userByEmail(invitee.email)) {
      throw ruleBroken('USER_ALREADY_EXISTS', `A member with the email '${invitee.email}' already exists in ${company.account.name}.`);
    }
    const now = new Date(sim.clock()).toISOString();
    // Someone already in a room of this company keeps the userId they have there.
    const roomUserId = [...company.rooms.values()]
      .flatMap((room) => room.participants)
      .find((person) => person.email.toLowerCase() === invitee.email.toLowerCase())?.userId;
    return company.addUser({
      ...(roomUserId === undefined ? {} : { userId: roomUserId }),
      email: invitee.email,
      firstName: invitee.firstName,
      lastName: invitee.lastName,
      isLockedOut: false,
      status: 'Pending',
      accessLevel: invitee.accessLevel,
      defaultOfficeId: invitee.defaultOffice.officeId,
      offices: invitee.offices.map((office) => office.officeId),
      regions: invitee.regions.map((region) => region.regionId),
      eSignPermissionProfileId: invitee.profile.eSignPermissionProfileId,
      createdDate: now,
      invitedDate: now,
      ...extra,
    });
  };

  /** POST /v2/accounts/{accountId}/users/invite_user (v6) */
  router.post('/users/invite_user', (req, res) => {
    const caller = callerOf(req);
    requireVersion(caller, 'v6', 'invite_user', 'use invite_classic_admin, invite_classic_manager or invite_classic_agent');
    const body = parseBody(req, UserToInvite);
    if (body.accessLevel === 'Admin') throw invalidBody("The request body is invalid: 'accessLevel' Admin cannot be given by invitation; use Company.");
    const role = found(caller.company.roles.get(body.roleId), 'role', body.roleId);
    if (role.isExternal) {
      throw invalidBody(`The request body is invalid: 'roleId' ${role.roleId} is the external role '${role.name}'; company members need a company role.`);
    }
    const invitee = placesOf(caller, body.accessLevel, body.defaultOfficeId, body.offices, body.regions);
    const profile = profileOf(caller, body.eSignPermissionProfileId);
    if (!isDefaultAdmin(caller.company, caller.member) && !isSubset(role.permissions, caller.permissions(), COMPANY_PERMISSION_KEYS)) {
      throw lacksPermission(`You may not give the role '${role.name}': it has company permissions your own role lacks.`);
    }
    const member = invite(caller, { ...body, ...invitee, profile }, { roleId: role.roleId });
    res.status(201).json(userDetail(caller.company, member));
  });

  /** POST /v2/accounts/{accountId}/users/invite_classic_admin (v5): an Admin sees the whole company. */
  router.post('/users/invite_classic_admin', (req, res) => {
    const caller = callerOf(req);
    requireVersion(caller, 'v5', 'invite_classic_admin', 'use invite_user');
    const body = parseBody(req, ClassicAdminToInvite);
    const [firstOffice] = [...caller.company.offices.values()].sort((a, b) => a.officeId - b.officeId);
    if (!firstOffice) throw new Error('a company without offices');
    const topProfile = [...caller.company.esignProfiles].sort((a, b) => b.rank - a.rank)[0];
    if (!topProfile) throw new Error('a company without eSignature permission profiles');
    const invitee = { ...body, accessLevel: 'Company' as const, defaultOffice: firstOffice, offices: [], regions: [], profile: topProfile };
    const member = invite(caller, invitee, { classicType: 'Admin', classicPermissions: { ...CLASSIC_ADMIN } });
    res.status(201).json(userDetail(caller.company, member));
  });

  /** POST /v2/accounts/{accountId}/users/invite_classic_manager (v5) */
  router.post('/users/invite_classic_manager', (req, res) => {
    const caller = callerOf(req);
    requireVersion(caller, 'v5', 'invite_classic_manager', 'use invite_user');
    const body = parseBody(req, ClassicManagerToInvite);
    if (!caller.company.titles.has(body.titleId)) {
      throw invalidBody(`The request body is invalid: 'titleId' ${body.titleId} is not a manager title of ${caller.company.account.name}.`);
    }
    const invitee = placesOf(caller, body.accessLevel, body.defaultOfficeId, body.offices, body.regions);
    const profile = profileOf(caller, body.eSignPermissionProfileId ?? defaultProfileId(caller));
    const permissions = Object.fromEntries(CLASSIC_SWITCHES.map((key) => [key, body.permissions[key] ?? false])) as ClassicManagerPermissions;
    const member = invite(caller, { ...body, ...invitee, profile }, { classicType: 'Manager', titleId: body.titleId, classicPermissions: permissions });
    res.status(201).json(userDetail(caller.company, member));
  });

  /** POST /v2/accounts/{accountId}/users/invite_classic_agent (v5): an Agent is a Contributor of one office. */
  router.post('/users/invite_classic_agent', (req, res) => {
    const caller = callerOf(req);
    requireVersion(caller, 'v5', 'invite_classic_agent', 'use invite_user');
    const body = parseBody(req, ClassicAgentToInvite);
    const invitee = placesOf(caller, 'Contributor', body.officeId, [], undefined);
    const profile = profileOf(caller, body.eSignPermissionProfileId ?? defaultProfileId(caller));
    const member = invite(caller, { ...body, ...invitee, profile }, { classicType: 'Agent' });
    res.status(201).json(userDetail(caller.company, member));
  });

  return router;
}

function requireVersion(caller: Caller, version: CompanyVersion, endpoint: string, instead: string): void {
  if (caller.company.version !== version) throw wrongVersion(endpoint, caller.company.account, instead);
}

/**
 * The invitee's places. Office and Region levels must name at least one office or region; the default office is
 * always among an Office or Contributor member's offices, and its region among a Region member's regions.
 * Lists that do not fit the level are ignored, as the spec says they apply "only when" it does.
 */
function placesOf(
  caller: Caller,
  accessLevel: AccessLevel,
  defaultOfficeId: number,
  officeIds: number[] | undefined,
  regionIds: number[] | undefined,
): Pick<Invitee, 'accessLevel' | 'defaultOffice' | 'offices' | 'regions'> {
  if (accessLevel === 'Office' && !officeIds?.length) {
    throw invalidBody("The request body is invalid: 'offices' is required (at least one office) when accessLevel is Office.");
  }
  if (accessLevel === 'Region' && !regionIds?.length) {
    throw invalidBody("The request body is invalid: 'regions' is required (at least one region) when accessLevel is Region.");
  }
  const defaultOffice = officeOf(caller, defaultOfficeId);
  const inOffices = accessLevel === 'Office' || accessLevel === 'Contributor';
  const offices = inOffices ? unique([defaultOfficeId, ...(officeIds ?? [])]).map((id) => officeOf(caller, id)) : [];
  const regions = accessLevel === 'Region' ? unique([...(regionIds ?? []), defaultOffice.regionId]).map((id) => regionOf(caller, id)) : [];
  return { accessLevel, defaultOffice, offices, regions };
}

function profileOf(caller: Caller, id: string): ESignPermissionProfile {
  const profile = caller.company.esignProfiles.find((candidate) => candidate.eSignPermissionProfileId === id);
  if (!profile) {
    throw invalidBody(`The request body is invalid: 'eSignPermissionProfileId' '${id}' is not a profile of this account (see GET esign_permission_profiles).`);
  }
  return profile;
}

/** v5 bodies may leave the profile out; a new Manager or Agent then gets the account's DS Sender profile. */
function defaultProfileId(caller: Caller): string {
  const { esignProfiles } = caller.company;
  return (esignProfiles.find((profile) => profile.name === 'DS Sender') ?? esignProfiles[0])?.eSignPermissionProfileId ?? '';
}

/**
 * The caller's right to add this member: the level (Lower / Same permission, or for v5 an Admin or a Manager with
 * canManageCompanyMembers), an eSignature profile no higher than their own, and, unless they are the Default
 * Admin, every office and region of the invitee within the places they oversee.
 */
function authorizeInvite(caller: Caller, invitee: Invitee): void {
  const { company, member } = caller;
  const verdict = mayActOnLevel(company, member, 'add', invitee.accessLevel);
  if (!verdict.allowed) throw lacksPermission(verdict.reason);
  const ownRank = company.esignProfiles.find((profile) => profile.eSignPermissionProfileId === member.eSignPermissionProfileId)?.rank ?? 0;
  if (invitee.profile.rank > ownRank) {
    throw lacksPermission(`You may not assign the eSignature permission profile '${invitee.profile.name}', which is above your own.`);
  }
  if (isDefaultAdmin(company, member)) return;
  for (const office of unique([invitee.defaultOffice, ...invitee.offices])) requireOfficeInScope(caller, office);
  for (const region of invitee.regions) requireRegionInScope(caller, region);
}

const unique = <T>(values: T[]): T[] => [...new Set(values)];
