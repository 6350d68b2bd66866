import { describe, expect, it } from 'vitest';
import type { Company } from './company';
import { permissionsWith } from './permission-keys';
import { compareAccessLevels, mayActOnLevel, permissionsOf, scopeOf } from './permissions';
import { seedCompanies } from './seed';
import type { Member } from './types';

const [harbor, cedar] = seedCompanies() as [Company, Company];
const who = (company: Company, email: string): Member => {
  const member = company.userByEmail(email);
  if (!member) throw new Error(email);
  return member;
};

describe('access levels', () => {
  it('order Company > Region > Office > Contributor', () => {
    expect(compareAccessLevels('Company', 'Region')).toBeGreaterThan(0);
    expect(compareAccessLevels('Region', 'Office')).toBeGreaterThan(0);
    expect(compareAccessLevels('Office', 'Contributor')).toBeGreaterThan(0);
    expect(compareAccessLevels('Office', 'Office')).toBe(0);
  });

  it('give each identity its scope', () => {
    expect(scopeOf(harbor, who(harbor, 'admin@harborpine.example')).kind).toBe('company');
    expect(scopeOf(harbor, who(harbor, 'rita.region@harborpine.example')).kind).toBe('locations');
    expect(scopeOf(harbor, who(harbor, 'alex.agent@harborpine.example')).kind).toBe('self');
    expect(scopeOf(cedar, who(cedar, 'admin@harborpine.example')).kind).toBe('company');
    expect(scopeOf(cedar, who(cedar, 'abby.agent@cedarclassic.example')).kind).toBe('self');
  });
});

describe('member actions by level and permission', () => {
  const rita = who(harbor, 'rita.region@harborpine.example');
  const omar = who(harbor, 'omar.office@harborpine.example');
  const alex = who(harbor, 'alex.agent@harborpine.example');
  const admin = who(harbor, 'admin@harborpine.example');

  it('lets the Default Admin do anything to anyone', () => {
    for (const action of ['add', 'manage', 'remove'] as const) {
      expect(mayActOnLevel(harbor, admin, action, 'Company').allowed).toBe(true);
    }
  });

  it('lets Rita add, manage and remove below her level only', () => {
    for (const action of ['add', 'manage', 'remove'] as const) {
      expect(mayActOnLevel(harbor, rita, action, 'Office').allowed).toBe(true);
      expect(mayActOnLevel(harbor, rita, action, 'Region')).toMatchObject({ allowed: false, reason: expect.stringContaining('SameAccessLevel') });
      expect(mayActOnLevel(harbor, rita, action, 'Company')).toMatchObject({ allowed: false, reason: expect.stringContaining('above') });
    }
  });

  it('lets Omar manage but not add or remove', () => {
    expect(mayActOnLevel(harbor, omar, 'manage', 'Contributor').allowed).toBe(true);
    expect(mayActOnLevel(harbor, omar, 'add', 'Contributor')).toMatchObject({ allowed: false, reason: expect.stringContaining('canAddMemberAndSetRoleLowerAccessLevel') });
    expect(mayActOnLevel(harbor, omar, 'remove', 'Contributor').allowed).toBe(false);
  });

  it('lets Alex do nothing to members', () => {
    for (const action of ['add', 'manage', 'remove', 'changeRole'] as const) {
      expect(mayActOnLevel(harbor, alex, action, 'Contributor').allowed).toBe(false);
    }
  });

  it('lets the Same permission for adding cover lower levels too, as the spec says, but not for managing', () => {
    const roleId = 999_001;
    harbor.roles.set(roleId, {
      roleId,
      name: 'Same-level recruiter',
      isDefaultForAdmin: false,
      isExternal: false,
      createdDate: '2025-01-01T00:00:00.000Z',
      permissions: permissionsWith(['canAddMemberAndSetRoleSameAccessLevel', 'canManageMemberSameAccessLevel']),
    });
    const recruiter = { ...rita, roleId };
    expect(mayActOnLevel(harbor, recruiter, 'add', 'Region').allowed).toBe(true);
    expect(mayActOnLevel(harbor, recruiter, 'add', 'Contributor').allowed).toBe(true);
    expect(mayActOnLevel(harbor, recruiter, 'manage', 'Region').allowed).toBe(true);
    expect(mayActOnLevel(harbor, recruiter, 'manage', 'Contributor')).toMatchObject({ allowed: false, reason: 'This requires the permission canManageMemberLowerAccessLevel.' });
    harbor.roles.delete(roleId);
  });

  it('maps v5 managers\' canManageCompanyMembers onto the same checks', () => {
    const mona = who(cedar, 'mona.manager@cedarclassic.example');
    const milo = who(cedar, 'milo.manager@cedarclassic.example');
    expect(mayActOnLevel(cedar, mona, 'add', 'Contributor').allowed).toBe(true);
    expect(mayActOnLevel(cedar, milo, 'add', 'Contributor')).toMatchObject({
      allowed: false,
      reason: 'This requires an Admin, or a Manager with the permission canManageCompanyMembers.',
    });
    expect(mayActOnLevel(cedar, mona, 'manage', 'Company')).toMatchObject({ allowed: false, reason: expect.stringContaining('above') });
    expect(permissionsOf(cedar, milo).canAddUsersToRooms).toBe(true);
    expect(mayActOnLevel(cedar, who(cedar, 'admin@harborpine.example'), 'remove', 'Company').allowed).toBe(true);
  });
});
