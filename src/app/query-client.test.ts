import { describe, expect, it } from 'vitest';

import { retryDelay, shouldRetry } from '@/app/query-client';
import { ApiError } from '@/api/errors';

const error = (status: number, errorCode?: string, retryAfter?: number) => new ApiError({ status, errorCode, message: 'x', retryAfter });

describe('shouldRetry', () => {
  it('retries once when no reply came or the server failed', () => {
    expect(shouldRetry(0, error(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(0, error(502, 'UPSTREAM_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(1, error(503))).toBe(false);
  });

  it('never retries a 4xx, a malformed reply or an unknown error', () => {
    for (const status of [400, 401, 403, 404]) expect(shouldRetry(0, error(status))).toBe(false);
    expect(shouldRetry(0, error(200, 'MALFORMED_RESPONSE'))).toBe(false);
    expect(shouldRetry(0, new Error('render bug'))).toBe(false);
  });

  it('waits out the rate limit twice, as long as Retry-After asks, then leaves it to the page', () => {
    const limited = error(429, 'BURST_APIINVOCATION_LIMIT_EXCEEDED', 12);
    expect(shouldRetry(0, limited)).toBe(true);
    expect(shouldRetry(1, limited)).toBe(true);
    expect(shouldRetry(2, limited)).toBe(false);
    expect(retryDelay(0, limited)).toBe(12_000);
    // A wait of an hour (the hourly budget) is the page's to show, not a spinner's.
    expect(shouldRetry(0, error(429, 'HOURLY_APIINVOCATION_LIMIT_EXCEEDED', 3_600))).toBe(false);
    expect(retryDelay(1, error(503))).toBe(2_000);
  });
});
