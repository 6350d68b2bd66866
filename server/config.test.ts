import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_SCOPES, loadConfig } from './config';

function problemsOf(env: Record<string, string>, readFile?: (path: string) => string): string[] {
  try {
    loadConfig(env, readFile ? { readFile } : {});
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

const USER_GUID = '6f1c2a9e-0b1d-4e8a-9c6f-2d4b8e1a3f50';

const rsaPem = () =>
  generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();

describe('loadConfig', () => {
  it('needs nothing set: every default points at the local simulator', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      roomsApiBase: 'http://localhost:4010/restapi',
      oauthBase: 'http://localhost:4010',
      oauth: {
        clientId: 'rooms-admin-local',
        clientSecret: 'rooms-admin-local-secret',
        redirectUri: 'http://localhost:4000/auth/callback',
        scopes: DEFAULT_SCOPES.split(' '),
      },
      appOrigin: 'http://localhost:4000',
      secureCookies: false,
      dev: false,
    });
    expect(config.jwt).toBeUndefined();
    expect(config.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(config.staticDir).toMatch(/\/dist$/);
  });

  it('derives the simulator URLs and redirect URI from the ports', () => {
    const config = loadConfig({ PORT: '5000', SIMULATOR_PORT: '5010' });
    expect(config.roomsApiBase).toBe('http://localhost:5010/restapi');
    expect(config.oauthBase).toBe('http://localhost:5010');
    expect(config.oauth.redirectUri).toBe('http://localhost:5000/auth/callback');
  });

  it('lists every bad variable at once, each with how to fix it', () => {
    const problems = problemsOf({
      PORT: 'eighty',
      SIMULATOR_PORT: '70000',
      ROOMS_API_BASE: 'ftp://rooms.example',
      OAUTH_BASE: 'not a url',
      OAUTH_REDIRECT_URI: 'https://app.example/callback',
      OAUTH_SCOPES: '   ',
      TRUST_PROXY: 'sometimes',
      JWT_USER_ID: 'a-user',
    });
    const names = problems.map((problem) => problem.split(/[ =]/)[0]);
    expect(names).toEqual([
      'PORT',
      'SIMULATOR_PORT',
      'OAUTH_BASE',
      'ROOMS_API_BASE',
      'OAUTH_REDIRECT_URI',
      'TRUST_PROXY',
      'JWT_USER_ID',
      'JWT_PRIVATE_KEY',
    ]);
    expect(problems[0]).toContain('port number from 0 to 65535');
    expect(problems[3]).toContain('e.g. https://demo.rooms.docusign.com/restapi');
    expect(problems[4]).toContain('must end in /auth/callback');
    expect(problems[6]).toContain('is not a GUID');
    expect(problems[7]).toContain('unset JWT_USER_ID');
  });

  it('reads blank values as unset, so an empty line in .env keeps the default', () => {
    expect(loadConfig({ PORT: '', OAUTH_SCOPES: '  ' }).port).toBe(4000);
  });

  it('requires a long SESSION_SECRET against real DocuSign, and never prints secrets', () => {
    const real = {
      OAUTH_BASE: 'https://account-d.docusign.com',
      ROOMS_API_BASE: 'https://demo.rooms.docusign.com/restapi',
      OAUTH_CLIENT_ID: 'integration-key',
      OAUTH_CLIENT_SECRET: 'client-secret',
      OAUTH_REDIRECT_URI: 'https://admin.example/auth/callback',
    };
    expect(problemsOf(real)).toEqual([expect.stringMatching(/^SESSION_SECRET is required .* at least 32 characters/)]);
    const short = problemsOf({ ...real, SESSION_SECRET: 'hunter2' });
    expect(short).toEqual([expect.stringMatching(/^SESSION_SECRET must be at least 32/)]);
    expect(short.join()).not.toContain('hunter2');

    const config = loadConfig({ ...real, SESSION_SECRET: 'x'.repeat(32) });
    expect(config.sessionSecret).toBe('x'.repeat(32));
    expect(config.secureCookies).toBe(true);
  });

  it('takes none of the simulator defaults against real DocuSign: each must be given', () => {
    const half = problemsOf({ OAUTH_BASE: 'https://account-d.docusign.com', SESSION_SECRET: 'x'.repeat(40), OAUTH_CLIENT_ID: '' });
    expect(half.map((problem) => problem.split(' ')[0])).toEqual(['ROOMS_API_BASE', 'OAUTH_CLIENT_ID', 'OAUTH_CLIENT_SECRET']);
    expect(half[0]).toContain('https://demo.rooms.docusign.com/restapi');
    expect(half[1]).toContain('integration key');

    // The headless JWT mode signs with its key and needs no client secret.
    const headless = loadConfig({
      OAUTH_BASE: 'https://account-d.docusign.com',
      ROOMS_API_BASE: 'https://demo.rooms.docusign.com/restapi',
      OAUTH_CLIENT_ID: 'integration-key',
      SESSION_SECRET: 'x'.repeat(40),
      JWT_USER_ID: USER_GUID,
      JWT_PRIVATE_KEY: rsaPem(),
    });
    expect(headless.jwt?.userId).toBe(USER_GUID);
  });

  it('refuses scopes without those the dashboard needs', () => {
    expect(problemsOf({ OAUTH_SCOPES: 'signature dtr.rooms.read' })).toEqual([
      expect.stringMatching(/^OAUTH_SCOPES="signature dtr.rooms.read" must include dtr.rooms.read, dtr.rooms.write/),
    ]);
  });

  it('configures the headless JWT mode from an inline key or a key file', () => {
    const pem = rsaPem();
    const inline = loadConfig({ JWT_USER_ID: USER_GUID, JWT_PRIVATE_KEY: pem.replace(/\n/g, '\\n') });
    expect(inline.jwt?.userId).toBe(USER_GUID);
    expect(inline.jwt?.scopes.join(' ')).toBe(
      'signature impersonation dtr.rooms.read dtr.rooms.write dtr.company.read dtr.company.write',
    );
    const fromFile = loadConfig(
      { JWT_USER_ID: USER_GUID, JWT_PRIVATE_KEY_FILE: '/keys/private.pem' },
      { readFile: () => pem },
    );
    expect(fromFile.jwt?.privateKey.asymmetricKeyType).toBe('rsa');
  });

  it('explains JWT mistakes: both key sources, unreadable file, not an RSA key, no user id', () => {
    expect(problemsOf({ JWT_USER_ID: USER_GUID, JWT_PRIVATE_KEY: rsaPem(), JWT_PRIVATE_KEY_FILE: '/k.pem' })).toEqual([
      expect.stringContaining('keep only one'),
    ]);
    const unreadable = problemsOf({ JWT_USER_ID: USER_GUID, JWT_PRIVATE_KEY_FILE: '/nope.pem' }, () => {
      throw new Error('ENOENT');
    });
    expect(unreadable).toEqual([expect.stringMatching(/^JWT_PRIVATE_KEY_FILE="\/nope.pem" cannot be read \(ENOENT\)/)]);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ type: 'pkcs8', format: 'pem' });
    expect(problemsOf({ JWT_USER_ID: USER_GUID, JWT_PRIVATE_KEY: ec.toString() })).toEqual([
      expect.stringContaining('is not an RSA private key'),
    ]);
    expect(problemsOf({ JWT_PRIVATE_KEY: rsaPem() })).toEqual([expect.stringContaining('JWT_USER_ID is required')]);
  });

  it('takes the dev flag and a relative STATIC_DIR from the project root', () => {
    const config = loadConfig({ STATIC_DIR: 'build/web' }, { dev: true });
    expect(config.dev).toBe(true);
    expect(config.staticDir).toMatch(/\/build\/web$/);
  });
});
