import { describe, expect, it } from 'vitest';

import { AccountSummary } from '@/api/accounts/schemas';
import { OfficeSummaryList } from '@/api/offices/schemas';
import { Role, RoleSummaryList } from '@/api/roles/schemas';
import { Session } from '@/api/session/schemas';
import { User, UserListParams, UserSummaryList } from '@/api/users/schemas';

const maria = {
  userId: 101,
  email: 'maria.garcia@harborpine.example',
  firstName: 'Maria',
  lastName: 'Garcia',
  isLockedOut: false,
  status: 'Active',
  accessLevel: 'Office',
  defaultOfficeId: 11,
  roleId: 4,
};

describe('UserSummaryList', () => {
  it('keeps fields it does not know, so a newer API does not break the list', () => {
    const list = UserSummaryList.parse({
      userSummaries: [{ ...maria, favouriteColour: 'teal' }],
      resultSetSize: 1,
      startPosition: 0,
      endPosition: 0,
      totalRowCount: 1,
      nextUri: null,
      priorUri: null,
      somethingNew: { nested: true },
    });
    expect(list.userSummaries[0]).toMatchObject({ ...maria, favouriteColour: 'teal' });
    expect(list).toMatchObject({ somethingNew: { nested: true } });
  });

  it('accepts a page without totalRowCount, nextUri and priorUri (REFERENCE.md §3.3)', () => {
    const list = UserSummaryList.parse({ userSummaries: [maria], resultSetSize: 1, startPosition: 0, endPosition: 0 });
    expect(list.totalRowCount).toBeUndefined();
    expect(list.nextUri).toBeUndefined();
    expect(list.userSummaries).toHaveLength(1);
  });

  it('reads an empty page that leaves out the list as no users', () => {
    expect(UserSummaryList.parse({ resultSetSize: 0 }).userSummaries).toEqual([]);
  });

  it('accepts the status in any case and keeps an unknown status readable', () => {
    const list = UserSummaryList.parse({
      userSummaries: [
        { ...maria, userId: 1, status: 'active' },
        { ...maria, userId: 2, status: 'PENDING' },
        { ...maria, userId: 3, status: 'Suspended' },
        { ...maria, userId: 4, status: null },
      ],
    });
    expect(list.userSummaries.map((user) => user.status)).toEqual(['Active', 'Pending', 'Suspended', undefined]);
  });

  it('knows the Admin access level and keeps an unknown one', () => {
    const list = UserSummaryList.parse({
      userSummaries: [
        { ...maria, userId: 1, accessLevel: 'Admin' },
        { ...maria, userId: 2, accessLevel: 'region' },
        { ...maria, userId: 3, accessLevel: 'Galaxy' },
      ],
    });
    expect(list.userSummaries.map((user) => user.accessLevel)).toEqual(['Admin', 'Region', 'Galaxy']);
  });

  it('turns missing or null optional values into plain defaults', () => {
    const [user] = UserSummaryList.parse({
      userSummaries: [{ userId: 7, email: 'x@example.com', firstName: null, isLockedOut: null, defaultOfficeId: null }],
    }).userSummaries;
    expect(user).toEqual({ userId: 7, email: 'x@example.com', firstName: '', lastName: '', isLockedOut: false });
  });

  it('fails on what the app relies on: a user without a numeric id', () => {
    expect(UserSummaryList.safeParse({ userSummaries: [{ ...maria, userId: '101' }] }).success).toBe(false);
    expect(UserSummaryList.safeParse({ userSummaries: [{ ...maria, email: undefined }] }).success).toBe(false);
  });
});

describe('User', () => {
  it('defaults memberships to empty lists and keeps only boolean permissions', () => {
    const user = User.parse({ ...maria, permissions: { canManageCompanyMembers: true, isOfficeManager: false, odd: null } });
    expect(user.offices).toEqual([]);
    expect(user.regions).toEqual([]);
    expect(user.permissions).toEqual({ canManageCompanyMembers: true, isOfficeManager: false });
  });
});

describe('AccountSummary', () => {
  it('reads the company version in any case', () => {
    expect(AccountSummary.parse({ name: 'Cedar', companyVersion: 'V5', extra: 1 }).companyVersion).toBe('v5');
  });

  it('fails on a version the app cannot branch on', () => {
    expect(AccountSummary.safeParse({ name: 'X', companyVersion: 'v7' }).success).toBe(false);
    expect(AccountSummary.safeParse({ name: 'X' }).success).toBe(false);
  });
});

describe('roles and offices', () => {
  it('reads a roles page with only the blog example fields', () => {
    const page = RoleSummaryList.parse({
      roles: [{ roleId: 299913, name: 'Default Admin', isDefaultForAdmin: true, isExternal: false, createdDate: '2019-07-31T17:13:29.697' }],
      resultSetSize: 1,
      startPosition: 0,
      endPosition: 0,
    });
    expect(page.roles[0]).toMatchObject({ roleId: 299913, isDefaultForAdmin: true });
  });

  it('keeps role permissions as an open record of booleans', () => {
    const role = Role.parse({ roleId: 1, name: 'Agent', permissions: { canCreateRooms: true, brandNewPermission: false } });
    expect(role.permissions).toEqual({ canCreateRooms: true, brandNewPermission: false });
    expect(Role.parse({ roleId: 1, name: 'Agent' }).permissions).toEqual({});
  });

  it('reads an office without a region', () => {
    const page = OfficeSummaryList.parse({ officeSummaries: [{ officeId: 1, name: 'Boston Downtown', regionId: null }] });
    expect(page.officeSummaries[0]).toEqual({ officeId: 1, name: 'Boston Downtown' });
  });
});

describe('Session', () => {
  it('tells signed out from signed in', () => {
    expect(Session.parse({ signedIn: false })).toEqual({ signedIn: false });
    const session = Session.parse({
      signedIn: true,
      identity: { sub: 's', name: 'Ada Admin', email: 'admin@harborpine.example' },
      accounts: [{ accountId: 'a-1', name: 'Harbor & Pine Realty', isDefault: true }],
      accountId: 'a-1',
      csrfToken: 'token',
    });
    expect(session.signedIn && session.accounts[0]?.name).toBe('Harbor & Pine Realty');
  });

  it('fails a signed-in session without its CSRF token', () => {
    expect(Session.safeParse({ signedIn: true, identity: {}, accounts: [], accountId: null }).success).toBe(false);
  });
});

describe('UserListParams', () => {
  it('allows only the API enums and page sizes 1 to 100', () => {
    expect(UserListParams.safeParse({ startPosition: 0, count: 25, sort: 'LastNameDesc', status: 'Pending' }).success).toBe(true);
    expect(UserListParams.safeParse({ startPosition: 0, count: 101 }).success).toBe(false);
    expect(UserListParams.safeParse({ startPosition: 0, count: 25, sort: 'lastNameDesc' }).success).toBe(false);
    expect(UserListParams.safeParse({ startPosition: 0, count: 25, accessLevel: 'Admin' }).success).toBe(true);
  });
});
