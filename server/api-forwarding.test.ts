/**
 * Exactly what goes upstream and what comes back, seen from a recording stand-in for the Rooms API (OAuth is
 * still the simulator's): headers, body, query, retries after a refused token, and failures of the upstream.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEntry } from './activity-log';
import {
  Browser,
  HARBOR_ACCOUNT_ID,
  rawGet,
  session,
  signIn,
  startRecorder,
  startStack,
  type Recorder,
  type Stack,
} from './test-support';

let recorder: Recorder;
let stack: Stack;
let app: string;
let browser: Browser;
let csrfToken: string;
const activity: ActivityEntry[] = [];
const harbor = (rest = '') => `${app}/api/v2/accounts/${HARBOR_ACCOUNT_ID}${rest}`;
const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  ({ status, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } });

beforeAll(async () => {
  recorder = await startRecorder();
  stack = await startStack({
    env: { ROOMS_API_BASE: `${recorder.url}/restapi` },
    config: { upstreamTimeoutMs: 300 },
    activity: { record: (entry) => activity.push(entry) },
  });
  app = stack.proxy.url;
});
afterAll(async () => {
  await stack.close();
  await recorder.close();
});
beforeEach(async () => {
  browser = new Browser();
  await signIn(browser, app);
  csrfToken = (await session(browser, app)).csrfToken ?? '';
  recorder.requests.length = 0;
  activity.length = 0;
  recorder.respond((_req, res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'));
});
afterEach(() => stack.control('/reset'));

describe('the request upstream', () => {
  it('carries the proxy’s bearer token and only Accept and Content-Type of the browser’s headers', async () => {
    const body = JSON.stringify({ reason: 'Left the company' });
    const reply = await browser.fetch(harbor('/users/42/lock?note=a%20b&x=1'), {
      method: 'POST',
      headers: {
        'X-CSRF-Token': csrfToken,
        'Content-Type': 'application/json',
        Accept: 'application/json',
        Authorization: 'Bearer chosen-by-the-browser',
        'X-Forwarded-For': '10.0.0.1',
        'X-Custom': 'nope',
        Origin: app,
      },
      body,
    });
    expect(reply.status).toBe(200);
    expect(recorder.requests).toHaveLength(1);
    const [sent] = recorder.requests;
    expect(sent?.method).toBe('POST');
    expect(sent?.url).toBe(`/restapi/v2/accounts/${HARBOR_ACCOUNT_ID}/users/42/lock?note=a%20b&x=1`);
    expect(sent?.body).toBe(body);
    expect(sent?.headers.authorization).toMatch(/^Bearer [A-Za-z0-9_-]{43}$/);
    expect(stack.sim.simulator.context.tokens.access(sent?.headers.authorization?.slice(7) ?? '')).toBeDefined();
    expect(sent?.headers.cookie).toBeUndefined();
    expect(sent?.headers['x-csrf-token']).toBeUndefined();
    expect(sent?.headers['x-forwarded-for']).toBeUndefined();
    expect(sent?.headers['x-custom']).toBeUndefined();
    expect(sent?.headers.origin).toBeUndefined();
    expect(sent?.headers['content-type']).toBe('application/json');
    expect(sent?.headers.accept).toBe('application/json');
  });

  it('sends nothing upstream for refused paths', async () => {
    const cookie = `rooms_admin_sid=${browser.cookie(app, 'rooms_admin_sid') ?? ''}`;
    await rawGet(app, `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users/../../x`, { Cookie: cookie });
    await rawGet(app, `/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users%2F1`, { Cookie: cookie });
    await browser.fetch(harbor('/rooms/1/documents'));
    await browser.fetch(`${app}/api/v2/accounts/someone-else/users`);
    expect(recorder.requests).toEqual([]);
  });

  it('refuses bodies that are not JSON or larger than 100 kB', async () => {
    const post = (body: string, type: string) =>
      browser.json(harbor('/users/invite_user'), {
        method: 'POST',
        headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': type },
        body,
      });
    expect((await post('a=b', 'application/x-www-form-urlencoded')).body).toMatchObject({ errorCode: 'UNSUPPORTED_MEDIA_TYPE' });
    const large = await post(JSON.stringify({ note: 'x'.repeat(110_000) }), 'application/json');
    expect(large.status).toBe(413);
    expect(large.body).toMatchObject({ errorCode: 'REQUEST_TOO_LARGE' });
    expect(recorder.requests).toEqual([]);
  });

  it('reports each forwarded change to the activity log, and no reads', async () => {
    await browser.fetch(harbor('/users'));
    await browser.fetch(harbor('/users/7/unlock'), { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } });
    expect(activity).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ email: 'admin@harborpine.example' }),
        accountId: HARBOR_ACCOUNT_ID,
        method: 'POST',
        path: 'users/7/unlock',
        template: 'users/{id}/unlock',
        status: 200,
      }),
    ]);
  });
});

describe('the reply to the browser', () => {
  it('carries status, body and only the allowed headers', async () => {
    recorder.respond((_req, res) => {
      const reply = json(429, { errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'slow down' }, {
        'Retry-After': '12',
        'X-RateLimit-Remaining': '10',
        'X-BurstLimit-Remaining': '0',
        'X-DocuSign-TraceToken': 'trace-1',
        'Set-Cookie': 'upstream=1',
        'X-Internal': 'secret',
        'Access-Control-Allow-Origin': '*',
      });
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
    const reply = await browser.json(harbor('/users'));
    expect(reply.status).toBe(429);
    expect(reply.body).toEqual({ errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'slow down' });
    expect(reply.headers.get('Retry-After')).toBe('12');
    expect(reply.headers.get('X-RateLimit-Remaining')).toBe('10');
    expect(reply.headers.get('X-BurstLimit-Remaining')).toBe('0');
    expect(reply.headers.get('X-DocuSign-TraceToken')).toBe('trace-1');
    expect(reply.headers.get('X-Internal')).toBeNull();
    expect(reply.headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect(reply.headers.getSetCookie().join()).not.toContain('upstream=1');
  });

  it('passes a 204 through without a body', async () => {
    recorder.respond((_req, res) => res.writeHead(204).end());
    const reply = await browser.fetch(harbor('/users/7/reinvite'), { method: 'POST', headers: { 'X-CSRF-Token': csrfToken } });
    expect(reply.status).toBe(204);
    expect(reply.text).toBe('');
  });
});

describe('a refused token', () => {
  it('is refreshed and the call sent once more, even a POST', async () => {
    let calls = 0;
    recorder.respond((_req, res) => {
      calls += 1;
      const reply = calls === 1 ? json(401, { errorCode: 'AUTHORIZATION_INVALID_TOKEN', message: 'expired' }) : json(201, { userId: 9 });
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
    const reply = await browser.json(harbor('/users/invite_user'), {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
      body: '{"email":"new@harborpine.example"}',
    });
    expect(reply).toMatchObject({ status: 201, body: { userId: 9 } });
    const [first, second] = recorder.requests;
    expect(second?.headers.authorization).not.toBe(first?.headers.authorization);
    expect(second?.body).toBe(first?.body);
  });

  it('ends the session when even the refreshed token is refused', async () => {
    recorder.respond((_req, res) => res.writeHead(401).end());
    const reply = await browser.json(harbor('/users'));
    expect(reply).toMatchObject({ status: 401, body: { errorCode: 'SESSION_EXPIRED' } });
    expect(recorder.requests).toHaveLength(2);
    expect(await session(browser, app)).toEqual({ signedIn: false });
  });

  it('is not what a missing permission is: that 401 passes through, once, and the session stays', async () => {
    recorder.respond((_req, res) => {
      const reply = json(401, { errorCode: 'USER_LACKS_PERMISSIONS', message: 'needs canManageMemberLowerAccessLevel' });
      res.writeHead(reply.status, reply.headers).end(reply.body);
    });
    const reply = await browser.json(harbor('/users/7'));
    expect(reply).toMatchObject({ status: 401, body: { errorCode: 'USER_LACKS_PERMISSIONS' } });
    expect(recorder.requests).toHaveLength(1);
    expect((await session(browser, app)).signedIn).toBe(true);
  });
});

describe('an upstream that fails', () => {
  it('answers 502 UPSTREAM_UNAVAILABLE when the API does not answer in time', async () => {
    recorder.respond(() => {});
    const reply = await browser.json(harbor('/users'));
    expect(reply.status).toBe(502);
    expect(reply.body).toMatchObject({ errorCode: 'UPSTREAM_UNAVAILABLE', message: expect.stringContaining('did not answer') });
    expect((await session(browser, app)).signedIn).toBe(true);
  });

  it('answers 502 for a redirect instead of following it', async () => {
    recorder.respond((_req, res) => res.writeHead(302, { Location: 'http://evil.example/' }).end());
    expect((await browser.json(harbor('/users'))).body).toMatchObject({ errorCode: 'UPSTREAM_UNAVAILABLE' });
    expect(recorder.requests).toHaveLength(1);
  });

  it('answers 502 when nothing listens at ROOMS_API_BASE', async () => {
    const closed = await startStack({ env: { ROOMS_API_BASE: 'http://localhost:9/restapi' } });
    try {
      const other = new Browser();
      await signIn(other, closed.proxy.url);
      const reply = await other.json(`${closed.proxy.url}/api/v2/accounts/${HARBOR_ACCOUNT_ID}/users`);
      expect(reply).toMatchObject({ status: 502, body: { errorCode: 'UPSTREAM_UNAVAILABLE' } });
    } finally {
      await closed.close();
    }
  });
});
