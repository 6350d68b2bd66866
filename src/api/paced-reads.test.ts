import { afterEach, describe, expect, it, vi } from 'vitest';

import { createPacer, type Clock } from '@/api/bulk-pacer';
import { readPaced } from '@/api/paced-reads';
import { getUsers } from '@/api/users/requests';

/** Virtual time: sleeping moves the clock on at once. */
const virtualClock = (): Clock & { slept: number[] } => {
  let now = 1_000_000;
  const slept: number[] = [];
  return { slept, now: () => now, sleep: async (ms) => void (slept.push(ms), (now += ms)) };
};

const burst = (remaining: number, limit = 100) =>
  new Response(JSON.stringify({ userSummaries: [], totalRowCount: 0 }), {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'X-BurstLimit-Limit': String(limit), 'X-BurstLimit-Remaining': String(remaining) },
  });

describe('paced reads leave room for the pages being looked at', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('a pacer with a reserve slows down once only that share of the burst budget is left', () => {
    const clock = virtualClock();
    const greedy = createPacer(clock);
    const polite = createPacer(clock, { reserve: 0.3 });
    for (const pacer of [greedy, polite]) {
      pacer.observe({ burstLimit: 100, burstRemaining: 30 });
      pacer.started();
    }
    expect(greedy.delay()).toBe(0);
    expect(polite.delay()).toBeGreaterThan(0);
  });

  it("holds back when another call meets the rate limit, and says until when", async () => {
    const clock = virtualClock();
    let calls = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        ++calls === 1
          ? new Response(JSON.stringify({ errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'Slow down.' }), {
              status: 429,
              headers: { 'Content-Type': 'application/json', 'Retry-After': '7' },
            })
          : burst(90),
      ),
    );
    const waits: (number | undefined)[] = [];
    // The user list of the page being looked at meets the limit while the first reads are under way.
    const pageRead = getUsers('acc', { startPosition: 0, count: 10 }).catch(() => undefined);
    const read = vi.fn(async (id: number) => {
      await pageRead;
      return id;
    });
    const start = clock.now();
    const results = await readPaced([1, 2, 3, 4, 5, 6], read, { signal: new AbortController().signal, clock, onWait: (until) => waits.push(until) });
    expect([...results.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect(waits[0]).toBe(start + 7000);
    expect(waits.at(-1)).toBeUndefined();
    expect(clock.slept.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(7000);
  });
});
