import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { User, UserSummaryList, type UserListParams } from '@/api/users/schemas';

/** GET /v2/accounts/{accountId}/users: one server page; never loops over pages. */
export function getUsers(accountId: string, params: UserListParams, signal?: AbortSignal): Promise<UserSummaryList> {
  return client.get(accountPath(accountId, 'users'), UserSummaryList, { query: params, signal });
}

/** GET /v2/accounts/{accountId}/users/{userId} */
export function getUser(accountId: string, userId: number, signal?: AbortSignal): Promise<User> {
  return client.get(accountPath(accountId, 'users', userId), User, { signal });
}
