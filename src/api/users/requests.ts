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

/** PUT /v2/accounts/{accountId}/users/{userId}: the only thing it changes is the default office. */
export function updateDefaultOffice(accountId: string, userId: number, defaultOfficeId: number, signal?: AbortSignal): Promise<User> {
  return client.put(accountPath(accountId, 'users', userId), User, { body: { defaultOfficeId }, signal });
}

/** DELETE /v2/accounts/{accountId}/users/{userId} */
export function removeUser(accountId: string, userId: number, signal?: AbortSignal): Promise<void> {
  return client.delete(accountPath(accountId, 'users', userId), { signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/lock */
export function lockUser(accountId: string, userId: number, reason: string, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'lock'), { body: { reason }, signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/unlock */
export function unlockUser(accountId: string, userId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'unlock'), { signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/reinvite */
export function reinviteUser(accountId: string, userId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'reinvite'), { signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/add_to_office */
export function addUserToOffice(accountId: string, userId: number, officeId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'add_to_office'), { body: { officeId }, signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/remove_from_office */
export function removeUserFromOffice(accountId: string, userId: number, officeId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'remove_from_office'), { body: { officeId }, signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/add_to_region */
export function addUserToRegion(accountId: string, userId: number, regionId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'add_to_region'), { body: { regionId }, signal });
}

/** POST /v2/accounts/{accountId}/users/{userId}/remove_from_region */
export function removeUserFromRegion(accountId: string, userId: number, regionId: number, signal?: AbortSignal): Promise<void> {
  return client.postVoid(accountPath(accountId, 'users', userId, 'remove_from_region'), { body: { regionId }, signal });
}
