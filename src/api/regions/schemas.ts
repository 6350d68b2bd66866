import * as z from 'zod/mini';

import { pageOf } from '@/api/paging';

export const RegionSummary = z.looseObject({
  regionId: z.number(),
  name: z.string(),
});
export type RegionSummary = z.infer<typeof RegionSummary>;

export const RegionSummaryList = pageOf('regionSummaries', RegionSummary);
export type RegionSummaryList = z.infer<typeof RegionSummaryList>;
