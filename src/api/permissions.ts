/**
 * What the signed-in administrator may do to a member, worked out before anything is sent so the UI can disable
 * an action and say why. The service stays the judge; these rules mirror REFERENCE.md 2.4-2.9 and 4.4.
 */

export type Level = 'Contributor' | 'Office' | 'Region' | 'Company' | 'Admin';

/** Company > Region > Office > Contributor; the undocumented Admin sits on top. */
const RANK: Record<Level, number> = { Contributor: 1, Office: 2, Region: 3, Company: 4, Admin: 5 };
const rank = (level: string) => RANK[level as Level] ?? 0;

export type Actor = {
  userId: number;
  accessLevel: string;
  defaultOfficeId?: number;
  offices: readonly number[];
  regions: readonly number[];
  /** The Default Admin (v6) or a classic Admin (v5) passes every member-management check. */
  isDefaultAdmin: boolean;
  permissions: Readonly<Record<string, boolean | undefined>>;
};

export type Member = {
  userId: number;
  firstName?: string;
  lastName?: string;
  accessLevel: string;
  defaultOfficeId?: number;
  status?: string;
  isLockedOut?: boolean;
  /**
   * Known only from the user's detail. Without them (a list row) the user is taken as in scope: the list shows an
   * Office or Region manager only the users in the offices and regions they oversee, whichever membership puts
   * them there, and the default office alone cannot tell.
   */
  offices?: readonly number[];
  regions?: readonly number[];
};

/** Which region each office belongs to. */
export type Geography = { regionOfOffice(officeId: number): number | undefined };

export type Verdict = { allowed: true } | { allowed: false; reason: string };

const ALLOWED: Verdict = { allowed: true };
const deny = (reason: string): Verdict => ({ allowed: false, reason });

type Pair = { lower: string; same: string; what: string };

/** The role permissions a verdict names, in words; the API name follows in brackets for whoever edits the role. */
const PERMISSION_WORDS: Record<string, string> = {
  canManageMemberLowerAccessLevel: 'Manage members below your access level',
  canManageMemberSameAccessLevel: 'Manage members at your access level',
  canRemoveCompanyMemberLowerAccessLevel: 'Remove company members below your access level',
  canRemoveCompanyMemberSameAccessLevel: 'Remove company members at your access level',
  canAddMemberAndSetRoleLowerAccessLevel: 'Add members below your access level and set their roles',
  canAddMemberAndSetRoleSameAccessLevel: 'Add members at your access level and set their roles',
  canAddUsersToRooms: 'Add users to rooms',
};
const permissionInWords = (name: string) => `"${PERMISSION_WORDS[name] ?? name}" (${name})`;
/** Who can mend a missing permission: "An administrator can add it to your role." */
const grantedBy = (what: 'it' | 'one') => `An administrator can add ${what} to your role.`;
const MANAGE: Pair = { lower: 'canManageMemberLowerAccessLevel', same: 'canManageMemberSameAccessLevel', what: 'manage members' };
const REMOVE: Pair = { lower: 'canRemoveCompanyMemberLowerAccessLevel', same: 'canRemoveCompanyMemberSameAccessLevel', what: 'remove members' };
const ADD: Pair = { lower: 'canAddMemberAndSetRoleLowerAccessLevel', same: 'canAddMemberAndSetRoleSameAccessLevel', what: 'add members' };

const nameOf = (member: Member) => [member.firstName, member.lastName].filter(Boolean).join(' ') || `User ${member.userId}`;

/** The offices and regions the actor oversees, or the whole company. */
export function scopeOf(actor: Actor, geography: Geography) {
  if (actor.isDefaultAdmin || rank(actor.accessLevel) >= RANK.Company) return { kind: 'company' as const };
  if (actor.accessLevel === 'Region') {
    return { kind: 'locations' as const, regionIds: new Set(actor.regions), officeIds: new Set<number>(), geography };
  }
  if (actor.accessLevel === 'Office') {
    const officeIds = new Set(actor.offices);
    if (actor.defaultOfficeId !== undefined) officeIds.add(actor.defaultOfficeId);
    return { kind: 'locations' as const, regionIds: new Set<number>(), officeIds, geography };
  }
  return { kind: 'self' as const };
}

