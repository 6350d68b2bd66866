import type { Geography } from '@/api/permissions';

/** The region of each office, from the offices list, for the permission rules and region views. */
export function geographyOf(offices: readonly { officeId: number; regionId?: number }[]): Geography {
  const regions = new Map(offices.map((office) => [office.officeId, office.regionId]));
  return { regionOfOffice: (officeId) => regions.get(officeId) };
}
