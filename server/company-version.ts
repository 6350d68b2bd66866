/**
 * The chosen account's Rooms version for `/auth/session`. The SPA branches on it (v5 titles, v6 roles) before its
 * first list call; knowing it with the session saves the browser one round trip on every first load.
 */
import type { Request } from 'express';
import { forward } from './api-proxy';
import type { ProxyConfig } from './config';
import { ProxyError } from './errors';
import { saveSession, type CompanyVersion } from './session';
import type { SessionAuth } from './session-auth';

export async function rememberCompanyVersion(req: Request, config: ProxyConfig, auth: SessionAuth): Promise<void> {
  const user = req.session.user;
  if (!user?.accountId || user.companyVersions?.[user.accountId]) return;
  const base = new URL(config.roomsApiBase);
  const url = new URL(`${base.pathname}/v2/accounts/${encodeURIComponent(user.accountId)}`, base);
  let version: CompanyVersion | undefined;
  try {
    const upstream = await forward(url, 'GET', await auth.accessToken(req), undefined, undefined, undefined, config.upstreamTimeoutMs);
    if (upstream.status === 200) version = versionOf(JSON.parse(upstream.body.toString('utf8')));
  } catch (error) {
    // Unknown is fine: the SPA then reads the account itself and shows any error there, with its trace token.
    if (!(error instanceof ProxyError || error instanceof SyntaxError)) throw error;
  }
  if (!version || req.session.user !== user) return;
  req.session.user = { ...user, companyVersions: { ...user.companyVersions, [user.accountId]: version } };
  await saveSession(req);
}

function versionOf(account: unknown): CompanyVersion | undefined {
  if (typeof account !== 'object' || account === null || !('companyVersion' in account)) return undefined;
  const version = String(account.companyVersion).toLowerCase();
  return version === 'v5' || version === 'v6' ? version : undefined;
}