/** Whether the office is among those the actor oversees (every office, for the whole company). */
export function officeInScope(actor: Actor, geography: Geography, officeId: number): boolean {
  const scope = scopeOf(actor, geography);
  if (scope.kind === 'company') return true;
  if (scope.kind === 'self') return false;
  const region = geography.regionOfOffice(officeId);
  return scope.officeIds.has(officeId) || (region !== undefined && scope.regionIds.has(region));
}

/** Whether the region is among those the actor oversees (every region, for the whole company). */
export function regionInScope(actor: Actor, geography: Geography, regionId: number): boolean {
  const scope = scopeOf(actor, geography);
  return scope.kind === 'company' || (scope.kind === 'locations' && scope.regionIds.has(regionId));
}

/** Whether the member is in the offices or regions the actor oversees. */
export function memberInScope(actor: Actor, geography: Geography, member: Member): boolean {
  const scope = scopeOf(actor, geography);
  if (scope.kind === 'company') return true;
  if (scope.kind === 'self') return member.userId === actor.userId;
  if (member.offices === undefined) return true;
  const offices = [...(member.defaultOfficeId === undefined ? [] : [member.defaultOfficeId]), ...member.offices];
  return offices.some((id) => officeInScope(actor, geography, id)) || (member.regions ?? []).some((id) => scope.regionIds.has(id));
}

/** The Lower/Same permission check: never above the actor's own level; same level needs the Same permission. */
function levelCheck(actor: Actor, pair: Pair, level: string): Verdict {
  if (actor.isDefaultAdmin) return ALLOWED;
  const comparison = rank(level) - rank(actor.accessLevel);
  if (comparison > 0) return deny(`Access level ${level} is above your own (${actor.accessLevel}).`);
  const needed = comparison < 0 ? pair.lower : pair.same;
  if (actor.permissions[needed]) return ALLOWED;
  // Adding is the one pair whose Same permission also covers lower levels (REFERENCE.md §2.6).
  if (pair === ADD && comparison < 0 && actor.permissions[pair.same]) return ALLOWED;
  const qualifier = comparison < 0 ? 'below' : 'at';
  return deny(`Your role may not ${pair.what} ${qualifier} your access level: it lacks the permission ${permissionInWords(needed)}. ${grantedBy('it')}`);
}

function onMember(actor: Actor, geography: Geography, member: Member, pair: Pair): Verdict {
  const level = levelCheck(actor, pair, member.accessLevel);
  if (!level.allowed) return level;
  if (!memberInScope(actor, geography, member)) return deny(`${nameOf(member)} is outside the offices and regions you oversee.`);
  return ALLOWED;
}

export const canManage = (actor: Actor, geography: Geography, member: Member) => onMember(actor, geography, member, MANAGE);

export function canLock(actor: Actor, geography: Geography, member: Member): Verdict {
  if (member.userId === actor.userId) return deny('You cannot lock yourself out.');
  if (member.isLockedOut) return deny(`${nameOf(member)} is already locked.`);
  return canManage(actor, geography, member);
}

export function canUnlock(actor: Actor, geography: Geography, member: Member): Verdict {
  if (!member.isLockedOut) return deny(`${nameOf(member)} is not locked.`);
  return canManage(actor, geography, member);
}

export function canReinvite(actor: Actor, geography: Geography, member: Member): Verdict {
  if ((member.status ?? '').toLowerCase() !== 'pending') return deny('Only pending users can be invited again.');
  return canManage(actor, geography, member);
}

export function canRemove(actor: Actor, geography: Geography, member: Member): Verdict {
  if (member.userId === actor.userId) return deny('You cannot remove yourself.');
  return onMember(actor, geography, member, REMOVE);
}

