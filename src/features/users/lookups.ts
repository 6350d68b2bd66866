import type { OfficeSummary } from '@/api/offices/schemas';
import type { RegionSummary } from '@/api/regions/schemas';
import type { RoleSummary } from '@/api/roles/schemas';

/**
 * Turns the ids the Users API returns into the names people know. An id the lists do not contain (deleted,
 * or outside what the caller may see) is still shown, as "Office #12", rather than hidden.
 */
export type Lookups = {
  officeName: (id: number | undefined) => string;
  regionName: (id: number | undefined) => string;
  roleName: (id: number | undefined) => string;
  /** The region an office belongs to, when known. */
  officeRegionId: (id: number | undefined) => number | undefined;
  offices: OfficeSummary[];
  regions: RegionSummary[];
  roles: RoleSummary[];
};

export const NONE = '—';

const namer = <T>(items: T[] | undefined, idOf: (item: T) => number, nameOf: (item: T) => string, noun: string) => {
  const names = new Map((items ?? []).map((item) => [idOf(item), nameOf(item)]));
  return (id: number | undefined) => (id === undefined ? NONE : (names.get(id) ?? `${noun} #${id}`));
};

const byName = <T extends { name: string }>(items: T[] | undefined): T[] =>
  [...(items ?? [])].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));

export function buildLookups(offices?: OfficeSummary[], regions?: RegionSummary[], roles?: RoleSummary[]): Lookups {
  const officeRegions = new Map((offices ?? []).map((office) => [office.officeId, office.regionId]));
  return {
    officeName: namer(offices, (office) => office.officeId, (office) => office.name, 'Office'),
    regionName: namer(regions, (region) => region.regionId, (region) => region.name, 'Region'),
    roleName: namer(roles, (role) => role.roleId, (role) => role.name, 'Role'),
    officeRegionId: (id) => (id === undefined ? undefined : officeRegions.get(id)),
    offices: byName(offices),
    regions: byName(regions),
    roles: byName(roles),
  };
}

/** v5 companies have no titles endpoint, so a title is known by its id only. */
export const titleLabel = (id: number | undefined): string => (id === undefined ? NONE : `Title ${id}`);

/** "Maria Garcia"; the email when a pending invite has no name yet. */
export const fullName = (user: { firstName: string; lastName: string; email: string }): string =>
  `${user.firstName} ${user.lastName}`.trim() || user.email;
