import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { fetchAllPages } from '@/api/paging';
import { RegionSummaryList, type RegionSummary } from '@/api/regions/schemas';

/** GET /v2/accounts/{accountId}/regions, every page. */
export function getAllRegions(accountId: string, signal?: AbortSignal): Promise<RegionSummary[]> {
  return fetchAllPages(
    (startPosition, count) =>
      client.get(accountPath(accountId, 'regions'), RegionSummaryList, { query: { startPosition, count }, signal }),
    (page) => page.regionSummaries,
  );
}
