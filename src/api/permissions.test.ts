import { describe, expect, it } from 'vitest';
import {
  canAddToOffice,
  canAddToRegion,
  canChangeDefaultOffice,
  canInvite,
  canLock,
  canReinvite,
  canRemove,
  canRemoveFromOffice,
  canRemoveFromRegion,
  canUnlock,
  grantableLevels,
  type Actor,
  type Member,
} from '@/api/permissions';

// Offices 1 Boston Downtown and 2 Cambridge are in region 10 Northeast; 3 San Diego is in region 20 West.
const geography = { regionOfOffice: (id: number) => ({ 1: 10, 2: 10, 3: 20 })[id] };

const manage = { canManageMemberLowerAccessLevel: true };
const admin: Actor = { userId: 1, accessLevel: 'Company', defaultOfficeId: 1, offices: [], regions: [], isDefaultAdmin: true, permissions: {} };
const rita: Actor = {
  userId: 2,
  accessLevel: 'Region',
  defaultOfficeId: 1,
  offices: [],
  regions: [10],
  isDefaultAdmin: false,
  permissions: { ...manage, canAddMemberAndSetRoleLowerAccessLevel: true, canRemoveCompanyMemberLowerAccessLevel: true },
};
const omar: Actor = { userId: 3, accessLevel: 'Office', defaultOfficeId: 2, offices: [2], regions: [], isDefaultAdmin: false, permissions: manage };
const alex: Actor = { userId: 4, accessLevel: 'Contributor', defaultOfficeId: 2, offices: [2], regions: [], isDefaultAdmin: false, permissions: {} };

const agent = (patch: Partial<Member> = {}): Member => ({
  userId: 100,
  firstName: 'Maria',
  lastName: 'Garcia',
  accessLevel: 'Contributor',
  defaultOfficeId: 2,
  offices: [2],
  regions: [],
  status: 'Active',
  isLockedOut: false,
  ...patch,
});

describe('member permissions', () => {
  it('lets each identity manage only inside its scope and below its level', () => {
    expect(canLock(admin, geography, agent({ defaultOfficeId: 3, offices: [3] }))).toEqual({ allowed: true });
    expect(canLock(rita, geography, agent())).toEqual({ allowed: true });
    expect(canLock(rita, geography, agent({ defaultOfficeId: 3, offices: [3] }))).toEqual({
      allowed: false,
      reason: 'Maria Garcia is outside the offices and regions you oversee.',
    });
    expect(canLock(omar, geography, agent())).toEqual({ allowed: true });
    expect(canLock(omar, geography, agent({ defaultOfficeId: 1, offices: [1] })).allowed).toBe(false);
    expect(canLock(alex, geography, agent())).toEqual({
      allowed: false,
      reason:
        'Your role may not manage members at your access level: it lacks the permission "Manage members at your access level" (canManageMemberSameAccessLevel). ' +
        'An administrator can add it to your role.',
    });
  });

  it('needs the Same permission at the same level and never acts above it', () => {
    expect(canLock(omar, geography, agent({ accessLevel: 'Office' }))).toMatchObject({ allowed: false, reason: /lacks canManageMemberSameAccessLevel/ });
    expect(canLock(rita, geography, agent({ accessLevel: 'Company' }))).toMatchObject({ allowed: false, reason: /above your own/ });
  });

  it('follows the state rules: no self-lock, unlock only when locked, reinvite only when pending', () => {
    expect(canLock(admin, geography, agent({ userId: 1 }))).toMatchObject({ allowed: false, reason: /yourself/ });
    expect(canUnlock(admin, geography, agent())).toMatchObject({ allowed: false, reason: /not locked/ });
    expect(canUnlock(admin, geography, agent({ isLockedOut: true }))).toEqual({ allowed: true });
    expect(canReinvite(admin, geography, agent())).toMatchObject({ allowed: false, reason: /pending/ });
    expect(canReinvite(admin, geography, agent({ status: 'pending' }))).toEqual({ allowed: true });
  });

  it('lets omar manage but not remove, and rita remove below her level', () => {
    expect(canRemove(omar, geography, agent())).toMatchObject({ allowed: false, reason: /canRemoveCompanyMemberLowerAccessLevel/ });
    expect(canRemove(rita, geography, agent())).toEqual({ allowed: true });
  });

  it('keeps office and region membership rules', () => {
    expect(canRemoveFromOffice(admin, geography, agent(), 2)).toMatchObject({ allowed: false, reason: /default office/ });
    expect(canRemoveFromOffice(admin, geography, agent({ offices: [2, 1] }), 1)).toEqual({ allowed: true });
    expect(canAddToOffice(admin, geography, agent({ accessLevel: 'Region' }), 1)).toMatchObject({ allowed: false, reason: /Only Office and Contributor/ });
    expect(canAddToOffice(omar, geography, agent(), 3)).toMatchObject({ allowed: false, reason: /outside/ });
    expect(canAddToOffice(rita, geography, agent(), 1)).toEqual({ allowed: true });
    const regional = agent({ accessLevel: 'Region', defaultOfficeId: 1, offices: [], regions: [10] });
    expect(canAddToRegion(admin, geography, regional, 20)).toEqual({ allowed: true });
    expect(canAddToRegion(admin, geography, agent(), 20)).toMatchObject({ allowed: false, reason: /Only Region members/ });
    expect(canRemoveFromRegion(admin, geography, regional, 10)).toMatchObject({ allowed: false, reason: /region of their default office/ });
    expect(canChangeDefaultOffice(omar, geography, agent(), 3)).toMatchObject({ allowed: false, reason: /outside/ });
  });

  it('offers only the levels an administrator may grant', () => {
    expect(grantableLevels(admin)).toEqual(['Contributor', 'Office', 'Region', 'Company']);
    expect(grantableLevels(rita)).toEqual(['Contributor', 'Office']);
    expect(canInvite(omar)).toMatchObject({ allowed: false });
    // canAddMemberAndSetRoleSameAccessLevel covers the same level or lower.
    expect(grantableLevels({ ...omar, permissions: { canAddMemberAndSetRoleSameAccessLevel: true } })).toEqual(['Contributor', 'Office']);
    expect(canInvite(alex)).toMatchObject({ allowed: false });
  });
});
