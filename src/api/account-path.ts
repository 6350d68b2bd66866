import { apiBasePath } from '@/config/paths';

/** `/api/v2/accounts/{accountId}` plus `rest`: the proxy forwards it to the Rooms API for the signed-in account. */
export function accountPath(accountId: string, ...rest: Array<string | number>): string {
  const tail = rest.map((part) => `/${encodeURIComponent(String(part))}`).join('');
  return `${apiBasePath}/v2/accounts/${encodeURIComponent(accountId)}${tail}`;
}
