/**
 * Talks to DocuSign's account server (or the simulator standing in for it): the authorize URL, the token
 * endpoint for the code, refresh and JWT grants, and userinfo. Nothing here touches a session.
 */
import { z } from 'zod';
import type { ProxyConfig } from './config';
import { signJwtAssertion } from './jwt-assertion';

export interface TokenSet {
  accessToken: string;
  refreshToken?: string;
  /** Epoch milliseconds: when we asked for the token, and when it runs out. */
  obtainedAt: number;
  expiresAt: number;
}

export interface Identity {
  sub: string;
  name: string;
  email: string;
}

export interface Account {
  accountId: string;
  name: string;
  isDefault: boolean;
}

export interface UserInfo {
  identity: Identity;
  accounts: Account[];
}

/** The account server said no (`{"error":"invalid_grant"}` and friends): the grant will not work by retrying. */
export class OAuthError extends Error {
  constructor(
    readonly error: string,
    readonly description?: string,
  ) {
    super(description ? `${error}: ${description}` : error);
    this.name = 'OAuthError';
  }
}

/** No usable answer (network, timeout, 5xx): worth trying again later, so a session survives it. */
export class UpstreamUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UpstreamUnavailableError';
  }
}

const TokenResponse = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1).optional(),
  expires_in: z.coerce.number().positive(),
});

const OAuthErrorBody = z.object({ error: z.string(), error_description: z.string().optional() });

// DocuSign documents `is_default` as a boolean; some samples show the string "true", so both are read.
const UserInfoResponse = z.object({
  sub: z.string().min(1),
  name: z.string().default(''),
  email: z.string().default(''),
  accounts: z
    .array(
      z.object({
        account_id: z.string().min(1),
        account_name: z.string().default(''),
        is_default: z.union([z.boolean(), z.enum(['true', 'false']).transform((value) => value === 'true')]).default(false),
      }),
    )
    .default([]),
});

export type OAuthClient = ReturnType<typeof createOAuthClient>;

export function createOAuthClient(config: ProxyConfig) {
  const { clientId, clientSecret, redirectUri, scopes } = config.oauth;
  const basicAuth = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;

  async function call(url: string, init: RequestInit): Promise<Response> {
    try {
      return await fetch(url, { ...init, redirect: 'error', signal: AbortSignal.timeout(config.upstreamTimeoutMs) });
    } catch (error) {
      const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
      throw new UpstreamUnavailableError(`The DocuSign account server ${reason}.`);
    }
  }

  async function tokenRequest(form: Record<string, string>, withClientAuth: boolean): Promise<TokenSet> {
    const headers: Record<string, string> = {
      'Content-Type': 'application/x-www-form-urlencoded',
      Accept: 'application/json',
    };
    if (withClientAuth) headers.Authorization = basicAuth;
    const requestedAt = Date.now();
    const response = await call(`${config.oauthBase}/oauth/token`, {
      method: 'POST',
      headers,
      body: new URLSearchParams(form).toString(),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (response.status >= 500) {
      throw new UpstreamUnavailableError(`The DocuSign account server failed (HTTP ${response.status}).`);
    }
    if (!response.ok) {
      const parsed = OAuthErrorBody.safeParse(body);
      throw parsed.success
        ? new OAuthError(parsed.data.error, parsed.data.error_description)
        : new OAuthError('invalid_response', `HTTP ${response.status} from the token endpoint`);
    }
    const parsed = TokenResponse.safeParse(body);
    if (!parsed.success) throw new OAuthError('invalid_response', 'the token endpoint answered without a usable token');
    return {
      accessToken: parsed.data.access_token,
      ...(parsed.data.refresh_token ? { refreshToken: parsed.data.refresh_token } : {}),
      // Counted from when we asked, so network time can only make us refresh early, never late.
      obtainedAt: requestedAt,
      expiresAt: requestedAt + parsed.data.expires_in * 1000,
    };
  }

  return {
    /** `GET /oauth/auth`: where the browser goes to sign in. */
    authorizeUrl(state: string, codeChallenge: string): string {
      const params = new URLSearchParams({
        response_type: 'code',
        client_id: clientId,
        redirect_uri: redirectUri,
        scope: scopes.join(' '),
        state,
        code_challenge: codeChallenge,
        code_challenge_method: 'S256',
      });
      return `${config.oauthBase}/oauth/auth?${params.toString()}`;
    },

    /** `POST /oauth/token` with the authorization code and its PKCE verifier. */
    exchangeCode(code: string, codeVerifier: string): Promise<TokenSet> {
      return tokenRequest(
        { grant_type: 'authorization_code', code, redirect_uri: redirectUri, code_verifier: codeVerifier },
        true,
      );
    },

    /** `POST /oauth/token` with a refresh token. */
    refresh(refreshToken: string): Promise<TokenSet> {
      return tokenRequest({ grant_type: 'refresh_token', refresh_token: refreshToken }, true);
    },

    /** `POST /oauth/token` with a signed assertion: the headless single-admin mode. */
    async jwtGrant(): Promise<TokenSet> {
      if (!config.jwt) throw new Error('jwtGrant needs JWT_USER_ID and a private key');
      const assertion = await signJwtAssertion(config);
      return tokenRequest({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion }, false);
    },

    /** `GET /oauth/userinfo`: who signed in and which accounts they have. */
    async userInfo(accessToken: string): Promise<UserInfo> {
      const response = await call(`${config.oauthBase}/oauth/userinfo`, {
        headers: { Authorization: `Bearer ${accessToken}`, Accept: 'application/json' },
      });
      if (response.status >= 500) {
        throw new UpstreamUnavailableError(`The DocuSign account server failed (HTTP ${response.status}).`);
      }
      const body: unknown = await response.json().catch(() => undefined);
      const parsed = UserInfoResponse.safeParse(body);
      if (!response.ok || !parsed.success) {
        throw new OAuthError('invalid_userinfo', `userinfo answered HTTP ${response.status} without a usable identity`);
      }
      const { sub, name, email, accounts } = parsed.data;
      return {
        identity: { sub, name, email },
        accounts: accounts.map((account) => ({
          accountId: account.account_id,
          name: account.account_name,
          isDefault: account.is_default,
        })),
      };
    },
  };
}
