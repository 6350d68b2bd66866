/**
 * CSRF protection for state-changing requests: the SPA reads the session's random token from
 * GET /auth/session and sends it back in `X-CSRF-Token`; another site can make the browser send the cookie
 * but cannot read the token. SameSite=Lax already blocks most cross-site POSTs; this covers the rest.
 */
import type { NextFunction, Request, Response } from 'express';
import { ProxyErrorCode, sendError } from './errors';
import { safeEqual } from './pkce';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * A session that is not signed in has nothing to protect and no token yet; its requests fall through to the
 * route, which answers 401 NOT_SIGNED_IN (or, for logout, does nothing harmful). So an expired session reads
 * as "sign in again" in the SPA, not as a CSRF failure.
 */
export function csrfGuard(req: Request, res: Response, next: NextFunction): void {
  if (!STATE_CHANGING.has(req.method) || !req.session.user) {
    next();
    return;
  }
  if (!safeEqual(req.get('X-CSRF-Token'), req.session.csrfToken)) {
    sendError(res, 403, ProxyErrorCode.csrfTokenInvalid, 'The request lacks a valid X-CSRF-Token header; reload the page.');
    return;
  }
  next();
}
