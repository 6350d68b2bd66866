/**
 * The proxy's configuration, read once from the environment at start-up. Every default points at the local
 * simulator, so `npm start` needs nothing set; pointing at real DocuSign is a matter of a few variables.
 * Bad values are all reported together, each with how to fix it, so a misconfigured deployment fails once
 * with the whole list instead of one variable per restart.
 */
import { createPrivateKey, randomBytes, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export interface JwtConfig {
  /** The DocuSign user (GUID) the proxy impersonates; every browser session is this administrator. */
  userId: string;
  privateKey: KeyObject;
  scopes: string[];
}

export interface ProxyConfig {
  port: number;
  /** Where Rooms API calls go, without a trailing slash (`.../restapi`). */
  roomsApiBase: string;
  /** DocuSign's account server, without a trailing slash. */
  oauthBase: string;
  oauth: { clientId: string; clientSecret: string; redirectUri: string; scopes: string[] };
  /** The origin browsers use for the app, taken from the redirect URI. */
  appOrigin: string;
  /** Session cookies are `Secure` when the app is served over https. */
  secureCookies: boolean;
  sessionSecret: string;
  sessionMaxAgeMs: number;
  /** Set for the headless single-admin mode (JWT bearer grant); no login page then. */
  jwt?: JwtConfig;
  /** Absolute path of the built SPA. */
  staticDir: string;
  /** Serve the SPA through Vite's middleware (hot reload) instead of from `staticDir`. */
  dev: boolean;
  /** Express's `trust proxy`: needed behind a TLS-terminating load balancer so Secure cookies are set. */
  trustProxy: boolean | number;
  upstreamTimeoutMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The auth proxy's configuration has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((problem) => `  - ${problem}`).join('\n'),
    );
    this.name = 'ConfigError';
  }
}

