import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startSimulator } from './server';
import { CEDAR, failure, HARBOR, ok, startTestSimulator, UserSummaryList, type TestSimulator } from './test-support';

const ADMIN = 'admin@harborpine.example';

describe('rate limits', () => {
  let sim: TestSimulator;
  let now = Date.UTC(2025, 5, 2, 10, 15, 0);

  beforeAll(async () => {
    sim = await startTestSimulator({ limits: { hourly: 8, burst: 3 }, clock: () => now });
  });
  afterAll(() => sim.close());

  it('puts trace and rate-limit headers on every answer, errors included', async () => {
    const okReply = await sim.call(ADMIN, HARBOR);
    const errorReply = await sim.callWithToken('bogus', HARBOR);
    for (const reply of [okReply, errorReply]) {
      expect(reply.headers.get('X-DocuSign-TraceToken')).toMatch(/^[0-9a-f-]{36}$/);
      expect(reply.headers.get('X-RateLimit-Limit')).toBe('8');
      expect(reply.headers.get('X-RateLimit-Reset')).toBe(String(Date.UTC(2025, 5, 2, 11) / 1000));
      expect(reply.headers.get('X-BurstLimit-Limit')).toBe('3');
    }
    expect(okReply.headers.get('X-DocuSign-TraceToken')).not.toBe(errorReply.headers.get('X-DocuSign-TraceToken'));
    expect([okReply, errorReply].map((r) => r.headers.get('X-RateLimit-Remaining'))).toEqual(['7', '6']);
    expect(errorReply.headers.get('X-BurstLimit-Remaining')).toBe('1');
  });

  it('refuses the call past the burst with 429 and Retry-After, per account, until the window passes', async () => {
    expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
    const refused = await sim.call(ADMIN, HARBOR);
    expect(failure(refused, 429).errorCode).toBe('BURST_APIINVOCATION_LIMIT_EXCEEDED');
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(0);
    expect(refused.headers.get('X-BurstLimit-Remaining')).toBe('0');
    // Another account has its own budget.
    expect((await sim.call(ADMIN, CEDAR)).status).toBe(200);
    now += 30_000;
    expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
  });

  it('refuses past the hourly budget until the top of the hour', async () => {
    // 4 of the 8 calls are spent by now; spend the rest in fresh burst windows.
    for (let i = 0; i < 4; i += 1) {
      now += 30_000;
      expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
    }
    now += 30_000;
    const refused = await sim.call(ADMIN, HARBOR);
    expect(failure(refused, 429).errorCode).toBe('HOURLY_APIINVOCATION_LIMIT_EXCEEDED');
    expect(refused.headers.get('X-RateLimit-Remaining')).toBe('0');
    expect(Number(refused.headers.get('Retry-After'))).toBe((Date.UTC(2025, 5, 2, 11) - now) / 1000);
    now = Date.UTC(2025, 5, 2, 11, 0, 1);
    const fresh = await sim.call(ADMIN, HARBOR);
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get('X-RateLimit-Remaining')).toBe('7');
  });
});

