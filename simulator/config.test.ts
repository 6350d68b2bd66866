import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('simulator config', () => {
  it('needs nothing set', () => {
    const result = loadConfig({});
    expect(result).toEqual({
      ok: true,
      options: {
        port: 4010,
        control: false,
        redirectUris: ['http://localhost:4000/auth/callback'],
        tokenLifetimeSeconds: 3600,
        users: 1200,
        seed: undefined,
        latencyMs: 0,
        limits: { hourly: 3000, burst: 200 },
        jwtPublicKey: undefined,
      },
    });
  });

  it('reads every variable, and flags win over the environment', () => {
    const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const dir = mkdtempSync(join(tmpdir(), 'sim-config-'));
    const file = join(dir, 'public.pem');
    writeFileSync(file, publicKey.export({ type: 'spki', format: 'pem' }));
    const result = loadConfig(
      {
        SIMULATOR_PORT: '0',
        SIMULATOR_CONTROL: '1',
        SIMULATOR_REDIRECT_URIS: 'http://localhost:4000/auth/callback, http://localhost:5173/auth/callback',
        SIMULATOR_TOKEN_LIFETIME: '60',
        SIMULATOR_USERS: '5000',
        SIMULATOR_LATENCY_MS: '25',
        SIMULATOR_HOURLY_LIMIT: '100',
        SIMULATOR_BURST_LIMIT: '10',
        SIMULATOR_JWT_PUBLIC_KEY_FILE: file,
      },
      ['--users', '20000', '--seed=42'],
    );
    rmSync(dir, { recursive: true });
    if (!result.ok) throw new Error(result.problems.join('\n'));
    expect(result.options).toMatchObject({
      port: 0,
      control: true,
      redirectUris: ['http://localhost:4000/auth/callback', 'http://localhost:5173/auth/callback'],
      tokenLifetimeSeconds: 60,
      users: 20_000,
      seed: 42,
      latencyMs: 25,
      limits: { hourly: 100, burst: 10 },
    });
    expect(result.options.jwtPublicKey).toBeDefined();
  });

  it('lists every bad variable with its fix', () => {
    const result = loadConfig(
      {
        SIMULATOR_PORT: 'eighty',
        SIMULATOR_CONTROL: 'yes',
        SIMULATOR_REDIRECT_URIS: 'localhost:4000/cb',
        SIMULATOR_BURST_LIMIT: '0',
        SIMULATOR_JWT_PUBLIC_KEY: 'not a key',
      },
      ['--users', '10', '--verbose'],
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    for (const name of ['SIMULATOR_PORT', 'SIMULATOR_CONTROL', 'SIMULATOR_REDIRECT_URIS', 'SIMULATOR_BURST_LIMIT', 'SIMULATOR_JWT_PUBLIC_KEY', '--users', '--verbose']) {
      expect(problems.some((problem) => problem.includes(name) && problem.includes('Fix:')), name).toBe(true);
    }
    expect(problems).toHaveLength(7);
  });
});
