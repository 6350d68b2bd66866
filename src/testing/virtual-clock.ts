import type { Clock } from '@/api/bulk-pacer';

/**
 * A discrete-event clock: `sleep` only registers a timer, and `runUntil` advances time to the earliest timer
 * whenever every task is waiting. Minutes of rate-limit waiting take microseconds, and time never drifts.
 */
export function createVirtualClock() {
  let now = 0;
  const timers: { at: number; fire: () => void }[] = [];
  const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

  const clock: Clock = {
    now: () => now,
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        const onAbort = () => {
          const index = timers.indexOf(timer);
          if (index >= 0) timers.splice(index, 1);
          resolve();
        };
        const timer = {
          at: now + Math.max(0, ms),
          fire: () => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
          },
        };
        timers.push(timer);
        signal?.addEventListener('abort', onAbort, { once: true });
      }),
  };

  /** Runs the scheduler until `promise` settles; throws if everything waits on nothing. */
  async function runUntil<T>(promise: Promise<T>): Promise<T> {
    let settled = false;
    promise.then(
      () => (settled = true),
      () => (settled = true),
    );
    for (;;) {
      await flush();
      if (settled) return promise;
      if (timers.length === 0) throw new Error('Virtual clock: every task waits and no timer is set.');
      timers.sort((a, b) => a.at - b.at);
      const next = timers.shift()!;
      now = Math.max(now, next.at);
      next.fire();
    }
  }

  return { clock, runUntil, now: () => now };
}
