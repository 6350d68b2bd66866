import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { fetchAllPages } from '@/api/paging';
import { AssignableRoles, RoomInviteResponse, RoomSummaryList, RoomUsersResult, type RoomInvite, type RoomSummary } from '@/api/rooms/schemas';

/**
 * GET /v2/accounts/{accountId}/rooms, every page: the API has no name search, so the open rooms the caller may
 * see are read once (a company has a few hundred) and searched by name in the browser.
 */
export function getOpenRooms(accountId: string, signal?: AbortSignal): Promise<RoomSummary[]> {
  return fetchAllPages(
    (startPosition, count) => client.get(accountPath(accountId, 'rooms'), RoomSummaryList, { query: { startPosition, count }, signal }),
    (page) => page.rooms,
  );
}

/** GET /v2/accounts/{accountId}/rooms/{roomId}/assignable_roles (v6); with the assignee's own role when a member. */
export function getAssignableRoomRoles(accountId: string, roomId: number, assigneeEmail: string, signal?: AbortSignal): Promise<AssignableRoles> {
  return client.get(accountPath(accountId, 'rooms', roomId, 'assignable_roles'), AssignableRoles, {
    query: { assigneeEmail, startPosition: 0, count: 100 },
    signal,
  });
}

/**
 * Whether a room invite needs a transaction side. The API says only that real-estate companies need one and never
 * says whether a company is one; their room users carry the side they are on, other companies' never do. So the
 * room's people answer it: 'unknown' when the room has nobody yet.
 */
export async function transactionSideNeed(accountId: string, roomId: number, signal?: AbortSignal): Promise<'needed' | 'not needed' | 'unknown'> {
  const page = await client.get(accountPath(accountId, 'rooms', roomId, 'users'), RoomUsersResult, { query: { startPosition: 0, count: 100 }, signal });
  if (page.users.length === 0) return 'unknown';
  return page.users.some((user) => user.transactionSideId) ? 'needed' : 'not needed';
}

/** POST /v2/accounts/{accountId}/rooms/{roomId}/users */
export function inviteToRoom(accountId: string, roomId: number, invite: RoomInvite, signal?: AbortSignal): Promise<RoomInviteResponse> {
  return client.post(accountPath(accountId, 'rooms', roomId, 'users'), RoomInviteResponse, { body: invite, signal });
}
