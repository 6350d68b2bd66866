/**
 * Where access and refresh tokens live: in this process, keyed by an opaque grant id that the session holds.
 * Keeping them out of the session record means every request sees the latest refresh at once, and a request
 * that loaded its session before a refresh cannot save the old (possibly rotated-away) refresh token back.
 * Refreshes are single-flight per grant: concurrent requests wait for the one refresh in progress.
 */
import type { TokenSet } from './oauth-client';

/** Refresh this long before expiry, so a token does not run out between our check and the upstream's. */
export const REFRESH_SKEW_MS = 60_000;

/** The skew, but at most half a token's life: a token issued for a minute or less is still used, not refreshed every time. */
function refreshMargin(tokens: TokenSet): number {
  return Math.min(REFRESH_SKEW_MS, (tokens.expiresAt - tokens.obtainedAt) / 2);
}

interface Entry {
  tokens: TokenSet;
  lastUsed: number;
}

export class TokenVault {
  private readonly entries = new Map<string, Entry>();
  private readonly inFlight = new Map<string, Promise<TokenSet>>();
  private readonly timer: NodeJS.Timeout;

  /** @param maxIdleMs tokens unused this long belong to a session that has expired too. */
  constructor(private readonly maxIdleMs: number) {
    this.timer = setInterval(() => this.prune(), Math.min(maxIdleMs, 10 * 60_000));
    this.timer.unref();
  }

  put(grantId: string, tokens: TokenSet): void {
    this.entries.set(grantId, { tokens, lastUsed: Date.now() });
  }

  has(grantId: string): boolean {
    return this.entries.has(grantId);
  }

  delete(grantId: string): void {
    this.entries.delete(grantId);
  }

  /**
   * A usable token set for the grant. Renews when there is none, when it expires within the refresh margin, or
   * when `refused` (an access token the upstream just rejected) is still the current one. A caller whose
   * refused token was already replaced by someone else's refresh simply gets the new one.
   */
  async fresh(
    grantId: string,
    renew: (current: TokenSet | undefined) => Promise<TokenSet>,
    refused?: string,
  ): Promise<TokenSet> {
    const entry = this.entries.get(grantId);
    if (entry) entry.lastUsed = Date.now();
    const current = entry?.tokens;
    const usable =
      current !== undefined &&
      current.expiresAt - Date.now() > refreshMargin(current) &&
      (refused === undefined || refused !== current.accessToken);
    if (usable) return current;

    const pending = this.inFlight.get(grantId);
    if (pending) return pending;
    const renewal = renew(current)
      .then((tokens) => {
        this.put(grantId, tokens);
        return tokens;
      })
      .finally(() => this.inFlight.delete(grantId));
    this.inFlight.set(grantId, renewal);
    return renewal;
  }

  prune(now = Date.now()): void {
    for (const [grantId, entry] of this.entries) {
      if (now - entry.lastUsed > this.maxIdleMs) this.entries.delete(grantId);
    }
  }

  close(): void {
    clearInterval(this.timer);
    this.entries.clear();
  }
}
