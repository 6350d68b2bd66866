/** The headless single-admin mode: the proxy signs in with the JWT bearer grant, with no login page. */
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXED_SUBS } from '../simulator/seed';
import { ADMIN, Browser, HARBOR_ACCOUNT_ID, session, startStack, type Stack } from './test-support';

let stack: Stack;
let app: string;
const adminSub = FIXED_SUBS[ADMIN] ?? '';

beforeAll(async () => {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  stack = await startStack({
    simulator: { jwtPublicKey: await exportSPKI(publicKey) },
    // As a .env file would hold it: one line, newlines escaped.
    env: { JWT_USER_ID: adminSub, JWT_PRIVATE_KEY: (await exportPKCS8(privateKey)).replace(/\n/g, '\\n') },
  });
  app = stack.proxy.url;
});
afterAll(() => stack.close());

describe('headless mode (JWT grant)', () => {
  it('makes every browser session the configured administrator, without a sign-in page', async () => {
    const browser = new Browser();
    const body = await session(browser, app);
    expect(body).toMatchObject({ signedIn: true, identity: { sub: adminSub, email: ADMIN }, accountId: HARBOR_ACCOUNT_ID });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const login = await browser.fetch(`${app}/auth/login?returnTo=/users`);
    expect(login.status).toBe(303);
    expect(login.headers.get('Location')).toBe('/users');
  });

  it('forwards API calls with the grant’s token, also for a browser that never asked for the session', async () => {
    const reply = await new Browser().json(`${app}/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users?count=2`);
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ resultSetSize: 2 });
  });

  it('gets a new token by the same grant when the API stops accepting the old one', async () => {
    const browser = new Browser();
    await session(browser, app);
    await stack.control('/expire-tokens', { refresh: true });
    const reply = await browser.json(`${app}/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users?count=1`);
    expect(reply.status).toBe(200);
  });

  it('signs the session out, and the next visit is the administrator again', async () => {
    const browser = new Browser();
    const { csrfToken = '' } = await session(browser, app);
    const logout = await browser.fetch(`${app}/auth/logout`, { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } });
    expect(logout.status).toBe(204);
    const again = await session(browser, app);
    expect(again.signedIn).toBe(true);
    expect(again.csrfToken).not.toBe(csrfToken);
  });
});

describe('headless mode with a key the account server does not know', () => {
  it('answers 502 with the reason instead of pretending to be signed in', async () => {
    const { publicKey } = await generateKeyPair('RS256', { extractable: true });
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const wrong = await startStack({
      simulator: { jwtPublicKey: await exportSPKI(publicKey) },
      env: { JWT_USER_ID: adminSub, JWT_PRIVATE_KEY: await exportPKCS8(privateKey) },
    });
    try {
      const reply = await new Browser().json(`${wrong.proxy.url}/auth/session`);
      expect(reply.status).toBe(502);
      expect(reply.body).toMatchObject({ errorCode: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('invalid_grant') });
    } finally {
      await wrong.close();
    }
  });
});
