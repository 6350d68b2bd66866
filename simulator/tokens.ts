/**
 * OAuth state: authorization codes, access tokens and refresh tokens. Tokens are opaque random strings, as
 * DocuSign's are to a client; their meaning lives only here. Time comes from the injected clock so tests can
 * move it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export type Clock = () => number;

/** Who a token speaks for and what it was granted. */
export type Grant = { sub: string; email: string; scope: string };

type Expiring = Grant & { expiresAt: number };
type CodeRecord = Expiring & { redirectUri: string; codeChallenge: string };

/** DocuSign's codes are short-lived; two minutes is ample for a redirect. */
const CODE_LIFETIME_MS = 2 * 60_000;
/** DocuSign's refresh tokens last 30 days. */
const REFRESH_LIFETIME_MS = 30 * 24 * 3600_000;

export type IssuedTokens = { accessToken: string; expiresIn: number; refreshToken?: string };

export class TokenStore {
  private readonly codes = new Map<string, CodeRecord>();
  private readonly accessTokens = new Map<string, Expiring>();
  private readonly refreshTokens = new Map<string, Expiring>();

  constructor(
    private readonly clock: Clock,
    /** Access-token lifetime in seconds. */
    public lifetimeSeconds: number,
  ) {}

  issueCode(grant: Grant, redirectUri: string, codeChallenge: string): string {
    const code = opaque();
    this.codes.set(code, { ...grant, redirectUri, codeChallenge, expiresAt: this.clock() + CODE_LIFETIME_MS });
    return code;
  }

  /** Single use: the code is gone after the first attempt, right or wrong, so a replay never works. */
  takeCode(code: string): CodeRecord | undefined {
    const record = this.codes.get(code);
    this.codes.delete(code);
    return record && record.expiresAt > this.clock() ? record : undefined;
  }

  issue(grant: Grant, options: { refresh: boolean; lifetimeSeconds?: number }): IssuedTokens {
    this.prune();
    const lifetime = options.lifetimeSeconds ?? this.lifetimeSeconds;
    const accessToken = opaque();
    this.accessTokens.set(accessToken, { ...grant, expiresAt: this.clock() + lifetime * 1000 });
    if (!options.refresh) return { accessToken, expiresIn: lifetime };
    const refreshToken = opaque();
    this.refreshTokens.set(refreshToken, { ...grant, expiresAt: this.clock() + REFRESH_LIFETIME_MS });
    return { accessToken, expiresIn: lifetime, refreshToken };
  }

  /** The grant behind a live access token; expired and unknown tokens look the same. */
  access(token: string): Grant | undefined {
    const record = this.accessTokens.get(token);
    return record && record.expiresAt > this.clock() ? record : undefined;
  }

  /** The grant behind a live refresh token. Refreshing does not revoke it, so a retried refresh still works. */
  refresh(token: string): Grant | undefined {
    const record = this.refreshTokens.get(token);
    return record && record.expiresAt > this.clock() ? record : undefined;
  }

  /** Every access token stops working now; refresh tokens too when asked. */
  expireAll(options: { refresh: boolean }): void {
    this.accessTokens.clear();
    if (options.refresh) this.refreshTokens.clear();
  }

  /** Forgets everything, codes included. */
  clear(): void {
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshTokens.clear();
  }

  counts(): { codes: number; accessTokens: number; refreshTokens: number } {
    const now = this.clock();
    const live = (map: Map<string, Expiring>): number => [...map.values()].filter((record) => record.expiresAt > now).length;
    return { codes: live(this.codes), accessTokens: live(this.accessTokens), refreshTokens: live(this.refreshTokens) };
  }

  /** Drops dead entries now and then so a long-running simulator does not grow without bound. */
  private prune(): void {
    if (this.accessTokens.size + this.codes.size < 10_000) return;
    const now = this.clock();
    for (const map of [this.codes, this.accessTokens, this.refreshTokens] as Map<string, Expiring>[]) {
      for (const [key, record] of map) if (record.expiresAt <= now) map.delete(key);
    }
  }
}

function opaque(): string {
  return randomBytes(32).toString('base64url');
}

/** RFC 7636 S256: BASE64URL(SHA256(verifier)) must equal the challenge. */
export function verifierMatches(verifier: string, challenge: string): boolean {
  if (!/^[A-Za-z0-9._~-]{43,128}$/.test(verifier)) return false;
  const computed = Buffer.from(createHash('sha256').update(verifier).digest('base64url'));
  const expected = Buffer.from(challenge);
  return computed.length === expected.length && timingSafeEqual(computed, expected);
}
