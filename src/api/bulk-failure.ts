import type { RateLimitInfo } from '@/api/rate-limit';

/** What the bulk runner needs to know about a failed call; `ApiError` carries all of it. */
export type BulkFailure = {
  status?: number;
  errorCode?: string;
  message: string;
  traceToken?: string;
  retryAfterSeconds?: number;
  rateLimit?: RateLimitInfo;
  /** The call may or may not have reached the service: a timeout, a dropped connection. */
  transport?: 'timeout' | 'network';
};

const SESSION_CODES = new Set(['NOT_SIGNED_IN', 'SESSION_EXPIRED', 'AUTHORIZATION_INVALID_TOKEN']);

const field = <T>(value: unknown, key: string, type: 'string' | 'number'): T | undefined => {
  const found = (value as Record<string, unknown>)[key];
  return typeof found === type ? (found as T) : undefined;
};

/** Turns anything a request threw into a BulkFailure, without losing the server's message or trace token. */
export function toBulkFailure(error: unknown): BulkFailure {
  if (error instanceof DOMException && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return { message: 'The request timed out before the service answered.', transport: 'timeout' };
  }
  if (error instanceof TypeError) {
    return { message: `The service could not be reached (${error.message}).`, transport: 'network' };
  }
  if (typeof error === 'object' && error !== null) {
    const status = field<number>(error, 'status', 'number');
    // ApiError uses status 0 for a request that got no reply at all.
    if (status === 0) return { message: field(error, 'message', 'string') ?? 'No reply from the service.', transport: 'network' };
    return {
      status,
      errorCode: field(error, 'errorCode', 'string'),
      message: field(error, 'message', 'string') ?? 'The request failed.',
      traceToken: field(error, 'traceToken', 'string'),
      retryAfterSeconds: field(error, 'retryAfterSeconds', 'number') ?? field(error, 'retryAfter', 'number'),
      rateLimit: (error as { rateLimit?: RateLimitInfo }).rateLimit,
    };
  }
  return { message: String(error) };
}

/** 429, or a 400 whose code says an hourly or burst limit was hit: the call was not carried out. */
export const isRateLimited = (failure: BulkFailure) =>
  failure.status === 429 || /APIINVOCATION_LIMIT_EXCEEDED/.test(failure.errorCode ?? '');

export const isHourlyLimit = (failure: BulkFailure) => /HOURLY_APIINVOCATION/.test(failure.errorCode ?? '');

export const isSessionFailure = (failure: BulkFailure) =>
  failure.status === 401 && (failure.errorCode === undefined || SESSION_CODES.has(failure.errorCode));

/**
 * The service may have acted on the call even though we never saw a usable answer: no reply, a 5xx, or a success
 * whose body could not be read.
 */
export const isOutcomeUnknown = (failure: BulkFailure) =>
  failure.transport !== undefined || failure.status === undefined || failure.status >= 500 || (failure.status >= 200 && failure.status < 300);
