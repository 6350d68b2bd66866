import { QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/api/errors';

/** The longest Retry-After a read waits out by itself; past that the page shows the rate limit and a retry. */
const MAX_RATE_LIMIT_WAIT_S = 60;

/**
 * One retry for what may pass on a second try (no reply, 5xx), and up to two for a read refused by the rate
 * limit, after its Retry-After; never for another 4xx or a malformed reply, which would only fail again and delay
 * the message the user needs to see.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (!isApiError(error)) return false;
  if (error.isRateLimited) return failureCount < 2 && (error.retryAfter ?? 0) <= MAX_RATE_LIMIT_WAIT_S;
  if (failureCount >= 1) return false;
  return error.isTransient && error.errorCode !== 'MALFORMED_RESPONSE';
}

/** Milliseconds before retry `failureCount` + 1: what Retry-After asks, else TanStack Query's own back-off. */
export function retryDelay(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.isRateLimited) return Math.max(1, error.retryAfter ?? 5) * 1000;
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        retryDelay,
        // Lists change under other admins' hands; 30 s keeps Back/forward instant without showing stale data long.
        staleTime: 30_000,
        gcTime: 10 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}
