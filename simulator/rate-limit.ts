/**
 * DocuSign's per-account limits: an hourly budget that resets at the top of each hour and a 30-second burst
 * budget. Every answer carries the headers; a call past either budget is refused with 429 and Retry-After and
 * does not count.
 */
import type { Clock } from './tokens';

export type Limits = { hourly: number; burst: number };

export const BURST_WINDOW_MS = 30_000;
const HOUR_MS = 3600_000;

export type RateDecision = {
  headers: Record<string, string>;
  /** Set when the call must be refused. */
  refusal?: { errorCode: string; message: string; retryAfterSeconds: number };
};

type Counter = { hourStart: number; hourCount: number; burstStart: number; burstCount: number };

export class RateLimiter {
  private readonly counters = new Map<string, Counter>();

  constructor(
    private readonly clock: Clock,
    public limits: Limits,
  ) {}

  reset(): void {
    this.counters.clear();
  }

  /** Counts one call for `key` (the account) unless a budget is spent. */
  take(key: string): RateDecision {
    const now = this.clock();
    const hourStart = Math.floor(now / HOUR_MS) * HOUR_MS;
    const counter = this.counters.get(key) ?? { hourStart, hourCount: 0, burstStart: now, burstCount: 0 };
    if (counter.hourStart !== hourStart) Object.assign(counter, { hourStart, hourCount: 0 });
    if (now - counter.burstStart >= BURST_WINDOW_MS) Object.assign(counter, { burstStart: now, burstCount: 0 });
    this.counters.set(key, counter);

    const hourlyReset = hourStart + HOUR_MS;
    const hourlySpent = counter.hourCount >= this.limits.hourly;
    const burstSpent = counter.burstCount >= this.limits.burst;
    if (!hourlySpent && !burstSpent) {
      counter.hourCount += 1;
      counter.burstCount += 1;
    }
    const headers = {
      'X-RateLimit-Limit': String(this.limits.hourly),
      'X-RateLimit-Remaining': String(Math.max(0, this.limits.hourly - counter.hourCount)),
      'X-RateLimit-Reset': String(Math.floor(hourlyReset / 1000)),
      'X-BurstLimit-Limit': String(this.limits.burst),
      'X-BurstLimit-Remaining': String(Math.max(0, this.limits.burst - counter.burstCount)),
    };
    if (hourlySpent) {
      return {
        headers,
        refusal: {
          errorCode: 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED',
          message: 'The maximum number of hourly API invocations has been exceeded.',
          retryAfterSeconds: Math.max(1, Math.ceil((hourlyReset - now) / 1000)),
        },
      };
    }
    if (burstSpent) {
      return {
        headers,
        refusal: {
          errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED',
          message: 'The maximum number of API invocations in a 30-second window has been exceeded.',
          retryAfterSeconds: Math.max(1, Math.ceil((counter.burstStart + BURST_WINDOW_MS - now) / 1000)),
        },
      };
    }
    return { headers };
  }
}
