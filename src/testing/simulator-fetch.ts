import { inject, vi } from 'vitest';

/**
 * Stands in for the auth proxy in route-level tests: `/api/...` goes to the in-process simulator's Rooms API with
 * a bearer token for `email`, and `/auth/*` answers as docs/architecture.md says the proxy does. Any other
 * request fails the test, so nothing reaches the network unnoticed.
 */

type SimulatorSession = {
  signedIn: true;
  identity: { sub: string; name: string; email: string };
  accounts: Array<{ accountId: string; name: string; isDefault: boolean }>;
  accountId: string;
  companyVersion: 'v5' | 'v6' | null;
  csrfToken: string;
};

type UserInfo = {
  sub: string;
  name: string;
  email: string;
  accounts: Array<{ account_id: string; account_name: string; is_default: boolean }>;
};

export type FakeProxy = {
  session: SimulatorSession;
  /** Every same-origin request the app made, as "METHOD /path?query". */
  requests: string[];
  /** From now on the proxy answers /api calls as it does when the refresh token is gone too. */
  expireSession: () => void;
  /** Which account the app works on, as PUT /auth/account would set it. */
  useAccount: (name: string) => void;
  /** Requests whose "METHOD /path?query" matches wait until `release()` is called. */
  hold: (pattern: RegExp) => { release: () => void };
};

const simulatorUrl = () => inject('simulatorUrl');
// Node's own fetch, taken before any test replaces the global one.
const nodeFetch = globalThis.fetch;

async function tokenFor(email: string): Promise<string> {
  const response = await nodeFetch(`${simulatorUrl()}/__control/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`No simulator token for ${email}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function userInfo(token: string): Promise<UserInfo> {
  const response = await nodeFetch(`${simulatorUrl()}/oauth/userinfo`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) throw new Error(`userinfo failed: ${response.status}`);
  return (await response.json()) as UserInfo;
}

async function companyVersion(token: string, accountId: string): Promise<'v5' | 'v6' | null> {
  const response = await nodeFetch(`${simulatorUrl()}/restapi/v2/accounts/${accountId}`, { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) return null;
  const version = ((await response.json()) as { companyVersion?: string }).companyVersion?.toLowerCase();
  return version === 'v5' || version === 'v6' ? version : null;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'test-proxy' } });

/** Signs `email` in (as far as the app can tell) and routes the app's requests to the simulator. */
export async function signInToSimulator(email: string): Promise<FakeProxy> {
  const token = await tokenFor(email);
  const info = await userInfo(token);
  const accounts = info.accounts.map((account) => ({
    accountId: account.account_id,
    name: account.account_name,
    isDefault: account.is_default,
  }));
  const chosen = accounts.find((account) => account.isDefault) ?? accounts[0];
  if (!chosen) throw new Error(`${email} has no accounts in the simulator`);
  const versions = new Map(
    await Promise.all(accounts.map(async ({ accountId }) => [accountId, await companyVersion(token, accountId)] as const)),
  );
  const sessionBody = () => ({ ...proxy.session, companyVersion: versions.get(proxy.session.accountId) ?? null });
  const holds: Array<{ pattern: RegExp; released: Promise<void> }> = [];
  let expired = false;
  const proxy: FakeProxy = {
    session: {
      signedIn: true,
      identity: { sub: info.sub, name: info.name, email: info.email },
      accounts,
      accountId: chosen.accountId,
      companyVersion: null,
      csrfToken: 'test-csrf-token',
    },
    requests: [],
    expireSession: () => {
      expired = true;
    },
    useAccount: (name) => {
      const account = accounts.find((candidate) => candidate.name === name);
      if (!account) throw new Error(`${email} has no account named ${name}`);
      proxy.session.accountId = account.accountId;
    },
    hold: (pattern) => {
      let release = () => {};
      holds.push({ pattern, released: new Promise<void>((resolve) => (release = resolve)) });
      return { release: () => release() };
    },
  };

  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init.method ?? 'GET').toUpperCase();
    proxy.requests.push(`${method} ${url}`);
    await Promise.all(holds.filter(({ pattern }) => pattern.test(`${method} ${url}`)).map(({ released }) => released));
    if (url === '/auth/session' && method === 'GET') return json(sessionBody());
    if (url === '/auth/logout' && method === 'POST') return new Response(null, { status: 204 });
    if (url === '/auth/account' && method === 'PUT') {
      const { accountId } = JSON.parse(String(init.body)) as { accountId: string };
      proxy.session.accountId = accountId;
      return json(sessionBody());
    }
    if (url.startsWith('/api/v2/')) {
      if (expired) return json({ errorCode: 'SESSION_EXPIRED', message: 'Your session has expired. Sign in again.' }, 401);
      const headers = new Headers(init.headers);
      headers.set('Authorization', `Bearer ${token}`);
      // jsdom's AbortSignal is not the one Node's fetch accepts, so cancellation stays in the app.
      return nodeFetch(`${simulatorUrl()}/restapi${url.slice('/api'.length)}`, { method, headers, body: init.body });
    }
    throw new Error(`Unhandled request in a test: ${method} ${url}`);
  });
  return proxy;
}

