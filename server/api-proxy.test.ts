/** Forwarding to the simulator's Rooms API: what the SPA gets back, and what the proxy refuses. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Browser,
  CEDAR_ACCOUNT_ID,
  HARBOR_ACCOUNT_ID,
  rawGet,
  session,
  signIn,
  startStack,
  type Stack,
} from './test-support';

let stack: Stack;
let app: string;
let browser: Browser;
let csrfToken: string;
const harbor = (rest = '') => `${app}/api/v2/accounts/${HARBOR_ACCOUNT_ID}${rest}`;

beforeAll(async () => {
  stack = await startStack();
  app = stack.proxy.url;
});
afterAll(() => stack.close());
beforeEach(async () => {
  await stack.control('/reset');
  browser = new Browser();
  await signIn(browser, app);
  csrfToken = (await session(browser, app)).csrfToken ?? '';
});

describe('forwarding allowed routes', () => {
  it('passes a users page back with the trace token and rate-limit headers, never cached', async () => {
    const reply = await browser.json(harbor('/users?count=5&sort=lastNameAsc'));
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ resultSetSize: 5, userSummaries: expect.any(Array) });
    for (const name of [
      'X-DocuSign-TraceToken',
      'X-RateLimit-Limit',
      'X-RateLimit-Remaining',
      'X-RateLimit-Reset',
      'X-BurstLimit-Limit',
      'X-BurstLimit-Remaining',
    ]) {
      expect(reply.headers.get(name), name).toBeTruthy();
    }
    expect(reply.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(reply.headers.get('Cache-Control')).toBe('no-store');
    expect(reply.headers.get('X-Powered-By')).toBeNull();
  });

  it('forwards the account itself and the other account of the same identity', async () => {
    expect((await browser.json(harbor())).body).toMatchObject({ companyVersion: 'v6' });
    const cedar = await browser.json(`${app}/api/v2/accounts/${CEDAR_ACCOUNT_ID}`);
    expect(cedar.body).toMatchObject({ companyVersion: 'v5' });
  });

  it('passes the upstream error through as it came', async () => {
    const reply = await browser.json(harbor('/users/99999999'));
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ errorCode: 'RESOURCE_NOT_FOUND' });
    expect(reply.headers.get('X-DocuSign-TraceToken')).toBeTruthy();
  });
});

describe('what the proxy refuses', () => {
  it('answers 401 NOT_SIGNED_IN without a session, with the request id as referenceId', async () => {
    const reply = await new Browser().json(harbor('/users'));
    expect(reply.status).toBe(401);
    expect(reply.body).toEqual({
      errorCode: 'NOT_SIGNED_IN',
      message: expect.any(String),
      referenceId: reply.headers.get('X-Request-Id'),
    });
  });

  it.each([
    ['GET', '/rooms/1/documents'],
    ['POST', '/offices'],
    ['DELETE', '/roles/3'],
    ['GET', '/users/abc'],
    ['GET', '/users/1/lock'],
  ])('answers %s %s with 404 ROUTE_NOT_ALLOWED', async (method, rest) => {
    const reply = await browser.json(harbor(rest), { method, headers: { 'X-CSRF-Token': csrfToken } });
    expect(reply.status).toBe(404);
    expect(reply.body).toMatchObject({ errorCode: 'ROUTE_NOT_ALLOWED' });
  });

  it('answers 403 ACCOUNT_NOT_ALLOWED for an account the identity does not have', async () => {
    const reply = await browser.json(`${app}/api/v2/accounts/00000000-0000-0000-0000-000000000000/users`);
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ errorCode: 'ACCOUNT_NOT_ALLOWED' });
  });

  it.each([
    `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users/../../../oauth/userinfo`,
    `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users%2F1`,
    `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/%2e%2e/%2e%2e/__control/state`,
    `/api/v2/accounts/${HARBOR_ACCOUNT_ID}//users`,
    `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/http://evil.example/users`,
    `/api/v2/accounts/..%2F..%2F__control/state`,
    `http://evil.example/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users`,
  ])('refuses the path trick %s', async (path) => {
    const cookie = browser.cookie(app, 'rooms_admin_sid') ?? '';
    const reply = await rawGet(app, path, { Cookie: `rooms_admin_sid=${cookie}` });
    expect(reply.status).toBe(404);
    expect(JSON.parse(reply.body)).toMatchObject({ errorCode: 'ROUTE_NOT_ALLOWED' });
  });

  it('refuses a state-changing call without the CSRF token, or with a wrong one', async () => {
    const attempts: Record<string, string>[] = [{}, { 'X-CSRF-Token': `${csrfToken}x` }, { 'X-CSRF-Token': '' }];
    for (const headers of attempts) {
      const reply = await browser.json(harbor('/users/1/unlock'), { method: 'POST', headers });
      expect(reply.status).toBe(403);
      expect(reply.body).toMatchObject({ errorCode: 'CSRF_TOKEN_INVALID' });
    }
  });
});

describe('tokens', () => {
  it('never shows the browser an access or refresh token, in any body or header', async () => {
    await browser.json(harbor('/users?count=3'));
    await browser.json(harbor('/users/99999999'));
    await browser.json(`${app}/auth/account`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ accountId: CEDAR_ACCOUNT_ID }),
    });
    const tokens = stack.sim.simulator.context.tokens;
    const everything = browser.seen
      .filter((exchange) => exchange.url.startsWith(app))
      .flatMap((exchange) => [exchange.text, ...[...exchange.headers].map(([name, value]) => `${name}: ${value}`)])
      .join('\n');
    expect(everything).not.toMatch(/access_token|refresh_token|accessToken|refreshToken|Bearer/i);
    const candidates = everything.match(/[A-Za-z0-9_-]{43}/g) ?? [];
    expect(candidates.length).toBeGreaterThan(0);
    for (const candidate of candidates) {
      expect(tokens.access(candidate)).toBeUndefined();
      expect(tokens.refresh(candidate)).toBeUndefined();
    }
    expect(stack.sim.simulator.state().tokens.accessTokens).toBeGreaterThan(0);
  });

  it('refreshes an access token the API no longer accepts, once for concurrent calls, without the SPA noticing', async () => {
    await stack.control('/expire-tokens', { refresh: false });
    const replies = await Promise.all(Array.from({ length: 5 }, () => browser.json(harbor('/users?count=1'))));
    expect(replies.map((reply) => reply.status)).toEqual([200, 200, 200, 200, 200]);
    expect(stack.sim.simulator.state().tokens.accessTokens).toBe(1);
    expect((await session(browser, app)).signedIn).toBe(true);
  });

  it('ends the session with 401 SESSION_EXPIRED when the refresh token is refused too', async () => {
    await stack.control('/expire-tokens', { refresh: true });
    const reply = await browser.json(harbor('/users'));
    expect(reply.status).toBe(401);
    expect(reply.body).toMatchObject({ errorCode: 'SESSION_EXPIRED' });
    expect(await session(browser, app)).toEqual({ signedIn: false });
    expect((await browser.json(harbor('/users'))).body).toMatchObject({ errorCode: 'NOT_SIGNED_IN' });
  });
});
