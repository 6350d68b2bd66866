/**
 * The one error type every API call rejects with, so screens can decide what to show from its fields
 * without knowing which call failed.
 */

/** 401 codes that mean "sign in again" (the proxy's own and DocuSign's); any other 401/403 is a missing permission. */
const SESSION_CODES = new Set(['NOT_SIGNED_IN', 'SESSION_EXPIRED', 'AUTHORIZATION_INVALID_TOKEN']);

const INVALID_REQUEST_CODES = new Set(['INVALID_REQUEST_PARAMETER', 'INVALID_REQUEST_BODY']);

/** errorCode values the client makes up itself, for failures that never reached a server reply. */
export const ClientErrorCode = {
  network: 'NETWORK_ERROR',
  malformed: 'MALFORMED_RESPONSE',
} as const;

export type ApiErrorKind =
  | 'session-expired'
  | 'permission-denied'
  | 'not-found'
  | 'rate-limited'
  | 'network'
  | 'malformed'
  | 'server'
  | 'request';

export type ApiErrorInit = {
  status: number;
  errorCode?: string;
  message: string;
  referenceId?: string;
  traceToken?: string;
  method?: string;
  path?: string;
  /** Seconds from a Retry-After header, when the server sent one. */
  retryAfter?: number;
};

const NOT_FOUND_CODE = /NOT_FOUND|NOT_EXIST|UNKNOWN_|^INVALID_\w+_ID$/i;
const NOT_FOUND_MESSAGE = /\b(not found|does not exist|no such)\b/i;

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status; 0 when no reply arrived. */
  readonly status: number;
  readonly errorCode: string | undefined;
  readonly referenceId: string | undefined;
  /** X-DocuSign-TraceToken, or the proxy's X-Request-Id: what a user quotes to support. */
  readonly traceToken: string | undefined;
  readonly method: string | undefined;
  readonly path: string | undefined;
  readonly retryAfter: number | undefined;

  constructor(init: ApiErrorInit) {
    super(init.message);
    this.status = init.status;
    this.errorCode = init.errorCode;
    this.referenceId = init.referenceId;
    this.traceToken = init.traceToken;
    this.method = init.method;
    this.path = init.path;
    this.retryAfter = init.retryAfter;
  }

  /** 401 with a sign-in code, or with no code at all: the user must sign in again (DECISIONS.md). */
  get isSessionExpired(): boolean {
    return this.status === 401 && (this.errorCode === undefined || SESSION_CODES.has(this.errorCode));
  }

  /** 401/403 with any other code: the caller may not do this. It never signs anyone out. */
  get isPermissionDenied(): boolean {
    return (this.status === 401 || this.status === 403) && !this.isSessionExpired;
  }

  /**
   * The API may answer an unknown id with 400 or 404 (DECISIONS.md), so a 400 reads as "not found" when its code
   * or message says so. Any other 400 is a refusal with its own reason (a rule of the service, a bad value).
   */
  get isNotFound(): boolean {
    if (this.status === 404) return true;
    if (this.status !== 400 || this.isInvalidRequest || this.isRateLimited) return false;
    return NOT_FOUND_CODE.test(this.errorCode ?? '') || NOT_FOUND_MESSAGE.test(this.message);
  }

  /** 400 that says which value of the request was wrong. */
  get isInvalidRequest(): boolean {
    return this.status === 400 && INVALID_REQUEST_CODES.has(this.errorCode ?? '');
  }

  get isRateLimited(): boolean {
    return this.status === 429 || /APIINVOCATION_LIMIT_EXCEEDED/.test(this.errorCode ?? '');
  }

  /** Worth a retry: no reply at all, or the server (or something in front of it) failed. */
  get isTransient(): boolean {
    return this.status === 0 || this.status >= 500;
  }

  get kind(): ApiErrorKind {
    if (this.errorCode === ClientErrorCode.malformed) return 'malformed';
    if (this.status === 0) return 'network';
    if (this.isSessionExpired) return 'session-expired';
    if (this.isPermissionDenied) return 'permission-denied';
    if (this.isRateLimited) return 'rate-limited';
    if (this.isNotFound) return 'not-found';
    if (this.status >= 500) return 'server';
    return 'request';
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;
