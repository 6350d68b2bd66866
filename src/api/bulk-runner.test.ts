import { describe, expect, it } from 'vitest';
import type { Clock } from '@/api/bulk-pacer';
import { createBulkJob, type BulkOperation } from '@/api/bulk-runner';
import { BURST_WINDOW_MS } from '@/api/rate-limit';
import { createVirtualClock } from '@/testing/virtual-clock';

type Fault = 'none' | 'error-before' | 'error-after' | 'timeout-after' | 'timeout-before' | 'rate-limited-after';

class ServiceError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: string,
    message: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
  readonly traceToken = `trace-${Math.random().toString(16).slice(2)}`;
}

/** A stand-in service with latency, a fixed 30-second burst window and injectable faults. */
function createService(clock: Clock, options: { latency?: number; burstLimit?: number; faults?: (key: string, call: number) => Fault }) {
  const { latency = 50, burstLimit = 1_000, faults = () => 'none' } = options;
  const effects = new Map<string, number>();
  const calls = new Map<string, number>();
  let windowStart = 0;
  let windowCount = 0;
  let inFlight = 0;
  let maxInFlight = 0;
  let rejected = 0;
  let onRate: (remaining: number) => void = () => {};

  async function call(key: string, signal: AbortSignal) {
    const callNumber = (calls.get(key) ?? 0) + 1;
    calls.set(key, callNumber);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      await clock.sleep(latency / 2);
      if (clock.now() - windowStart >= BURST_WINDOW_MS) {
        windowStart = clock.now() - ((clock.now() - windowStart) % BURST_WINDOW_MS);
        windowCount = 0;
      }
      if (windowCount >= burstLimit) {
        rejected += 1;
        const retryAfter = Math.ceil((windowStart + BURST_WINDOW_MS - clock.now()) / 1000);
        throw new ServiceError(429, 'BURST_APIINVOCATION_LIMIT_EXCEEDED', 'Burst limit exceeded', retryAfter);
      }
      windowCount += 1;
      onRate(burstLimit - windowCount);
      const fault = faults(key, callNumber);
      if (fault === 'error-before') throw new ServiceError(500, 'INTERNAL', 'Internal error');
      if (fault === 'timeout-before') throw new DOMException('timed out', 'TimeoutError');
      effects.set(key, (effects.get(key) ?? 0) + 1);
      await clock.sleep(latency / 2);
      if (fault === 'error-after') throw new ServiceError(503, 'UNAVAILABLE', 'Service unavailable');
      if (fault === 'timeout-after') throw new DOMException('timed out', 'TimeoutError');
      if (fault === 'rate-limited-after') {
        // A gateway's 429, without the service's own limit code: the call may have gone through.
        throw new ServiceError(429, '', 'Too many requests', 1);
      }
      signal.throwIfAborted();
      return key;
    } finally {
      inFlight -= 1;
    }
  }

  return {
    call,
    effects,
    calls,
    stats: () => ({ maxInFlight, rejected }),
    onRemaining(listener: (remaining: number) => void) {
      onRate = listener;
    },
  };
}

const keys = (count: number) => Array.from({ length: count }, (_, index) => ({ key: `u${index}`, input: `u${index}` }));