export function canChangeDefaultOffice(actor: Actor, geography: Geography, member: Member, officeId?: number): Verdict {
  const base = canManage(actor, geography, member);
  if (!base.allowed || officeId === undefined) return base;
  if (officeId === member.defaultOfficeId) return deny('That is already the default office.');
  if (!officeInScope(actor, geography, officeId)) return deny('That office is outside the offices and regions you oversee.');
  return ALLOWED;
}

export function canAddToOffice(actor: Actor, geography: Geography, member: Member, officeId?: number): Verdict {
  if (member.accessLevel !== 'Office' && member.accessLevel !== 'Contributor') {
    return deny(`Only Office and Contributor members belong to offices; ${nameOf(member)} is ${member.accessLevel}.`);
  }
  const base = canManage(actor, geography, member);
  if (!base.allowed || officeId === undefined) return base;
  if (member.offices?.includes(officeId) || member.defaultOfficeId === officeId) return deny(`${nameOf(member)} is already in that office.`);
  if (!officeInScope(actor, geography, officeId)) return deny('That office is outside the offices and regions you oversee.');
  return ALLOWED;
}

export function canRemoveFromOffice(actor: Actor, geography: Geography, member: Member, officeId?: number): Verdict {
  if (officeId !== undefined && officeId === member.defaultOfficeId) {
    return deny('A member cannot leave their default office. Change the default office first.');
  }
  if (officeId !== undefined && member.offices && !member.offices.includes(officeId)) return deny(`${nameOf(member)} is not in that office.`);
  return canManage(actor, geography, member);
}

export function canAddToRegion(actor: Actor, geography: Geography, member: Member, regionId?: number): Verdict {
  if (member.accessLevel !== 'Region') return deny(`Only Region members belong to regions; ${nameOf(member)} is ${member.accessLevel}.`);
  const base = canManage(actor, geography, member);
  if (!base.allowed || regionId === undefined) return base;
  if (member.regions?.includes(regionId)) return deny(`${nameOf(member)} is already in that region.`);
  if (!regionInScope(actor, geography, regionId)) return deny('That region is outside the regions you oversee.');
  return ALLOWED;
}

export function canRemoveFromRegion(actor: Actor, geography: Geography, member: Member, regionId?: number): Verdict {
  const home = member.defaultOfficeId === undefined ? undefined : geography.regionOfOffice(member.defaultOfficeId);
  if (regionId !== undefined && regionId === home) {
    return deny("A member cannot leave the region of their default office. Change the default office first.");
  }
  if (regionId !== undefined && member.regions && !member.regions.includes(regionId)) return deny(`${nameOf(member)} is not in that region.`);
  return canManage(actor, geography, member);
}

/** The access levels the actor may give a new member (v6 invite_user). */
export function grantableLevels(actor: Actor): Level[] {
  const levels: Level[] = ['Contributor', 'Office', 'Region', 'Company'];
  return levels.filter((level) => levelCheck(actor, ADD, level).allowed);
}

export function canInvite(actor: Actor): Verdict {
  if (grantableLevels(actor).length > 0) return ALLOWED;
  return deny(`Your role may not add members: it lacks the permissions ${permissionInWords(ADD.lower)} and ${permissionInWords(ADD.same)}. ${grantedBy('one')}`);
}

/** v5: the classic invites need an Admin, or a Manager with canManageCompanyMembers (REFERENCE.md §2.10). */
export function canInviteClassic(actor: Actor): Verdict {
  if (grantableLevels(actor).length > 0) return ALLOWED;
  return deny(
    'Inviting people to a Rooms v5 company takes an Admin, or a Manager with the permission "Manage company members" (canManageCompanyMembers), ' +
      'and you are neither. An Admin can invite them for you, or give you that permission.',
  );
}

export function canInviteToRooms(actor: Actor): Verdict {
  return actor.isDefaultAdmin || actor.permissions.canAddUsersToRooms
    ? ALLOWED
    : deny(`Your role may not invite people into rooms: it lacks the permission ${permissionInWords('canAddUsersToRooms')}. ${grantedBy('it')}`);
}
