import { describe, expect, it } from 'vitest';

import { shouldRetry } from '@/app/query-client';
import { ApiError } from '@/api/errors';

const error = (status: number, errorCode?: string) => new ApiError({ status, errorCode, message: 'x' });

describe('shouldRetry', () => {
  it('retries once when no reply came or the server failed', () => {
    expect(shouldRetry(0, error(0, 'NETWORK_ERROR'))).toBe(true);
    expect(shouldRetry(0, error(502, 'UPSTREAM_UNAVAILABLE'))).toBe(true);
    expect(shouldRetry(1, error(503))).toBe(false);
  });

  it('never retries a 4xx, a malformed reply or an unknown error', () => {
    for (const status of [400, 401, 403, 404, 429]) expect(shouldRetry(0, error(status))).toBe(false);
    expect(shouldRetry(0, error(200, 'MALFORMED_RESPONSE'))).toBe(false);
    expect(shouldRetry(0, new Error('render bug'))).toBe(false);
  });
});
