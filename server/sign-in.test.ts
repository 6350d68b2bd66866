import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './session';
import {
  ADMIN,
  Browser,
  CEDAR_ACCOUNT_ID,
  finishSignIn,
  HARBOR_ACCOUNT_ID,
  session,
  signIn,
  startStack,
  type Stack,
} from './test-support';

let stack: Stack;
let app: string;

beforeAll(async () => {
  stack = await startStack();
  app = stack.proxy.url;
});
afterAll(() => stack.close());
beforeEach(() => stack.control('/reset'));

describe('signing in with the authorization code grant', () => {
  it('goes through the simulator sign-in page and ends signed in, on returnTo, with an httpOnly Lax cookie', async () => {
    const browser = new Browser();
    expect(await session(browser, app)).toEqual({ signedIn: false });

    const login = await browser.fetch(`${app}/auth/login?returnTo=${encodeURIComponent('/users?q=maria')}`);
    const authorize = new URL(login.headers.get('Location') ?? '');
    expect(authorize.origin + authorize.pathname).toBe(`${stack.sim.url}/oauth/auth`);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'rooms-admin-local',
      redirect_uri: `${app}/auth/callback`,
      scope: 'signature dtr.rooms.read dtr.rooms.write dtr.company.read dtr.company.write',
      code_challenge_method: 'S256',
    });
    expect(authorize.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookieBefore = browser.cookie(app, SESSION_COOKIE);
    expect(cookieBefore).toBeDefined();

    const landed = await signIn(browser, app, ADMIN, '/users?q=maria');
    expect(landed).toBe(`${app}/users?q=maria`);

    const callback = browser.seen.find((exchange) => exchange.url.startsWith(`${app}/auth/callback`));
    const setCookie = callback?.headers.get('Set-Cookie') ?? '';
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    // A new session id on sign-in: the one the browser had before is worth nothing.
    expect(browser.cookie(app, SESSION_COOKIE)).not.toBe(cookieBefore);

    const body = await session(browser, app);
    expect(body).toMatchObject({
      signedIn: true,
      identity: { email: ADMIN, name: expect.any(String), sub: expect.any(String) },
      accountId: HARBOR_ACCOUNT_ID,
      companyVersion: 'v6',
    });
    expect(body.accounts?.map((account) => account.accountId).sort()).toEqual([CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID].sort());
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('refuses a callback whose state does not match the one this browser started with', async () => {
    const browser = new Browser();
    const login = await browser.fetch(`${app}/auth/login`);
    const state = new URL(login.headers.get('Location') ?? '').searchParams.get('state');
    expect(state).toBeTruthy();

    const forged = await browser.fetch(`${app}/auth/callback?code=some-code&state=not-${state}`);
    expect(forged.status).toBe(303);
    expect(forged.headers.get('Location')).toMatch(/^\/signed-out\?error=/);
    expect(await session(browser, app)).toEqual({ signedIn: false });

    // The real state is not usable afterwards by someone else's browser either.
    const other = new Browser();
    const stolen = await other.fetch(`${app}/auth/callback?code=some-code&state=${state}`);
    expect(stolen.headers.get('Location')).toMatch(/^\/signed-out\?error=/);
  });

  it('lands on the signed-out page with the reason when the user cancels at DocuSign', async () => {
    const browser = new Browser();
    const login = await browser.fetch(`${app}/auth/login`);
    const state = new URL(login.headers.get('Location') ?? '').searchParams.get('state') ?? '';
    const cancelled = await browser.fetch(`${app}/auth/callback?error=access_denied&state=${state}`);
    const target = new URL(cancelled.headers.get('Location') ?? '', app);
    expect(target.pathname).toBe('/signed-out');
    expect(target.searchParams.get('error')).toBe('Sign-in was cancelled.');
  });

  it('shows only the error codes OAuth defines, never text someone put in the callback URL', async () => {
    const browser = new Browser();
    const login = await browser.fetch(`${app}/auth/login`);
    const state = new URL(login.headers.get('Location') ?? '').searchParams.get('state') ?? '';
    const spoofed = await browser.fetch(
      `${app}/auth/callback?state=${state}&error=${encodeURIComponent('account_suspended. Call +1-555-0100 and quote your password')}`,
    );
    expect(new URL(spoofed.headers.get('Location') ?? '', app).searchParams.get('error')).toBe('DocuSign refused the sign-in.');

    const known = await browser.fetch(`${app}/auth/callback?state=x&error=consent_required`);
    expect(new URL(known.headers.get('Location') ?? '', app).searchParams.get('error')).toBe('DocuSign refused the sign-in (consent_required).');
  });

  it('leaves a signed-in user signed in when a callback they did not start arrives', async () => {
    const browser = new Browser();
    await signIn(browser, app);
    const stray = await browser.fetch(`${app}/auth/callback?error=server_error&state=whatever`);
    expect(stray.headers.get('Location')).toBe('/');
    expect((await session(browser, app)).signedIn).toBe(true);
  });

  it.each(['https://evil.example/', '//evil.example/x', '/\\evil.example', '/..//evil.example/x', 'users'])(
    'sends the browser to / instead of returnTo=%s',
    async (returnTo) => {
      const browser = new Browser();
      expect(await signIn(browser, app, ADMIN, returnTo)).toBe(`${app}/`);
    },
  );

  it('keeps sign-ins started in two tabs apart: the first one still finishes, on its own returnTo', async () => {
    const browser = new Browser();
    const first = await browser.fetch(`${app}/auth/login?returnTo=/first`);
    await browser.fetch(`${app}/auth/login?returnTo=/second`);
    const landed = await finishSignIn(browser, first.headers.get('Location') ?? '');
    expect(landed).toBe(`${app}/first`);
    expect((await session(browser, app)).signedIn).toBe(true);
  });
});

describe('the signed-in session', () => {
  it('switches to another of the identity’s accounts, and refuses one it does not have', async () => {
    const browser = new Browser();
    await signIn(browser, app);
    const { csrfToken = '' } = await session(browser, app);
    const put = (accountId: string, token = csrfToken) =>
      browser.json(`${app}/auth/account`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': token },
        body: JSON.stringify({ accountId }),
      });

    const switched = await put(CEDAR_ACCOUNT_ID);
    expect(switched.status).toBe(200);
    expect(switched.body).toMatchObject({ signedIn: true, accountId: CEDAR_ACCOUNT_ID, companyVersion: 'v5', csrfToken });
    expect(await session(browser, app)).toMatchObject({ accountId: CEDAR_ACCOUNT_ID, companyVersion: 'v5' });

    const refused = await put('00000000-0000-0000-0000-000000000000');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ errorCode: 'ACCOUNT_NOT_ALLOWED', referenceId: refused.headers.get('X-Request-Id') });

    expect((await put(HARBOR_ACCOUNT_ID, 'wrong')).body).toMatchObject({ errorCode: 'CSRF_TOKEN_INVALID' });
    expect((await put('')).body).toMatchObject({ errorCode: 'INVALID_REQUEST_BODY' });
  });

  it('signs out only with the CSRF token, and then the cookie is worthless', async () => {
    const browser = new Browser();
    await signIn(browser, app);
    const { csrfToken = '' } = await session(browser, app);
    const cookie = browser.cookie(app, SESSION_COOKIE) ?? '';

    const forged = await browser.json(`${app}/auth/logout`, { method: 'POST' });
    expect(forged.status).toBe(403);
    expect(forged.body).toMatchObject({ errorCode: 'CSRF_TOKEN_INVALID' });
    expect((await session(browser, app)).signedIn).toBe(true);

    const logout = await browser.fetch(`${app}/auth/logout`, { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } });
    expect(logout.status).toBe(204);
    expect(await session(browser, app)).toEqual({ signedIn: false });

    const replayed = await fetch(`${app}/auth/session`, { headers: { Cookie: `${SESSION_COOKIE}=${cookie}` } });
    expect(await replayed.json()).toEqual({ signedIn: false });
  });

  it('answers a sign-out without a session with 204, so a stale tab can always sign out', async () => {
    const response = await fetch(`${app}/auth/logout`, { method: 'POST' });
    expect(response.status).toBe(204);
  });

  it('answers unknown /auth routes with a JSON 404 and no-store', async () => {
    const response = await fetch(`${app}/auth/nothing`);
    expect(response.status).toBe(404);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toMatchObject({ errorCode: 'ROUTE_NOT_ALLOWED' });
  });
});