export const DEFAULT_SCOPES = 'signature dtr.rooms.read dtr.rooms.write dtr.company.read dtr.company.write';
const REQUIRED_SCOPES = ['dtr.rooms.read', 'dtr.rooms.write', 'dtr.company.read', 'dtr.company.write'];
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const portSchema = (fallback: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a port number from 0 to 65535 (default ${fallback})` })
    .transform(Number)
    .refine((port) => port <= 65535, { error: `must be a port number from 0 to 65535 (default ${fallback})` });

const httpUrlSchema = (example: string) =>
  z
    .string()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === 'http:' || url.protocol === 'https:') && !url.search && !url.hash;
        } catch {
          return false;
        }
      },
      { error: `must be an http(s) URL without query or fragment, e.g. ${example}` },
    )
    .transform((value) => value.replace(/\/+$/, ''));

const nonEmpty = z.string().min(1, { error: 'must not be empty' });

export interface LoadConfigOptions {
  dev?: boolean;
  /** Reads JWT_PRIVATE_KEY_FILE; replaceable so tests need no files. */
  readFile?: (path: string) => string;
}

/** Parses the environment into a config, or throws a ConfigError that lists every bad variable. */
export function loadConfig(env: Record<string, string | undefined>, options: LoadConfigOptions = {}): ProxyConfig {
  const problems: string[] = [];
  const secretNames = new Set(['OAUTH_CLIENT_SECRET', 'SESSION_SECRET', 'JWT_PRIVATE_KEY']);

  /** The parsed value, or undefined after recording what is wrong with it. */
  function read<T>(name: string, schema: z.ZodType<T>, fallback?: string): T | undefined {
    const raw = env[name]?.trim() || undefined;
    const value = raw ?? fallback;
    if (value === undefined) return undefined;
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    const shown = secretNames.has(name) || raw === undefined ? '' : `=${JSON.stringify(raw)}`;
    problems.push(`${name}${shown} ${result.error.issues.map((issue) => issue.message).join('; ')}`);
    return undefined;
  }

  const port = read('PORT', portSchema(4000), '4000');
  const simulatorPort = read('SIMULATOR_PORT', portSchema(4010), '4010') ?? 4010;
  const simulator = `http://localhost:${simulatorPort}`;
  const oauthBase = read('OAUTH_BASE', httpUrlSchema('https://account-d.docusign.com'), simulator);
  const oauthIsLocal = oauthBase !== undefined && LOCAL_HOSTS.has(new URL(oauthBase).hostname);
  const headless = Boolean(env.JWT_USER_ID?.trim());
  // The simulator's defaults only make sense against the simulator: against DocuSign each must be given.
  const local = <T extends string>(fallback: T) => (oauthIsLocal ? fallback : undefined);
  const requiredOffLocalhost = (name: string, what: string) => {
    if (oauthBase === undefined || oauthIsLocal || env[name]?.trim()) return;
    problems.push(`${name} is required when OAUTH_BASE is not on localhost: ${what}`);
  };
  const roomsApiBase = read(
    'ROOMS_API_BASE',
    httpUrlSchema('https://demo.rooms.docusign.com/restapi'),
    local(`${simulator}/restapi`),
  );
  requiredOffLocalhost(
    'ROOMS_API_BASE',
    'set it to https://demo.rooms.docusign.com/restapi (developer) or https://rooms.docusign.com/restapi (production)',
  );
  const clientId = read('OAUTH_CLIENT_ID', nonEmpty, local('rooms-admin-local'));
  requiredOffLocalhost('OAUTH_CLIENT_ID', "set it to the integration key (DocuSign Admin → Apps and Keys)");
  // The JWT grant signs with the private key; only the browser sign-in needs the secret.
  const clientSecret =
    read('OAUTH_CLIENT_SECRET', nonEmpty, local('rooms-admin-local-secret')) ?? (headless && !env.OAUTH_CLIENT_SECRET?.trim() ? '' : undefined);
  if (!headless) requiredOffLocalhost('OAUTH_CLIENT_SECRET', 'set it to a secret key of that integration key');
  const redirectUri = read(
    'OAUTH_REDIRECT_URI',
    httpUrlSchema('https://rooms-admin.example.com/auth/callback').refine(
      (value) => new URL(value).pathname === '/auth/callback',
      { error: 'must end in /auth/callback, the proxy route that receives the code (register the same URI at DocuSign)' },
    ),
    `http://localhost:${port ?? 4000}/auth/callback`,
  );
  const scopes = read(
    'OAUTH_SCOPES',
    z
      .string()
      .transform((value) => value.split(/\s+/).filter(Boolean))
      .refine((list) => list.length > 0, { error: `must list scopes separated by spaces, e.g. "${DEFAULT_SCOPES}"` })
      .refine((list) => REQUIRED_SCOPES.every((scope) => list.includes(scope)), {
        error: `must include ${REQUIRED_SCOPES.join(', ')}: the dashboard reads and changes users, offices and rooms`,
      }),
    DEFAULT_SCOPES,
  );
  const staticDir = read('STATIC_DIR', nonEmpty, 'dist');
  const trustProxy = read(
    'TRUST_PROXY',
    z.union([
      z.enum(['true', 'false']).transform((value) => value === 'true'),
      z
        .string()
        .regex(/^\d+$/)
        .transform(Number),
    ], { error: 'must be true, false or the number of proxies in front of this server (e.g. 1)' }),
    'false',
  );

  const rawSecret = env.SESSION_SECRET?.trim() || undefined;
  let sessionSecret = read(
    'SESSION_SECRET',
    z.string().min(32, { error: 'must be at least 32 characters; generate one with `openssl rand -base64 48`' }),
  );
  if (rawSecret === undefined) {
    if (oauthIsLocal) {
      // Against the simulator nothing outlives the process, so a per-process secret is enough.
      sessionSecret = randomBytes(32).toString('base64url');
    } else if (oauthBase !== undefined) {
      problems.push(
        'SESSION_SECRET is required when OAUTH_BASE is not on localhost: set it to a random string of at least ' +
          '32 characters (e.g. `openssl rand -base64 48`) so sessions survive restarts and cannot be forged',
      );
    }
  }

  const jwt = readJwt(env, scopes ?? [], problems, options.readFile ?? ((path) => readFileSync(path, 'utf8')));

  if (
    problems.length > 0 ||
    port === undefined ||
    roomsApiBase === undefined ||
    oauthBase === undefined ||
    clientId === undefined ||
    clientSecret === undefined ||
    redirectUri === undefined ||
    scopes === undefined ||
    sessionSecret === undefined ||
    staticDir === undefined ||
    trustProxy === undefined
  ) {
    throw new ConfigError(problems);
  }
  const appOrigin = new URL(redirectUri).origin;
  return {
    port,
    roomsApiBase,
    oauthBase,
    oauth: { clientId, clientSecret, redirectUri, scopes },
    appOrigin,
    secureCookies: appOrigin.startsWith('https:'),
    sessionSecret,
    sessionMaxAgeMs: 8 * 60 * 60 * 1000,
    ...(jwt ? { jwt } : {}),
    staticDir: isAbsolute(staticDir) ? staticDir : resolve(ROOT, staticDir),
    dev: options.dev ?? false,
    trustProxy,
    upstreamTimeoutMs: 30_000,
  };
}

