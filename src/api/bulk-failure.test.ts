import { describe, expect, it } from 'vitest';
import { isOutcomeUnknown, isRateLimited, isSessionFailure, toBulkFailure } from '@/api/bulk-failure';
import { ApiError, ClientErrorCode } from '@/api/errors';

describe('toBulkFailure', () => {
  it('keeps the server message, code, trace token and Retry-After of an ApiError', () => {
    const failure = toBulkFailure(
      new ApiError({ status: 429, errorCode: 'BURST_APIINVOCATION_LIMIT_EXCEEDED', message: 'Slow down', traceToken: 't-1', retryAfter: 12 }),
    );
    expect(failure).toMatchObject({ status: 429, message: 'Slow down', traceToken: 't-1', retryAfterSeconds: 12 });
    expect(isRateLimited(failure)).toBe(true);
  });

  it('treats no reply, a 5xx and an unreadable success as an unknown outcome, and a 400 as final', () => {
    const network = toBulkFailure(new ApiError({ status: 0, errorCode: ClientErrorCode.network, message: 'offline' }));
    expect(network.transport).toBe('network');
    expect(isOutcomeUnknown(network)).toBe(true);
    expect(isOutcomeUnknown(toBulkFailure(new DOMException('late', 'TimeoutError')))).toBe(true);
    expect(isOutcomeUnknown(toBulkFailure(new ApiError({ status: 502, message: 'bad gateway' })))).toBe(true);
    expect(isOutcomeUnknown(toBulkFailure(new ApiError({ status: 201, errorCode: ClientErrorCode.malformed, message: 'odd body' })))).toBe(true);
    expect(isOutcomeUnknown(toBulkFailure(new ApiError({ status: 400, errorCode: 'USER_OWNS_ROOMS', message: 'owns rooms' })))).toBe(false);
  });

  it('tells an expired session from a missing permission', () => {
    expect(isSessionFailure(toBulkFailure(new ApiError({ status: 401, errorCode: 'SESSION_EXPIRED', message: 'expired' })))).toBe(true);
    expect(isSessionFailure(toBulkFailure(new ApiError({ status: 401, errorCode: 'USER_LACKS_PERMISSIONS', message: 'no' })))).toBe(false);
  });
});