/** Deterministic pseudo-random faults, so a failing run can be replayed. */
function seeded(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('bulk runner', () => {
  it('runs every row once with bounded concurrency and reports the counts', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, {});
    const job = createBulkJob(keys(40), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, concurrency: 4 });

    await runUntil(job.start());

    const view = job.getView();
    expect(view.state).toBe('finished');
    expect(view.counts).toMatchObject({ total: 40, succeeded: 40, failed: 0, remaining: 0 });
    expect(service.stats().maxInFlight).toBeLessThanOrEqual(4);
    expect([...service.effects.values()].every((count) => count === 1)).toBe(true);
  });

  it('ends every row in a final state under 20 % server errors, with the server message on failures', async () => {
    const { clock, runUntil } = createVirtualClock();
    const random = seeded(7);
    const service = createService(clock, { faults: () => (random() < 0.2 ? 'error-before' : 'none') });
    const job = createBulkJob(keys(200), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, maxAttempts: 2 });

    await runUntil(job.start());

    const { counts, rows } = job.getView();
    expect(counts.succeeded + counts.failed).toBe(200);
    expect(counts.failed).toBeGreaterThan(0);
    for (const row of rows.filter((row) => row.status === 'failed')) {
      expect(row.message).toBe('Internal error');
      expect(row.traceToken).toMatch(/^trace-/);
    }
  });

  it('never repeats a non-idempotent call whose reply was lost: it checks first', async () => {
    const { clock, runUntil } = createVirtualClock();
    const random = seeded(11);
    const faultsByKey = new Map<string, Fault>();
    const service = createService(clock, {
      faults: (key, call) => {
        if (call > 1) return 'none';
        const roll = random();
        const fault: Fault = roll < 0.15 ? 'timeout-after' : roll < 0.3 ? 'error-after' : roll < 0.4 ? 'timeout-before' : 'none';
        faultsByKey.set(key, fault);
        return fault;
      },
    });
    const invite: BulkOperation<string, string> = {
      idempotent: false,
      execute: (input, signal) => service.call(input, signal),
      verify: async (input) => ({ done: (service.effects.get(input) ?? 0) > 0, result: input }),
    };
    const job = createBulkJob(keys(300), invite, { clock });

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(300);
    expect([...service.effects.values()].every((count) => count === 1)).toBe(true);
    expect([...faultsByKey.values()]).toContain('timeout-after');
    const confirmed = job.getView().rows.filter((row) => row.message?.includes('confirmed'));
    expect(confirmed.length).toBe([...faultsByKey.values()].filter((fault) => fault.endsWith('after')).length);
  });

  it('checks a non-idempotent call answered with 429 before sending it again, since it may have gone through', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { faults: (key, call) => (call === 1 && key !== 'u0' ? 'rate-limited-after' : 'none') });
    let checks = 0;
    const invite: BulkOperation<string, string> = {
      idempotent: false,
      execute: (input, signal) => service.call(input, signal),
      verify: async (input) => {
        checks += 1;
        return { done: (service.effects.get(input) ?? 0) > 0, result: input };
      },
    };
    const job = createBulkJob(keys(6), invite, { clock });

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(6);
    expect([...service.effects.values()].every((count) => count === 1)).toBe(true);
    expect(checks).toBe(5);
    expect(service.calls.get('u0')).toBe(1);
  });

  it("resends a call the service itself refused with its rate-limit code, without a check", async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { burstLimit: 3 });
    let checks = 0;
    const invite: BulkOperation<string, string> = {
      idempotent: false,
      execute: (input, signal) => service.call(input, signal),
      verify: async () => {
        checks += 1;
        return { done: false };
      },
    };
    const job = createBulkJob(keys(8), invite, { clock, concurrency: 1 });

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(8);
    expect(service.stats().rejected).toBeGreaterThan(0);
    expect(checks).toBe(0);
    expect([...service.effects.values()].every((count) => count === 1)).toBe(true);
  });

  it('fails rather than resends a lost call when it has no way to check', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { faults: (_key, call) => (call === 1 ? 'timeout-after' : 'none') });
    const job = createBulkJob(keys(3), { idempotent: false, execute: (input, signal) => service.call(input, signal) }, { clock });

    await runUntil(job.start());

    expect(job.getView().counts.failed).toBe(3);
    expect([...service.calls.values()]).toEqual([1, 1, 1]);
    expect(job.getView().rows[0]?.message).toMatch(/check this row before sending it again/);
  });

  it('waits out bursts of 429 and keeps within the burst limit', async () => {
    const { clock, runUntil, now } = createVirtualClock();
    const service = createService(clock, { burstLimit: 20, latency: 50 });
    const job = createBulkJob(keys(100), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, concurrency: 6 });
    service.onRemaining((remaining) => job.observeRateLimit({ burstLimit: 20, burstRemaining: remaining }));

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(100);
    // 100 calls at 20 per 30 s need four more windows after the first; pacing keeps 429s to a handful.
    expect(now()).toBeGreaterThanOrEqual(4 * BURST_WINDOW_MS);
    expect(now()).toBeLessThan(6 * BURST_WINDOW_MS);
    expect(service.stats().rejected).toBeLessThan(10);
  });

  it('says how long it waits on the rate limit, and counts that wait in the estimate', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { burstLimit: 5, latency: 50 });
    const job = createBulkJob(keys(8), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, concurrency: 1 });
    const waits: Array<{ at: number; until: number; etaMs: number | undefined }> = [];
    job.subscribe(() => {
      const view = job.getView();
      if (view.waitingUntil !== undefined) waits.push({ at: clock.now(), until: view.waitingUntil, etaMs: view.etaMs });
    });

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(8);
    expect(job.getView().waitingUntil).toBeUndefined();
    // The sixth call meets the burst limit; the job waits for the window to end and says until when.
    expect(waits.length).toBeGreaterThan(0);
    const first = waits[0]!;
    expect(first.until - first.at).toBeGreaterThan(20_000);
    expect(first.until - first.at).toBeLessThanOrEqual(BURST_WINDOW_MS);
    expect(first.etaMs).toBeGreaterThanOrEqual(first.until - first.at);
  });

  it('counts the burst limit in the estimate: a fast start does not promise seconds for rows that need more windows', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { burstLimit: 50, latency: 20 });
    const job = createBulkJob(keys(400), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, concurrency: 6 });
    service.onRemaining((remaining) => job.observeRateLimit({ burstLimit: 50, burstRemaining: remaining }));
    let estimate: { etaMs: number; remaining: number } | undefined;
    job.subscribe(() => {
      const view = job.getView();
      if (estimate === undefined && view.counts.succeeded >= 40 && view.etaMs !== undefined) {
        estimate = { etaMs: view.etaMs, remaining: view.counts.remaining };
        job.pause();
      }
    });

    await runUntil(job.start());

    // 40 calls went out in well under a second; the other 360 take at least six more 30-second windows.
    expect(estimate!.etaMs).toBeGreaterThanOrEqual(Math.floor((estimate!.remaining - 10) / 50) * BURST_WINDOW_MS);
  });

  it('counts the hourly budget in the estimate: rows beyond X-RateLimit-Remaining wait for the reset', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { latency: 50 });
    const resetAt = 40 * 60_000;
    const job = createBulkJob(
      keys(4_621),
      {
        idempotent: true,
        execute: async (input, signal) => {
          await service.call(input, signal);
          const done = job.getView().counts.succeeded;
          job.observeRateLimit({ hourlyLimit: 3_000, hourlyRemaining: 3_000 - done, hourlyResetAt: resetAt });
        },
      },
      { clock, concurrency: 4 },
    );
    let estimate: number | undefined;
    job.subscribe(() => {
      const view = job.getView();
      if (estimate === undefined && view.counts.succeeded >= 20 && view.etaMs !== undefined) {
        estimate = view.etaMs;
        job.pause();
      }
    });

    await runUntil(job.start());

    // The pace alone says a few minutes; 1,621 of the rows cannot start before the hour resets, 40 minutes on.
    expect(estimate).toBeGreaterThanOrEqual(resetAt - clock.now() - 1_000);
  });

  it('answers 429 with Retry-After even without rate-limit headers', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { burstLimit: 5 });
    const job = createBulkJob(keys(12), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock });

    await runUntil(job.start());

    expect(job.getView().counts.succeeded).toBe(12);
    expect(service.stats().rejected).toBeGreaterThan(0);
  });

  it('pauses, resumes and cancels; in-flight calls keep their outcome', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, {});
    const job = createBulkJob(keys(30), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, concurrency: 2 });

    const run = job.start();
    job.subscribe(() => {
      if (job.getView().counts.succeeded === 10) job.pause();
    });
    await runUntil(run);
    const paused = job.getView();
    expect(paused.state).toBe('paused');
    expect(paused.counts.succeeded).toBeGreaterThanOrEqual(10);
    expect(paused.counts.succeeded).toBeLessThan(30);
    expect(service.calls.size).toBe(paused.counts.succeeded);

    const resumed = job.start();
    job.cancel();
    await runUntil(resumed);
    const { counts, state } = job.getView();
    expect(state).toBe('cancelled');
    expect(counts.succeeded + counts.cancelled).toBe(30);
    expect(service.calls.size).toBe(counts.succeeded);
  });

  it('retries only the failed rows', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { faults: (key, call) => (key.endsWith('3') && call === 1 ? 'error-before' : 'none') });
    const job = createBulkJob(keys(20), { idempotent: true, execute: (input, signal) => service.call(input, signal) }, { clock, maxAttempts: 1 });

    await runUntil(job.start());
    expect(job.getView().counts).toMatchObject({ succeeded: 18, failed: 2 });

    await runUntil(job.retryFailed());
    expect(job.getView().counts).toMatchObject({ succeeded: 20, failed: 0 });
    expect(service.calls.get('u3')).toBe(2);
    expect(service.calls.get('u4')).toBe(1);
  });

  it('marks refusals the operation names as skipped, not failed', async () => {
    const { clock, runUntil } = createVirtualClock();
    const job = createBulkJob(
      keys(2),
      {
        idempotent: false,
        execute: async (input) => {
          if (input === 'u1') throw new ServiceError(400, 'USER_ALREADY_EXISTS', 'A user with this email already exists.');
          return input;
        },
        classify: (failure) => (failure.errorCode === 'USER_ALREADY_EXISTS' ? { status: 'skipped', message: 'Already a member' } : undefined),
      },
      { clock },
    );

    await runUntil(job.start());

    expect(job.getView().rows.map((row) => row.status)).toEqual(['succeeded', 'skipped']);
  });

  it('pauses on an expired session instead of failing the rows', async () => {
    const { clock, runUntil } = createVirtualClock();
    let signedIn = true;
    let expired = false;
    const job = createBulkJob(
      keys(10),
      {
        idempotent: true,
        execute: async (input) => {
          if (input === 'u5' && !expired) [signedIn, expired] = [false, true];
          if (!signedIn) throw new ServiceError(401, 'SESSION_EXPIRED', 'Your session expired.');
          return input;
        },
      },
      { clock, concurrency: 1 },
    );

    await runUntil(job.start());
    expect(job.getView()).toMatchObject({ state: 'paused', pauseReason: 'session-expired' });
    expect(job.getView().counts.failed).toBe(0);

    signedIn = true;
    await runUntil(job.start());
    expect(job.getView().counts.succeeded).toBe(10);
  });

  it('resumes from a snapshot taken mid-flight without sending anything twice', async () => {
    const { clock, runUntil } = createVirtualClock();
    const service = createService(clock, { latency: 100 });
    const invite: BulkOperation<string, string> = {
      idempotent: false,
      execute: (input, signal) => service.call(input, signal),
      verify: async (input) => ({ done: (service.effects.get(input) ?? 0) > 0, result: input }),
    };
    const first = createBulkJob(keys(50), invite, { clock, concurrency: 4 });
    let saved: ReturnType<typeof first.snapshot> | undefined;
    first.subscribe(() => {
      if (!saved && first.getView().counts.succeeded >= 20) {
        saved = JSON.parse(JSON.stringify(first.snapshot()));
        first.pause();
      }
    });
    await runUntil(first.start());
    expect(saved?.rows.some((row) => row.status === 'running')).toBe(true);

    const second = createBulkJob(saved!, invite, { clock });
    await runUntil(second.start());

    expect(second.getView().counts.succeeded).toBe(50);
    expect([...service.effects.values()].every((count) => count === 1)).toBe(true);
    expect(service.effects.size).toBe(50);
  });
});

