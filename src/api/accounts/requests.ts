import { client } from '@/api/client';
import { AccountSummary } from '@/api/accounts/schemas';
import { accountPath } from '@/api/account-path';

/** GET /v2/accounts/{accountId} */
export function getAccount(accountId: string, signal?: AbortSignal): Promise<AccountSummary> {
  return client.get(accountPath(accountId), AccountSummary, { signal });
}
