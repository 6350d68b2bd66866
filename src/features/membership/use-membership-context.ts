import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';

import { actorQueries } from '@/api/actor/queries';
import { geographyOf } from '@/api/geography';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import type { Names } from '@/features/membership/plan-words';
import { useMembershipIndex } from '@/features/membership/use-membership-index';

/** What every membership screen needs: offices, regions, their names, the signed-in actor and the index. */
export function useMembershipContext(accountId: string, owner: string, email: string) {
  const offices = useQuery(officeQueries.list(accountId));
  const regions = useQuery(regionQueries.list(accountId));
  const actor = useQuery(actorQueries.current(accountId, email));
  const indexState = useMembershipIndex(accountId, owner);
  const names = useMemo<Names>(() => {
    const officeNames = new Map((offices.data ?? []).map((office) => [office.officeId, office.name]));
    const regionNames = new Map((regions.data ?? []).map((region) => [region.regionId, region.name]));
    return {
      office: (id) => officeNames.get(id) ?? `office ${id}`,
      region: (id) => regionNames.get(id) ?? `region ${id}`,
    };
  }, [offices.data, regions.data]);
  const geography = useMemo(() => geographyOf(offices.data ?? []), [offices.data]);
  return { offices, regions, actor, indexState, names, geography };
}

export type MembershipContext = ReturnType<typeof useMembershipContext>;