describe('bulk runner with work done in steps', () => {
  it('keeps what a failed attempt got through and hands it to the retry', async () => {
    const { clock, runUntil } = createVirtualClock();
    let failOnce = true;
    const job = createBulkJob<string, string[]>(
      keys(1),
      {
        idempotent: true,
        execute: async (_input, _signal, previous = []) => {
          if (failOnce) {
            failOnce = false;
            throw Object.assign(new ServiceError(400, 'CANNOT_REMOVE_DEFAULT_OFFICE', 'Change the default office first.'), {
              partialResult: [...previous, 'add'],
            });
          }
          return [...previous, 'remove'];
        },
      },
      { clock },
    );

    await runUntil(job.start());
    expect(job.getView().rows[0]).toMatchObject({ status: 'failed', result: ['add'] });
    await runUntil(job.retryFailed());
    expect(job.getView().rows[0]).toMatchObject({ status: 'succeeded', result: ['add', 'remove'] });
  });
});

describe('bulk runner telling a retry that an earlier attempt may have taken effect', () => {
  it('after a lost reply and after a reload mid-row, not on a first attempt', async () => {
    const { clock, runUntil } = createVirtualClock();
    const seen: boolean[] = [];
    let loseReply = true;
    const operation: BulkOperation<string, string> = {
      idempotent: true,
      execute: async (_input, _signal, _previous, context) => {
        seen.push(context?.afterUnclearReply ?? false);
        if (loseReply) {
          loseReply = false;
          throw new DOMException('timed out', 'TimeoutError');
        }
        return 'done';
      },
    };
    await runUntil(createBulkJob(keys(1), operation, { clock }).start());
    expect(seen).toEqual([false, true]);

    seen.length = 0;
    const resumed = createBulkJob({ state: 'running', rows: [{ key: 'a', input: 'a', status: 'running', attempts: 1 }] }, operation, { clock });
    await runUntil(resumed.start());
    expect(seen).toEqual([true]);
  });
});

describe('bulk runner retrying, after a reload, a row whose replies were lost', () => {
  it('still tells the retry that an earlier attempt may have taken effect', async () => {
    const { clock, runUntil } = createVirtualClock();
    const seen: boolean[] = [];
    let lose = true;
    const operation: BulkOperation<string, string> = {
      idempotent: true,
      execute: async (_input, _signal, _previous, context) => {
        seen.push(context?.afterUnclearReply ?? false);
        if (lose) throw new DOMException('timed out', 'TimeoutError');
        return 'done';
      },
    };
    const first = createBulkJob(keys(1), operation, { clock, maxAttempts: 1 });
    await runUntil(first.start());
    expect(first.getView().rows[0]?.status).toBe('failed');

    lose = false;
    seen.length = 0;
    const reloaded = createBulkJob(JSON.parse(JSON.stringify(first.snapshot())), operation, { clock });
    await runUntil(reloaded.retryFailed());
    expect(reloaded.getView().rows[0]?.status).toBe('succeeded');
    expect(seen).toEqual([true]);
  });
});
