import { afterEach, describe, expect, it } from 'vitest';
import type { TokenSet } from './oauth-client';
import { REFRESH_SKEW_MS, TokenVault } from './token-vault';

const tokens = (accessToken: string, expiresInMs = 3_600_000, lifetimeMs = 3_600_000): TokenSet => ({
  accessToken,
  refreshToken: `refresh-${accessToken}`,
  obtainedAt: Date.now() + expiresInMs - lifetimeMs,
  expiresAt: Date.now() + expiresInMs,
});

describe('TokenVault', () => {
  const vault = new TokenVault(60_000);
  afterEach(() => vault.close());

  it('hands out stored tokens while they have more than the skew left', async () => {
    vault.put('g', tokens('a'));
    const renew = () => Promise.resolve(tokens('b'));
    expect((await vault.fresh('g', renew)).accessToken).toBe('a');
  });

  it('renews a token close to expiry once for all concurrent callers', async () => {
    vault.put('g', tokens('a', REFRESH_SKEW_MS - 1));
    let calls = 0;
    const renew = async (current: TokenSet | undefined) => {
      calls += 1;
      expect(current?.accessToken).toBe('a');
      await new Promise((resolve) => setTimeout(resolve, 20));
      return tokens('b');
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => vault.fresh('g', renew)));
    expect(calls).toBe(1);
    expect(results.map((result) => result.accessToken)).toEqual(['b', 'b', 'b', 'b', 'b']);
  });

  it('renews after a refusal, unless someone already replaced the refused token', async () => {
    vault.put('g', tokens('a'));
    let calls = 0;
    const renew = () => {
      calls += 1;
      return Promise.resolve(tokens(`new-${calls}`));
    };
    expect((await vault.fresh('g', renew, 'a')).accessToken).toBe('new-1');
    expect((await vault.fresh('g', renew, 'a')).accessToken).toBe('new-1');
    expect(calls).toBe(1);
  });

  it('uses a short-lived token for the first half of its life instead of refreshing on every call', async () => {
    const renew = () => Promise.resolve(tokens('b'));
    vault.put('short', tokens('a', 20_000, 30_000));
    expect((await vault.fresh('short', renew)).accessToken).toBe('a');
    vault.put('short', tokens('a', 14_000, 30_000));
    expect((await vault.fresh('short', renew)).accessToken).toBe('b');
  });

  it('lets every waiter see a failed renewal, and tries again next time', async () => {
    let calls = 0;
    const failing = () => {
      calls += 1;
      return Promise.reject(new Error('invalid_grant'));
    };
    await expect(Promise.all([vault.fresh('g', failing), vault.fresh('g', failing)])).rejects.toThrow('invalid_grant');
    await expect(vault.fresh('g', failing)).rejects.toThrow('invalid_grant');
    expect(calls).toBe(2);
  });

  it('forgets grants left unused longer than the session lifetime', () => {
    vault.put('old', tokens('a'));
    vault.prune(Date.now() + 60_001);
    expect(vault.has('old')).toBe(false);
  });
});
