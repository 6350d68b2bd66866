import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import { buildLookups, type Lookups } from '@/features/users/lookups';

/**
 * Offices, regions and (v6) roles for resolving names. They settle before the table shows names, so a row never
 * flashes "Office #12" and then "Boston Downtown"; if one of them fails, the ids are shown instead.
 */
export function useLookups(accountId: string, version: CompanyVersion): { lookups: Lookups; settled: boolean } {
  const offices = useQuery(officeQueries.list(accountId));
  const regions = useQuery(regionQueries.list(accountId));
  const roles = useQuery({ ...roleQueries.list(accountId), enabled: version === 'v6' });
  const lookups = useMemo(
    () => buildLookups(offices.data, regions.data, roles.data),
    [offices.data, regions.data, roles.data],
  );
  const settled = !offices.isPending && !regions.isPending && (version === 'v5' || !roles.isPending);
  return { lookups, settled };
}
