/** What DocuSign's rate-limit headers say about the account's remaining budget. */
export type RateLimitInfo = {
  hourlyLimit?: number;
  hourlyRemaining?: number;
  /** Epoch milliseconds at which the hourly count starts again. */
  hourlyResetAt?: number;
  burstLimit?: number;
  burstRemaining?: number;
};

/** DocuSign's burst limit counts calls in a 30-second window. */
export const BURST_WINDOW_MS = 30_000;

const toNumber = (value: string | null): number | undefined => {
  if (value === null || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
};

/** Reads X-RateLimit-* and X-BurstLimit-*; absent or garbled headers are left undefined. */
export function parseRateLimitHeaders(headers: Pick<Headers, 'get'>): RateLimitInfo | undefined {
  const reset = toNumber(headers.get('X-RateLimit-Reset'));
  const info: RateLimitInfo = {
    hourlyLimit: toNumber(headers.get('X-RateLimit-Limit')),
    hourlyRemaining: toNumber(headers.get('X-RateLimit-Remaining')),
    hourlyResetAt: reset === undefined ? undefined : reset * 1000,
    burstLimit: toNumber(headers.get('X-BurstLimit-Limit')),
    burstRemaining: toNumber(headers.get('X-BurstLimit-Remaining')),
  };
  return Object.values(info).some((value) => value !== undefined) ? info : undefined;
}

/**
 * Seconds to wait from a Retry-After header: either delta-seconds or an HTTP date.
 * Falls back to undefined so the caller can pick its own back-off.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - now) / 1000);
}
