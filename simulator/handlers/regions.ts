/** Regions_GetRegions and Regions_GetRegion. `managedOnly` narrows to the regions the caller manages. */
import { Router } from 'express';
import { callerOf } from '../caller';
import { pageOf } from '../paging';
import { managedRegionIds } from '../permissions';
import { found, pathId, Query } from '../query';
import { regionSummary } from '../serialize';

export function regionsRoutes(): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/regions */
  router.get('/regions', (req, res) => {
    const { company, member } = callerOf(req);
    const query = new Query(req);
    const paging = query.paging();
    const managedOnly = query.bool('managedOnly');
    const managed = managedOnly ? managedRegionIds(company, member) : undefined;
    const regions = [...company.regions.values()]
      .filter((region) => !managed || managed.has(region.regionId))
      .sort((a, b) => a.name.localeCompare(b.name) || a.regionId - b.regionId);
    const { items, envelope } = pageOf(regions, {
      path: `/v2/accounts/${company.accountId}/regions`,
      ...paging,
      params: { managedOnly },
    });
    res.json({ regionSummaries: items.map(regionSummary), ...envelope });
  });

  /** GET /v2/accounts/{accountId}/regions/{regionId} */
  router.get('/regions/:regionId', (req, res) => {
    const { company } = callerOf(req);
    const regionId = pathId(req, 'regionId');
    res.json(regionSummary(found(company.regions.get(regionId), 'region', regionId)));
  });

  return router;
}
