/**
 * Signing a session in and out, and getting a usable access token for it: refreshing shortly before expiry or
 * after the upstream refused a token, once per grant however many requests ask at the same time. A refresh
 * the account server rejects ends the session (401 SESSION_EXPIRED); one it cannot answer leaves it (502).
 * In the headless mode (JWT grant) every session is the one configured administrator.
 */
import type { Request } from 'express';
import type { ProxyConfig } from './config';
import { ProxyError, ProxyErrorCode } from './errors';
import { OAuthError, UpstreamUnavailableError, type OAuthClient, type TokenSet, type UserInfo } from './oauth-client';
import { randomToken } from './pkce';
import { destroySession, regenerateSession, saveSession } from './session';
import type { TokenVault } from './token-vault';

/** The one grant every session shares in the headless mode. */
const HEADLESS_GRANT = 'headless';

export type SessionAuth = ReturnType<typeof createSessionAuth>;

export function createSessionAuth(config: ProxyConfig, oauth: OAuthClient, vault: TokenVault) {
  // userinfo has its own hourly limit (REFERENCE.md §6.2): the headless identity is asked for once.
  let headlessInfo: Promise<UserInfo> | undefined;

  function renewerFor(grantId: string): (current: TokenSet | undefined) => Promise<TokenSet> {
    if (grantId === HEADLESS_GRANT) return () => oauth.jwtGrant();
    return async (current) => {
      if (!current?.refreshToken) throw new OAuthError('no_refresh_token', 'nothing to refresh the session with');
      const renewed = await oauth.refresh(current.refreshToken);
      // The account server may keep the refresh token instead of rotating it.
      return renewed.refreshToken ? renewed : { ...renewed, refreshToken: current.refreshToken };
    };
  }

  async function signIn(req: Request, info: UserInfo, grantId: string): Promise<void> {
    const account = info.accounts.find((candidate) => candidate.isDefault) ?? info.accounts[0];
    if (!account) throw new OAuthError('no_account', 'this DocuSign user has no account');
    // A new session id on sign-in, so an id planted in the browser before sign-in is worth nothing after it.
    await regenerateSession(req);
    req.session.user = { identity: info.identity, accounts: info.accounts, accountId: account.accountId, grantId };
    req.session.csrfToken = randomToken();
    await saveSession(req);
  }

  async function signOut(req: Request): Promise<void> {
    const grantId = req.session.user?.grantId;
    if (grantId && grantId !== HEADLESS_GRANT) vault.delete(grantId);
    await destroySession(req);
  }

  return {
    signIn,
    signOut,

    /** Stores the tokens of a finished authorization-code sign-in and signs the session in. */
    async signInWithTokens(req: Request, tokens: TokenSet, info: UserInfo): Promise<void> {
      const grantId = randomToken();
      vault.put(grantId, tokens);
      try {
        await signIn(req, info, grantId);
      } catch (error) {
        vault.delete(grantId);
        throw error;
      }
    },

    /** Headless mode: makes this session the configured administrator if it is not yet. */
    async ensureHeadlessSignIn(req: Request): Promise<void> {
      if (!config.jwt || req.session.user) return;
      try {
        const tokens = await vault.fresh(HEADLESS_GRANT, renewerFor(HEADLESS_GRANT));
        headlessInfo ??= oauth.userInfo(tokens.accessToken);
        const info = await headlessInfo.catch((error: unknown) => {
          headlessInfo = undefined;
          throw error;
        });
        await signIn(req, info, HEADLESS_GRANT);
      } catch (error) {
        if (error instanceof UpstreamUnavailableError) {
          throw new ProxyError(502, ProxyErrorCode.upstreamUnavailable, error.message);
        }
        if (error instanceof OAuthError) {
          throw new ProxyError(
            502,
            ProxyErrorCode.upstreamUnavailable,
            `The JWT grant for the configured administrator failed (${error.message}). Check JWT_USER_ID, the key ` +
              'and that the user has granted consent.',
          );
        }
        throw error;
      }
    },

    /**
     * An access token for the signed-in session. `refused` is the token the upstream just answered 401
     * AUTHORIZATION_INVALID_TOKEN to, which forces a refresh unless someone already replaced it.
     */
    async accessToken(req: Request, refused?: string): Promise<string> {
      const user = req.session.user;
      if (!user) throw new ProxyError(401, ProxyErrorCode.notSignedIn, 'Sign in to continue.');
      try {
        const tokens = await vault.fresh(user.grantId, renewerFor(user.grantId), refused);
        return tokens.accessToken;
      } catch (error) {
        if (error instanceof UpstreamUnavailableError) {
          throw new ProxyError(502, ProxyErrorCode.upstreamUnavailable, error.message);
        }
        if (error instanceof OAuthError) {
          await signOut(req);
          throw new ProxyError(401, ProxyErrorCode.sessionExpired, 'Your session has expired. Sign in again.');
        }
        throw error;
      }
    },

    /** The upstream refused even a fresh token: the grant is unusable, so the session ends. */
    async expire(req: Request): Promise<never> {
      if (req.session.user?.grantId === HEADLESS_GRANT) vault.delete(HEADLESS_GRANT);
      await signOut(req);
      throw new ProxyError(401, ProxyErrorCode.sessionExpired, 'Your session has expired. Sign in again.');
    },
  };
}
