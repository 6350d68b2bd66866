import { BURST_WINDOW_MS, type RateLimitInfo } from '@/api/rate-limit';

export type Clock = {
  now(): number;
  /** Resolves after `ms`, or early when `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
};

export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (signal?.aborted) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      }
      signal?.addEventListener('abort', done, { once: true });
    }),
};

export type PacerOptions = {
  /**
   * The share of the burst budget (0 to 1) left to other callers, e.g. the pages a person is looking at while
   * background reads run: once only that share is left, calls are spaced to use the rest of the refill only.
   */
  reserve?: number;
};

const HOUR_MS = 3_600_000;

/**
 * Decides when the next call may start, from what the rate-limit headers last said.
 *
 * While the burst budget lasts, calls go out as fast as the concurrency allows; once it is nearly spent they are
 * spaced at the rate the 30-second window refills, so a long job runs at the limit and not past it.
 */
export function createPacer(clock: Clock, { reserve = 0 }: PacerOptions = {}) {
  let info: RateLimitInfo = {};
  let startedSinceInfo = 0;
  let lastStartAt = Number.NEGATIVE_INFINITY;
  let heldUntil = 0;

  return {
    observe(next: RateLimitInfo) {
      info = { ...info, ...Object.fromEntries(Object.entries(next).filter(([, value]) => value !== undefined)) };
      startedSinceInfo = 0;
    },
    /** After a 429 or a spent hourly budget: nothing starts before `until` (epoch ms). */
    holdUntil(until: number) {
      heldUntil = Math.max(heldUntil, until);
    },
    /** Milliseconds to wait before a call may start; 0 means now. */
    delay(): number {
      const now = clock.now();
      let wait = Math.max(0, heldUntil - now);
      const { hourlyRemaining, hourlyResetAt, burstLimit, burstRemaining } = info;
      if (hourlyRemaining !== undefined && hourlyResetAt !== undefined && hourlyRemaining - startedSinceInfo <= 0) {
        wait = Math.max(wait, hourlyResetAt - now);
      }
      if (burstLimit !== undefined && burstLimit > 0) {
        const left = (burstRemaining ?? burstLimit) - startedSinceInfo;
        const kept = Math.max(1, Math.ceil(burstLimit * reserve));
        const share = Math.max(1, burstLimit * (1 - reserve));
        if (left <= kept) wait = Math.max(wait, lastStartAt + BURST_WINDOW_MS / share - now);
      }
      return wait;
    },
    /**
     * The least time `calls` more calls can take under the hourly limit: none while the hour's budget
     * (X-RateLimit-Remaining) covers them, else until the reset (X-RateLimit-Reset) and a full hour for each
     * further limit's worth.
     */
    hourlyFloor(calls: number): number {
      const { hourlyRemaining, hourlyResetAt, hourlyLimit } = info;
      if (hourlyRemaining === undefined || hourlyResetAt === undefined) return 0;
      const beyond = calls - Math.max(0, hourlyRemaining - startedSinceInfo);
      if (beyond <= 0) return 0;
      const moreHours = hourlyLimit && hourlyLimit > 0 ? Math.ceil(beyond / hourlyLimit) - 1 : 0;
      return Math.max(0, hourlyResetAt - clock.now()) + moreHours * HOUR_MS;
    },
    /**
     * The least time `calls` more calls can take under the burst limit: none while the window's budget
     * (X-BurstLimit-Remaining) covers them, else a 30-second window for each further limit's worth.
     */
    burstFloor(calls: number): number {
      const { burstLimit, burstRemaining } = info;
      if (burstLimit === undefined || burstLimit <= 0) return 0;
      const beyond = calls - Math.max(0, (burstRemaining ?? burstLimit) - startedSinceInfo);
      return beyond <= 0 ? 0 : Math.ceil(beyond / burstLimit) * BURST_WINDOW_MS;
    },
    started() {
      lastStartAt = clock.now();
      startedSinceInfo += 1;
    },
  };
}

export type Pacer = ReturnType<typeof createPacer>;