describe('control API', () => {
  it('is absent unless enabled', async () => {
    const running = await startSimulator({ port: 0 });
    try {
      for (const path of ['/__control/state', '/__control/reset']) {
        const response = await fetch(`${running.url}${path}`, { method: path.endsWith('state') ? 'GET' : 'POST' });
        expect(response.status).toBe(404);
      }
    } finally {
      await running.close();
    }
  });

  describe('when enabled', () => {
    let sim: TestSimulator;
    const control = async (path: string, body?: unknown, method = 'POST') => {
      const response = await fetch(`${sim.url}/__control${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, body: (await response.json()) as unknown };
    };

    beforeAll(async () => {
      sim = await startTestSimulator({ control: true });
    });
    afterAll(() => sim.close());

    it('summarises its state', async () => {
      const state = await control('/state', undefined, 'GET');
      expect(state.status).toBe(200);
      expect(state.body).toMatchObject({
        scenario: { name: 'none' },
        latencyMs: 0,
        limits: { hourly: 3000, burst: 200 },
        accounts: [
          { name: 'Harbor & Pine Realty', companyVersion: 'v6', users: 1200 },
          { name: 'Cedar Classic Homes', companyVersion: 'v5' },
        ],
      });
    });

    it('mints a token for an identity, and 404s an unknown email', async () => {
      const minted = await control('/token', { email: 'omar.office@harborpine.example' });
      const { access_token: token } = z.object({ access_token: z.string() }).parse(minted.body);
      expect(ok(UserSummaryList, await sim.callWithToken(token, `${HARBOR}/users?count=1`)).totalRowCount).toBeLessThan(1200);
      expect((await control('/token', { email: 'nobody@example.com' })).status).toBe(404);
      expect((await control('/token', {})).status).toBe(400);
    });

    it('expires access tokens now, keeping refresh tokens unless asked', async () => {
      const { accessToken, refreshToken } = sim.simulator.mintToken(ADMIN);
      expect((await control('/expire-tokens')).status).toBe(200);
      expect(failure(await sim.callWithToken(accessToken, HARBOR), 401).errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
      const refresh = (token: string) =>
        fetch(`${sim.url}/oauth/token`, {
          method: 'POST',
          body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: token, client_id: 'rooms-admin-local', client_secret: 'rooms-admin-local-secret' }),
        });
      expect((await refresh(refreshToken ?? '')).status).toBe(200);
      await control('/expire-tokens', { refresh: true });
      expect((await refresh(refreshToken ?? '')).status).toBe(400);
    });

    it('injects server errors, deterministically, and turns them off again', async () => {
      expect((await control('/scenario', { name: 'server-errors' })).status).toBe(200);
      const statuses: number[] = [];
      for (let i = 0; i < 40; i += 1) statuses.push((await sim.call(ADMIN, HARBOR)).status);
      const failures = statuses.filter((status) => status === 500).length;
      expect(failures).toBeGreaterThan(2);
      expect(failures).toBeLessThan(20);
      const failed = await sim.call(ADMIN, HARBOR);
      if (failed.status === 500) expect(failure(failed, 500).errorCode).toBe('INTERNAL_SERVER_ERROR');
      await control('/scenario', { name: 'server-errors', rate: 1 }, 'PUT');
      expect(failure(await sim.call(ADMIN, HARBOR), 500).referenceId).toBeTruthy();
      await control('/scenario', { name: 'none' });
      expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
    });

    it('shrinks the burst budget with the rate-limit scenario', async () => {
      await control('/reset');
      await control('/scenario', { name: 'rate-limit', burstLimit: 2 });
      expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
      expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
      expect(failure(await sim.call(ADMIN, HARBOR), 429).errorCode).toBe('BURST_APIINVOCATION_LIMIT_EXCEEDED');
      await control('/reset');
      expect((await sim.call(ADMIN, HARBOR)).status).toBe(200);
    });

    it('slows the Rooms API with latency or the slow scenario', async () => {
      await control('/latency', { ms: 150 });
      let started = performance.now();
      await sim.call(ADMIN, HARBOR);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      await control('/scenario', { name: 'slow', ms: 120 });
      started = performance.now();
      await sim.call(ADMIN, HARBOR);
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
      await control('/scenario', { name: 'none' });
      started = performance.now();
      await sim.call(ADMIN, HARBOR);
      expect(performance.now() - started).toBeLessThan(100);
      expect((await control('/latency', { ms: -1 })).status).toBe(400);
      expect((await control('/scenario', { name: 'meteor' })).status).toBe(400);
    });

    it('resets to the seed, with new options, and drops tokens unless asked to keep them', async () => {
      const kept = sim.simulator.mintToken(ADMIN).accessToken;
      expect((await control('/reset', { users: 400, keepTokens: true })).body).toMatchObject({ users: 400 });
      expect(ok(UserSummaryList, await sim.callWithToken(kept, `${HARBOR}/users?count=1`)).totalRowCount).toBe(400);
      await control('/reset', { seed: 99 });
      expect(failure(await sim.callWithToken(kept, HARBOR), 401).errorCode).toBe('AUTHORIZATION_INVALID_TOKEN');
      expect(ok(UserSummaryList, await sim.call(ADMIN, `${HARBOR}/users?count=1`)).totalRowCount).toBe(1200);
      expect((await control('/reset', { users: 5 })).status).toBe(400);
      await control('/reset');
    });
  });
});
