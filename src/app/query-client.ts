import { QueryClient } from '@tanstack/react-query';

import { isApiError } from '@/api/errors';

/**
 * One retry for what may pass on a second try (no reply, 5xx); never for a 4xx or a malformed reply, which
 * would only fail again and delay the message the user needs to see.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 1) return false;
  if (isApiError(error)) return error.isTransient && error.errorCode !== 'MALFORMED_RESPONSE';
  return false;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Lists change under other admins' hands; 30 s keeps Back/forward instant without showing stale data long.
        staleTime: 30_000,
        gcTime: 10 * 60_000,
      },
      mutations: { retry: false },
    },
  });
}
