import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { ESignPermissionProfileList } from '@/api/esign-profiles/schemas';

/** GET /v2/accounts/{accountId}/esign_permission_profiles */
export function getESignProfiles(accountId: string, signal?: AbortSignal): Promise<ESignPermissionProfileList> {
  return client.get(accountPath(accountId, 'esign_permission_profiles'), ESignPermissionProfileList, { signal });
}
