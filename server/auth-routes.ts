/**
 * `/auth/*`: the browser's side of signing in (docs/architecture.md, "The proxy's contract with the SPA").
 * Authorization code grant with PKCE (S256) and state; the code is exchanged with the client secret on the
 * server, so neither the code's tokens nor the secret ever reach the browser.
 */
import express, { type Request, type Response } from 'express';
import { z } from 'zod';
import { rememberCompanyVersion } from './company-version';
import type { ProxyConfig } from './config';
import { csrfGuard } from './csrf';
import { ProxyError, ProxyErrorCode, sendError } from './errors';
import { OAuthError, UpstreamUnavailableError, type OAuthClient } from './oauth-client';
import { pkcePair, randomToken, safeEqual } from './pkce';
import { safeReturnTo } from './return-to';
import { saveSession, SESSION_COOKIE, sessionView, type PendingLogin } from './session';
import type { SessionAuth } from './session-auth';

/** A sign-in not finished within this time has to start again. */
const LOGIN_TTL_MS = 10 * 60_000;
/** Sign-ins started in several tabs at once each keep their own state, up to this many. */
const MAX_PENDING_LOGINS = 5;

const AccountChoice = z.object({ accountId: z.string().min(1) });

/** The error codes of an authorization response (RFC 6749 §4.1.2.1, OpenID Connect Core §3.1.2.6). */
const OAUTH_ERROR_CODES = new Set([
  'invalid_request',
  'unauthorized_client',
  'unsupported_response_type',
  'invalid_scope',
  'server_error',
  'temporarily_unavailable',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
]);

export function createAuthRouter(config: ProxyConfig, oauth: OAuthClient, auth: SessionAuth): express.Router {
  const router = express.Router();

  if (config.jwt) {
    // Headless mode: there is no sign-in page; any visit to /auth is already the configured administrator.
    router.use(async (req, _res, next) => {
      if (req.path === '/logout') return next();
      await auth.ensureHeadlessSignIn(req);
      next();
    });
  }
  router.use(csrfGuard);

  router.get('/session', async (req, res) => {
    await rememberCompanyVersion(req, config, auth);
    res.json(sessionView(req));
  });

  router.get('/login', async (req, res) => {
    const returnTo = safeReturnTo(req.query.returnTo);
    if (config.jwt) return res.redirect(303, returnTo);
    const { verifier, challenge } = pkcePair();
    const state = randomToken();
    req.session.pendingLogins = keepRecent({
      ...req.session.pendingLogins,
      [state]: { verifier, returnTo, createdAt: Date.now() },
    });
    await saveSession(req);
    res.redirect(303, oauth.authorizeUrl(state, challenge));
  });

  router.get('/callback', async (req, res) => {
    const query = (name: string) => (typeof req.query[name] === 'string' ? req.query[name] : undefined);
    const pending = takePendingLogin(req, query('state'));
    // A callback this browser did not start changes nothing for someone already signed in.
    if (!pending && req.session.user) return res.redirect(303, '/');
    const oauthError = query('error');
    if (oauthError) {
      // Only the codes OAuth defines are shown: anyone can put any text in this URL.
      const reason =
        oauthError === 'access_denied'
          ? 'Sign-in was cancelled.'
          : OAUTH_ERROR_CODES.has(oauthError)
            ? `DocuSign refused the sign-in (${oauthError}).`
            : 'DocuSign refused the sign-in.';
      return signedOut(res, reason);
    }
    if (!pending) return signedOut(res, 'The sign-in did not match this browser or took too long. Please sign in again.');
    const code = query('code');
    if (!code) return signedOut(res, 'DocuSign sent no authorization code. Please sign in again.');
    try {
      const tokens = await oauth.exchangeCode(code, pending.verifier);
      const info = await oauth.userInfo(tokens.accessToken);
      await auth.signInWithTokens(req, tokens, info);
    } catch (error) {
      if (!(error instanceof OAuthError || error instanceof UpstreamUnavailableError)) throw error;
      // The browser gets a short reason; the operator gets the account server's own words.
      console.warn(`[proxy] sign-in failed: ${error.message}`);
      return signedOut(
        res,
        error instanceof OAuthError ? `Sign-in failed (${error.error}). Please try again.` : `${error.message} Please try again.`,
      );
    }
    res.redirect(303, pending.returnTo);
  });

  router.put('/account', express.json({ limit: '10kb' }), async (req, res) => {
    const user = req.session.user;
    if (!user) throw new ProxyError(401, ProxyErrorCode.notSignedIn, 'Sign in to continue.');
    const choice = AccountChoice.safeParse(req.body);
    if (!choice.success) throw new ProxyError(400, ProxyErrorCode.invalidRequestBody, 'Send { "accountId": "<account id>" }.');
    if (!user.accounts.some((account) => account.accountId === choice.data.accountId)) {
      throw new ProxyError(403, ProxyErrorCode.accountNotAllowed, 'The signed-in user has no such account.');
    }
    req.session.user = { ...user, accountId: choice.data.accountId };
    await saveSession(req);
    await rememberCompanyVersion(req, config, auth);
    res.json(sessionView(req));
  });

  router.post('/logout', async (req, res) => {
    if (req.session.user || req.session.pendingLogins) await auth.signOut(req);
    res.clearCookie(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: config.secureCookies });
    res.status(204).end();
  });

  router.use((req, res) => {
    sendError(res, 404, ProxyErrorCode.routeNotAllowed, `${req.method} /auth${req.path} does not exist.`);
  });

  return router;
}

/** Finds and removes the pending sign-in for `state`, comparing each in constant time. */
function takePendingLogin(req: Request, state: string | undefined): PendingLogin | undefined {
  const pending = req.session.pendingLogins;
  if (!pending || !state) return undefined;
  const key = Object.keys(pending).find((candidate) => safeEqual(candidate, state));
  if (key === undefined) return undefined;
  const login = pending[key];
  const rest = Object.fromEntries(Object.entries(pending).filter(([candidate]) => candidate !== key));
  req.session.pendingLogins = Object.keys(rest).length > 0 ? rest : undefined;
  if (!login || Date.now() - login.createdAt > LOGIN_TTL_MS) return undefined;
  return login;
}

function keepRecent(pending: Record<string, PendingLogin>): Record<string, PendingLogin> {
  const now = Date.now();
  const recent = Object.entries(pending)
    .filter(([, login]) => now - login.createdAt <= LOGIN_TTL_MS)
    .sort(([, a], [, b]) => b.createdAt - a.createdAt)
    .slice(0, MAX_PENDING_LOGINS);
  return Object.fromEntries(recent);
}

/** A failed sign-in lands on the SPA's signed-out page, which shows the reason and offers to try again. */
function signedOut(res: Response, reason: string): void {
  res.redirect(303, `/signed-out?error=${encodeURIComponent(reason)}`);
}
