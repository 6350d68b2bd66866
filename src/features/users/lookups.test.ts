import { describe, expect, it } from 'vitest';

import { OfficeSummary } from '@/api/offices/schemas';
import { RegionSummary } from '@/api/regions/schemas';
import { RoleSummary } from '@/api/roles/schemas';
import { describePermissions, permissionLabel } from '@/api/classic-permissions';
import { buildLookups, fullName, titleLabel } from '@/features/users/lookups';
import { rangeText } from '@/components/range-text';

describe('buildLookups', () => {
  const lookups = buildLookups(
    [
      OfficeSummary.parse({ officeId: 2, name: 'Cambridge', regionId: 1 }),
      OfficeSummary.parse({ officeId: 1, name: 'Boston Downtown', regionId: 1 }),
    ],
    [RegionSummary.parse({ regionId: 1, name: 'Northeast' })],
    [RoleSummary.parse({ roleId: 9, name: 'Agent' })],
  );

  it('turns ids into names', () => {
    expect(lookups.officeName(1)).toBe('Boston Downtown');
    expect(lookups.regionName(lookups.officeRegionId(1))).toBe('Northeast');
    expect(lookups.roleName(9)).toBe('Agent');
  });

  it('shows an unknown id rather than hiding it, and a dash for none', () => {
    expect(lookups.officeName(77)).toBe('Office #77');
    expect(lookups.roleName(5)).toBe('Role #5');
    expect(lookups.officeName(undefined)).toBe('—');
    expect(lookups.officeRegionId(77)).toBeUndefined();
  });

  it('sorts the option lists by name', () => {
    expect(lookups.offices.map((office) => office.name)).toEqual(['Boston Downtown', 'Cambridge']);
  });

  it('works before the lists have loaded', () => {
    expect(buildLookups().officeName(3)).toBe('Office #3');
  });
});

describe('labels', () => {
  it('names a user, falling back to the email for a nameless invite', () => {
    expect(fullName({ firstName: 'Maria', lastName: 'Garcia', email: 'm@x' })).toBe('Maria Garcia');
    expect(fullName({ firstName: '', lastName: '', email: 'new@x.example' })).toBe('new@x.example');
    expect(titleLabel(4)).toBe('Title 4');
  });

  it('describes classic permissions in words, including ones it does not know', () => {
    expect(permissionLabel('canManageCompanyMembers')).toBe('Manage company members');
    expect(permissionLabel('canExportEverythingNow')).toBe('Export everything now');
    expect(
      describePermissions({ canManageCompanyMembers: true, isOfficeManager: false, canCloseCompanyRooms: true }),
    ).toEqual({ granted: ['Close company rooms', 'Manage company members'], denied: ['Office manager'] });
  });

  it('writes the range of the page with thousands separators', () => {
    expect(rangeText(1, 25, 25, 1204)).toBe('1–25 of 1,204');
    expect(rangeText(49, 25, 4, 1204)).toBe('1,201–1,204 of 1,204');
    expect(rangeText(2, 25, 25, undefined)).toBe('26–50');
    expect(rangeText(1, 25, 0, 0)).toBe('0 of 0');
  });
});
