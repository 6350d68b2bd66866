/**
 * Errors the proxy makes itself. They use the Rooms `ApiError` shape so the SPA reads one shape whoever answered,
 * and carry the request id (also the `X-Request-Id` header) for logs and support.
 */
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

/** Every errorCode the proxy invents; docs/architecture.md lists the same set for the SPA. */
export const ProxyErrorCode = {
  notSignedIn: 'NOT_SIGNED_IN',
  sessionExpired: 'SESSION_EXPIRED',
  csrfTokenInvalid: 'CSRF_TOKEN_INVALID',
  accountNotAllowed: 'ACCOUNT_NOT_ALLOWED',
  routeNotAllowed: 'ROUTE_NOT_ALLOWED',
  upstreamUnavailable: 'UPSTREAM_UNAVAILABLE',
  invalidRequestBody: 'INVALID_REQUEST_BODY',
  unsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE',
  requestTooLarge: 'REQUEST_TOO_LARGE',
  internalError: 'INTERNAL_ERROR',
} as const;

export type ProxyErrorCode = (typeof ProxyErrorCode)[keyof typeof ProxyErrorCode];

/** Thrown anywhere below a route; the error handler turns it into the ApiError reply. */
export class ProxyError extends Error {
  constructor(
    readonly status: number,
    readonly errorCode: ProxyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ProxyError';
  }
}

/** Gives every /api and /auth exchange an id, answered in `X-Request-Id`, so a reply can be found in the logs. */
export function assignRequestId(_req: Request, res: Response, next: NextFunction): void {
  const id = randomUUID();
  res.locals.requestId = id;
  res.setHeader('X-Request-Id', id);
  next();
}

export function requestIdOf(res: Response): string {
  const id: unknown = res.locals.requestId;
  return typeof id === 'string' ? id : randomUUID();
}

export function sendError(res: Response, status: number, errorCode: ProxyErrorCode, message: string): void {
  const referenceId = requestIdOf(res);
  res.setHeader('X-Request-Id', referenceId);
  res.status(status).json({ errorCode, message, referenceId });
}

/** body-parser marks its failures with `type`; everything else unexpected is our own bug. */
function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return typeof error === 'object' && error !== null && 'type' in error && typeof error.type === 'string';
}

/** The last handler of /api and /auth: every failure leaves as an ApiError body. */
export function handleErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (error instanceof ProxyError) {
    sendError(res, error.status, error.errorCode, error.message);
  } else if (isBodyParserError(error) && error.type === 'entity.too.large') {
    sendError(res, 413, ProxyErrorCode.requestTooLarge, 'The request body is larger than the proxy accepts.');
  } else if (isBodyParserError(error) && error.status < 500) {
    sendError(res, 400, ProxyErrorCode.invalidRequestBody, 'The request body could not be read.');
  } else {
    console.error(`[proxy] ${req.method} ${req.path} failed (request ${requestIdOf(res)}):`, error);
    sendError(res, 500, ProxyErrorCode.internalError, 'The proxy failed unexpectedly; quote the reference id.');
  }
}
