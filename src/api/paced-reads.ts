import { createPacer, realClock, type Clock, type PacerOptions } from '@/api/bulk-pacer';
import { subscribeToResponses } from '@/api/client';
import { ApiError } from '@/api/errors';
import { parseRateLimitHeaders, parseRetryAfter } from '@/api/rate-limit';

/** Parallel reads: enough to keep up with the burst window's refill, few enough to stop at once when asked. */
const CONCURRENCY = 4;

/** A wait shorter than this is pacing, not worth a word on screen. */
const NOTICEABLE_WAIT_MS = 2_000;

/** When a call of someone else (a page being looked at) meets the limit without saying how long: back off this long. */
const FOREIGN_429_BACKOFF_S = 5;

export type PacedReadOptions<T> = {
  signal: AbortSignal;
  clock?: Clock;
  /** Each answer as it arrives, e.g. for progress. */
  onRead?: (id: number, value: T) => void;
  /** Failures that only mean "nothing to know about this one" (a user removed meanwhile); others stop the reads. */
  ignore?: (error: unknown) => boolean;
  /** The budget share left to the pages a person is looking at (see `createPacer`). */
  reserve?: PacerOptions['reserve'];
  /** When the rate limit holds the reads back noticeably: until when (epoch ms); undefined once they go on. */
  onWait?: (until: number | undefined) => void;
};

/**
 * One read per id, four at a time, spaced by the same pacer as bulk jobs (fed by every reply's rate-limit
 * headers); a 429 holds every read until its Retry-After and the id is read again. Stops quietly when `signal`
 * aborts; resolves with what was read.
 */
export async function readPaced<T>(
  ids: readonly number[],
  read: (id: number, signal: AbortSignal) => Promise<T>,
  { signal, clock = realClock, onRead, ignore, reserve, onWait }: PacedReadOptions<T>,
): Promise<Map<number, T>> {
  const pacer = createPacer(clock, { reserve });
  const stop = subscribeToResponses(({ status, headers }) => {
    const info = parseRateLimitHeaders(headers);
    if (info) pacer.observe(info);
    // Any 429, also one of the pages being looked at, holds these reads back so the page's own retry gets through.
    if (status === 429) pacer.holdUntil(clock.now() + (parseRetryAfter(headers.get('Retry-After')) ?? FOREIGN_429_BACKOFF_S) * 1000);
  });
  let waitingUntil: number | undefined;
  const waiting = (until: number | undefined) => {
    if (until === waitingUntil) return;
    waitingUntil = until;
    onWait?.(until);
  };
  const queue = [...ids];
  const results = new Map<number, T>();
  const worker = async () => {
    while (!signal.aborted) {
      const id = queue.shift();
      if (id === undefined) return;
      for (;;) {
        const wait = pacer.delay();
        if (wait <= 0) break;
        if (wait >= NOTICEABLE_WAIT_MS) waiting(clock.now() + wait);
        await clock.sleep(wait, signal);
        if (signal.aborted) return;
      }
      waiting(undefined);
      pacer.started();
      try {
        const value = await read(id, signal);
        results.set(id, value);
        onRead?.(id, value);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof ApiError && error.status === 429) {
          pacer.holdUntil(clock.now() + (error.retryAfter ?? 5) * 1000);
          queue.unshift(id);
          continue;
        }
        if (ignore?.(error)) continue;
        throw error;
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, Math.max(1, ids.length)) }, worker));
  } finally {
    stop();
    waiting(undefined);
  }
  return results;
}
