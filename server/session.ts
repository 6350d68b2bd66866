/**
 * The browser's session: an opaque id in an httpOnly, SameSite=Lax cookie, the record kept server side in
 * memorystore (which prunes expired sessions). The record holds who signed in and the CSRF token, never a token
 * for DocuSign; those stay in the TokenVault under the session's grant id.
 */
import type { Request, RequestHandler } from 'express';
import session from 'express-session';
import createMemoryStore from 'memorystore';
import type { ProxyConfig } from './config';
import type { Account, Identity } from './oauth-client';

/** A sign-in in progress: what /auth/callback needs to finish it. Keyed by its state. */
export type CompanyVersion = 'v5' | 'v6';

export interface PendingLogin {
  verifier: string;
  returnTo: string;
  createdAt: number;
}

export interface SignedInUser {
  identity: Identity;
  accounts: Account[];
  accountId: string;
  /** Each account's Rooms version (v5 or v6) once read, so the SPA can start on version-specific calls at once. */
  companyVersions?: Record<string, CompanyVersion>;
  /** Key of this session's tokens in the TokenVault. */
  grantId: string;
}

declare module 'express-session' {
  interface SessionData {
    pendingLogins?: Record<string, PendingLogin>;
    user?: SignedInUser;
    csrfToken?: string;
  }
}

export const SESSION_COOKIE = 'rooms_admin_sid';

export function createSessionMiddleware(config: ProxyConfig): { middleware: RequestHandler; close: () => void } {
  const MemoryStore = createMemoryStore(session);
  const store = new MemoryStore({ checkPeriod: 10 * 60_000 });
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    // No record and no cookie for a visitor until they start signing in.
    saveUninitialized: false,
    // Idle timeout: each request pushes the expiry out again.
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.secureCookies,
      path: '/',
      maxAge: config.sessionMaxAgeMs,
    },
  });
  return { middleware, close: () => store.stopInterval() };
}

/** Promise forms of the callback-style session methods, for async handlers. */
export function regenerateSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error: unknown) => (error ? reject(toError(error)) : resolve())));
}

export function saveSession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error: unknown) => (error ? reject(toError(error)) : resolve())));
}

export function destroySession(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.destroy((error: unknown) => (error ? reject(toError(error)) : resolve())));
}

function toError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** What GET /auth/session (and PUT /auth/account) answer; it never carries a token except the CSRF one. */
export function sessionView(req: Request) {
  const user = req.session.user;
  if (!user || !req.session.csrfToken) return { signedIn: false as const };
  return {
    signedIn: true as const,
    identity: user.identity,
    accounts: user.accounts,
    accountId: user.accountId,
    companyVersion: user.companyVersions?.[user.accountId] ?? null,
    csrfToken: req.session.csrfToken,
  };
}
