import { client, setCsrfToken } from '@/api/client';
import { Session } from '@/api/session/schemas';
import { authPaths } from '@/config/paths';

/** GET /auth/session; keeps the CSRF token for later state-changing calls. */
export async function getSession(signal?: AbortSignal): Promise<Session> {
  const session = await client.get(authPaths.session, Session, { signal });
  setCsrfToken(session.signedIn ? session.csrfToken : undefined);
  return session;
}

/** PUT /auth/account: makes `accountId` the account every /api call uses. */
export async function chooseAccount(accountId: string): Promise<Session> {
  const session = await client.put(authPaths.account, Session, { body: { accountId } });
  setCsrfToken(session.signedIn ? session.csrfToken : undefined);
  return session;
}

/** POST /auth/logout: ends the session on the proxy (204). */
export async function logout(): Promise<void> {
  await client.postVoid(authPaths.logout);
  setCsrfToken(undefined);
}