/** The headless single-admin mode needs a user id and exactly one way to the RSA private key. */
function readJwt(
  env: Record<string, string | undefined>,
  scopes: string[],
  problems: string[],
  readFile: (path: string) => string,
): JwtConfig | undefined {
  const userId = env.JWT_USER_ID?.trim() || undefined;
  const inlineKey = env.JWT_PRIVATE_KEY?.trim() || undefined;
  const keyFile = env.JWT_PRIVATE_KEY_FILE?.trim() || undefined;
  if (!userId && !inlineKey && !keyFile) return undefined;

  if (inlineKey && keyFile) {
    problems.push('JWT_PRIVATE_KEY and JWT_PRIVATE_KEY_FILE are both set: keep only one of them');
  }
  if (!userId) {
    problems.push(
      'JWT_USER_ID is required with JWT_PRIVATE_KEY(_FILE): set it to the DocuSign user ID (GUID) to impersonate',
    );
  } else if (!GUID.test(userId)) {
    problems.push(
      `JWT_USER_ID=${JSON.stringify(userId)} is not a GUID: use the user's API Username from DocuSign Admin → ` +
        'Apps and Keys, e.g. 6f1c2a9e-0b1d-4e8a-9c6f-2d4b8e1a3f50',
    );
  }
  if (!inlineKey && !keyFile) {
    problems.push(
      'JWT_PRIVATE_KEY or JWT_PRIVATE_KEY_FILE is required with JWT_USER_ID: give the RSA private key (PEM) of ' +
        'the integration key, or unset JWT_USER_ID to sign in through the browser',
    );
  }

  let pem = inlineKey?.replace(/\\n/g, '\n');
  const keyName = inlineKey ? 'JWT_PRIVATE_KEY' : 'JWT_PRIVATE_KEY_FILE';
  if (!inlineKey && keyFile) {
    try {
      pem = readFile(keyFile);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(`JWT_PRIVATE_KEY_FILE=${JSON.stringify(keyFile)} cannot be read (${reason}): give a readable PEM file`);
    }
  }
  let privateKey: KeyObject | undefined;
  if (pem !== undefined && !(inlineKey && keyFile)) {
    try {
      privateKey = createPrivateKey(pem);
      if (privateKey.asymmetricKeyType !== 'rsa') throw new Error(`a ${privateKey.asymmetricKeyType} key`);
    } catch (error) {
      privateKey = undefined;
      const reason = error instanceof Error ? error.message : String(error);
      problems.push(
        `${keyName} is not an RSA private key in PEM form (${reason}): use the key pair's private key as ` +
          'downloaded from DocuSign (-----BEGIN RSA PRIVATE KEY----- or -----BEGIN PRIVATE KEY-----)',
      );
    }
  }
  if (!userId || !privateKey) return undefined;
  // The JWT grant needs `impersonation` besides the API scopes (REFERENCE.md §7).
  const jwtScopes = scopes.includes('impersonation')
    ? scopes
    : scopes.toSpliced(scopes.indexOf('signature') + 1, 0, 'impersonation');
  return { userId, privateKey, scopes: jwtScopes };
}
