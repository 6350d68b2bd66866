/**
 * `/api/v2/accounts/{accountId}/...`: forwards allow-listed Rooms API calls for the signed-in identity's
 * accounts, adding the bearer token. The browser chooses neither host nor URL: the upstream URL is
 * ROOMS_API_BASE plus segments the allow-list accepted. Browser cookies and Authorization never go upstream.
 */
import express, { type Request, type Response } from 'express';
import type { ActivityLog } from './activity-log';
import { matchApiRoute, type MatchedRoute } from './allow-list';
import type { ProxyConfig } from './config';
import { csrfGuard } from './csrf';
import { ProxyError, ProxyErrorCode, requestIdOf } from './errors';
import type { SessionAuth } from './session-auth';

/** The headers a reply may carry back to the browser: what the SPA needs for errors, paging and pacing. */
const PASSED_BACK = /^(content-type|retry-after|x-ratelimit-[a-z-]+|x-burstlimit-[a-z-]+|x-docusign-tracetoken)$/i;
const BODY_LIMIT = '100kb';
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)|^text\/json\s*(?:;|$)/i;

export interface Upstream {
  status: number;
  headers: Headers;
  body: Buffer;
}

export function createApiRouter(config: ProxyConfig, auth: SessionAuth, activity: ActivityLog): express.Router {
  const router = express.Router();
  const base = new URL(config.roomsApiBase);

  router.use(async (req, res, next) => {
    const match = matchApiRoute(req.method, req.originalUrl);
    if (!match.ok) {
      throw new ProxyError(404, ProxyErrorCode.routeNotAllowed, `${req.method} is not an allowed Rooms API route here.`);
    }
    res.locals.route = match.route;
    if (config.jwt) await auth.ensureHeadlessSignIn(req);
    if (!req.session.user) throw new ProxyError(401, ProxyErrorCode.notSignedIn, 'Sign in to continue.');
    next();
  });
  router.use(csrfGuard);
  router.use(express.raw({ type: () => true, limit: BODY_LIMIT }));

  router.use(async (req, res) => {
    const route = res.locals.route as MatchedRoute;
    const user = req.session.user;
    if (!user) throw new ProxyError(401, ProxyErrorCode.notSignedIn, 'Sign in to continue.');
    if (!user.accounts.some((account) => account.accountId === route.accountId)) {
      throw new ProxyError(403, ProxyErrorCode.accountNotAllowed, 'The signed-in user has no access to this account.');
    }

    const body = hasBody(req) ? (req.body as Buffer) : undefined;
    const contentType = req.get('Content-Type');
    if (body && !JSON_TYPE.test(contentType ?? '')) {
      throw new ProxyError(415, ProxyErrorCode.unsupportedMediaType, 'Send request bodies as application/json.');
    }

    const url = new URL(`${base.pathname}/v2/accounts/${route.accountId}${route.path ? `/${route.path}` : ''}`, base);
    url.search = route.search;
    // Belt and braces: whatever the allow-list let through, the request stays on the configured host.
    if (url.origin !== base.origin) throw new ProxyError(404, ProxyErrorCode.routeNotAllowed, 'Not an allowed route.');

    const send = (token: string) =>
      forward(url, req.method, token, body, contentType, req.get('Accept'), config.upstreamTimeoutMs);

    let token = await auth.accessToken(req);
    let upstream = await send(token);
    if (isInvalidToken(upstream)) {
      // The token was refused before the call had any effect, so even a POST is safe to send once more.
      token = await auth.accessToken(req, token);
      upstream = await send(token);
      if (isInvalidToken(upstream)) await auth.expire(req);
    }

    if (req.method !== 'GET') {
      activity.record({
        at: new Date().toISOString(),
        actor: { sub: user.identity.sub, email: user.identity.email, name: user.identity.name },
        accountId: route.accountId,
        method: req.method,
        path: route.path,
        template: route.template,
        status: upstream.status,
        ...(upstream.headers.has('X-DocuSign-TraceToken')
          ? { traceToken: upstream.headers.get('X-DocuSign-TraceToken') ?? '' }
          : {}),
        requestId: requestIdOf(res),
      });
    }
    reply(res, upstream);
  });

  return router;
}

function hasBody(req: Request): boolean {
  return ['POST', 'PUT', 'PATCH'].includes(req.method) && Buffer.isBuffer(req.body) && req.body.length > 0;
}

/** 401 with AUTHORIZATION_INVALID_TOKEN, or with no body at all, is the token; any other 401 is a permission. */
function isInvalidToken(upstream: Upstream): boolean {
  if (upstream.status !== 401) return false;
  if (upstream.body.length === 0) return true;
  try {
    const parsed: unknown = JSON.parse(upstream.body.toString('utf8'));
    return typeof parsed === 'object' && parsed !== null && 'errorCode' in parsed && parsed.errorCode === 'AUTHORIZATION_INVALID_TOKEN';
  } catch {
    return false;
  }
}

export async function forward(
  url: URL,
  method: string,
  token: string,
  body: Buffer | undefined,
  contentType: string | undefined,
  accept: string | undefined,
  timeoutMs: number,
): Promise<Upstream> {
  // Only these go upstream: no browser cookie, no browser Authorization, nothing else the browser sent.
  const headers: Record<string, string> = {
    Accept: accept ?? 'application/json',
    Authorization: `Bearer ${token}`,
  };
  if (body && contentType) headers['Content-Type'] = contentType;
  try {
    const response = await fetch(url, {
      method,
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
      // A redirect could point anywhere; the Rooms API has no reason to send one.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const buffer = Buffer.from(await response.arrayBuffer());
    if (response.status >= 300 && response.status < 400) {
      throw new ProxyError(502, ProxyErrorCode.upstreamUnavailable, `The Rooms API answered with a redirect (HTTP ${response.status}).`);
    }
    return { status: response.status, headers: response.headers, body: buffer };
  } catch (error) {
    if (error instanceof ProxyError) throw error;
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    throw new ProxyError(
      502,
      ProxyErrorCode.upstreamUnavailable,
      timedOut ? `The Rooms API did not answer within ${timeoutMs / 1000} s.` : 'The Rooms API could not be reached.',
    );
  }
}

function reply(res: Response, upstream: Upstream): void {
  res.status(upstream.status);
  upstream.headers.forEach((value, name) => {
    if (PASSED_BACK.test(name)) res.setHeader(name, value);
  });
  // end(), not send(): no ETag, no content-type guessing; the upstream's answer as it came.
  res.end(upstream.status === 204 || upstream.status === 304 ? undefined : upstream.body);
}
