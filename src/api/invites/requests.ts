import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import type { ClassicAdminToInvite, ClassicAgentToInvite, ClassicInvite, ClassicManagerToInvite, UserToInvite } from '@/api/invites/schemas';
import { getUsers } from '@/api/users/requests';
import { User } from '@/api/users/schemas';

/** POST /v2/accounts/{accountId}/users/invite_user (v6) */
export function inviteUser(accountId: string, body: UserToInvite, signal?: AbortSignal): Promise<User> {
  return client.post(accountPath(accountId, 'users', 'invite_user'), User, { body, signal });
}

/** POST /v2/accounts/{accountId}/users/invite_classic_admin (v5) */
export function inviteClassicAdmin(accountId: string, body: ClassicAdminToInvite, signal?: AbortSignal): Promise<User> {
  return client.post(accountPath(accountId, 'users', 'invite_classic_admin'), User, { body, signal });
}

/** POST /v2/accounts/{accountId}/users/invite_classic_manager (v5) */
export function inviteClassicManager(accountId: string, body: ClassicManagerToInvite, signal?: AbortSignal): Promise<User> {
  return client.post(accountPath(accountId, 'users', 'invite_classic_manager'), User, { body, signal });
}

/** POST /v2/accounts/{accountId}/users/invite_classic_agent (v5) */
export function inviteClassicAgent(accountId: string, body: ClassicAgentToInvite, signal?: AbortSignal): Promise<User> {
  return client.post(accountPath(accountId, 'users', 'invite_classic_agent'), User, { body, signal });
}

/** A v5 invite, sent to the classic endpoint of its kind. */
export function inviteClassic(accountId: string, invite: ClassicInvite, signal?: AbortSignal): Promise<User> {
  switch (invite.type) {
    case 'Admin':
      return inviteClassicAdmin(accountId, invite.body, signal);
    case 'Manager':
      return inviteClassicManager(accountId, invite.body, signal);
    case 'Agent':
      return inviteClassicAgent(accountId, invite.body, signal);
  }
}

/**
 * The member with exactly this email (any case), if the caller can see one. The users filter is a prefix match on
 * names and email, so the page is searched for the exact address. Used to check whether an invite whose reply was
 * lost went through before anything is sent again.
 */
export async function findMemberByEmail(accountId: string, email: string, signal?: AbortSignal) {
  const wanted = email.trim().toLowerCase();
  const page = await getUsers(accountId, { filter: email.trim(), startPosition: 0, count: 100 }, signal);
  return page.userSummaries.find((user) => user.email.toLowerCase() === wanted);
}
