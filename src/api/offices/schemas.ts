import * as z from 'zod/mini';

import { optionalId, optionalText } from '@/api/common-schemas';
import { pageOf } from '@/api/paging';

/** OfficeSummary; the app needs the id, the name and the region it belongs to. */
export const OfficeSummary = z.looseObject({
  officeId: z.number(),
  name: z.string(),
  regionId: optionalId,
  city: optionalText,
  stateId: optionalText,
  countryId: optionalText,
});
export type OfficeSummary = z.infer<typeof OfficeSummary>;

export const OfficeSummaryList = pageOf('officeSummaries', OfficeSummary);
export type OfficeSummaryList = z.infer<typeof OfficeSummaryList>;
