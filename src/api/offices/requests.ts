import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { OfficeSummaryList, type OfficeSummary } from '@/api/offices/schemas';
import { fetchAllPages } from '@/api/paging';

/** GET /v2/accounts/{accountId}/offices, every page (a company has at most a few hundred offices). */
export function getAllOffices(accountId: string, signal?: AbortSignal): Promise<OfficeSummary[]> {
  return fetchAllPages(
    (startPosition, count) =>
      client.get(accountPath(accountId, 'offices'), OfficeSummaryList, { query: { startPosition, count }, signal }),
    (page) => page.officeSummaries,
  );
}
