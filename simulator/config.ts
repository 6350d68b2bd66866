/**
 * The simulator's environment and flags, checked with zod. Every bad variable is reported at once, each with
 * how to fix it, so a wrong setup fails on start instead of misbehaving later.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { StartOptions } from './server';
import { HARBOR_MIN_USERS } from './seed';

type Env = Record<string, string | undefined>;

const whole = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** Each variable: its schema, its default, and the advice printed when it is wrong. */
const VARIABLES = {
  SIMULATOR_PORT: { schema: whole(0, 65_535), fallback: 4010, fix: 'a port number from 0 to 65535, e.g. SIMULATOR_PORT=4010' },
  SIMULATOR_CONTROL: { schema: z.enum(['0', '1']), fallback: '0', fix: "'1' to enable /__control (tests only) or '0'" },
  SIMULATOR_REDIRECT_URIS: {
    schema: z.string().transform((value, ctx) => {
      const uris = value.split(',').map((uri) => uri.trim()).filter(Boolean);
      for (const uri of uris) {
        if (!URL.canParse(uri) || !/^https?:$/.test(new URL(uri).protocol)) ctx.addIssue({ code: 'custom', message: `'${uri}' is not an http(s) URL` });
      }
      if (uris.length === 0) ctx.addIssue({ code: 'custom', message: 'no URI given' });
      return uris;
    }),
    fallback: 'http://localhost:4000/auth/callback',
    fix: 'comma-separated absolute http(s) URLs, e.g. SIMULATOR_REDIRECT_URIS=http://localhost:4000/auth/callback',
  },
  SIMULATOR_TOKEN_LIFETIME: { schema: whole(1, 86_400), fallback: 3600, fix: 'seconds from 1 to 86400, e.g. SIMULATOR_TOKEN_LIFETIME=3600' },
  SIMULATOR_USERS: { schema: whole(HARBOR_MIN_USERS, 100_000), fallback: 1200, fix: `a number of users from ${HARBOR_MIN_USERS} to 100000, e.g. SIMULATOR_USERS=20000` },
  SIMULATOR_SEED: { schema: whole(0, 2 ** 31 - 1), fallback: undefined, fix: 'a whole number, e.g. SIMULATOR_SEED=42' },
  SIMULATOR_LATENCY_MS: { schema: whole(0, 60_000), fallback: 0, fix: 'milliseconds from 0 to 60000, e.g. SIMULATOR_LATENCY_MS=150' },
  SIMULATOR_HOURLY_LIMIT: { schema: whole(1, 1_000_000), fallback: 3000, fix: 'calls per hour per account, e.g. SIMULATOR_HOURLY_LIMIT=3000' },
  SIMULATOR_BURST_LIMIT: { schema: whole(1, 1_000_000), fallback: 200, fix: 'calls per 30 seconds per account, e.g. SIMULATOR_BURST_LIMIT=200' },
} as const;

type Name = keyof typeof VARIABLES;
type Value<N extends Name> = z.output<(typeof VARIABLES)[N]['schema']>;

export type ConfigResult = { ok: true; options: StartOptions } | { ok: false; problems: string[] };

/** Reads the environment, then `--users N` and `--seed S` (which win over the environment). */
export function loadConfig(env: Env, argv: readonly string[] = []): ConfigResult {
  const problems: string[] = [];
  const flags = readFlags(argv, problems);
  const read = <N extends Name>(name: N, override?: string): Value<N> | undefined => {
    const spec = VARIABLES[name];
    const raw = override ?? env[name];
    const source = override === undefined ? name : `--${name === 'SIMULATOR_USERS' ? 'users' : 'seed'}`;
    if (raw === undefined || raw.trim() === '') {
      return spec.fallback === undefined ? undefined : (spec.schema.parse(spec.fallback) as Value<N>);
    }
    const result = spec.schema.safeParse(raw.trim());
    if (result.success) return result.data as Value<N>;
    const why = result.error.issues.map((issue) => issue.message).join('; ');
    problems.push(`${source}=${JSON.stringify(raw)} is invalid (${why}). Fix: ${spec.fix}.`);
    return undefined;
  };

  const port = read('SIMULATOR_PORT');
  const control = read('SIMULATOR_CONTROL');
  const redirectUris = read('SIMULATOR_REDIRECT_URIS');
  const tokenLifetimeSeconds = read('SIMULATOR_TOKEN_LIFETIME');
  const users = read('SIMULATOR_USERS', flags.users);
  const seed = read('SIMULATOR_SEED', flags.seed);
  const latencyMs = read('SIMULATOR_LATENCY_MS');
  const hourly = read('SIMULATOR_HOURLY_LIMIT');
  const burst = read('SIMULATOR_BURST_LIMIT');
  const jwtPublicKey = readPublicKey(env, problems);

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    options: {
      port,
      control: control === '1',
      redirectUris,
      tokenLifetimeSeconds,
      users,
      seed,
      latencyMs,
      limits: { hourly, burst },
      jwtPublicKey,
    },
  };
}

/** SIMULATOR_JWT_PUBLIC_KEY (PEM, `\n` escapes allowed) or SIMULATOR_JWT_PUBLIC_KEY_FILE; both unset leaves JWT off. */
function readPublicKey(env: Env, problems: string[]): KeyObject | undefined {
  const inline = env.SIMULATOR_JWT_PUBLIC_KEY?.trim();
  const file = env.SIMULATOR_JWT_PUBLIC_KEY_FILE?.trim();
  if (inline && file) {
    problems.push('SIMULATOR_JWT_PUBLIC_KEY and SIMULATOR_JWT_PUBLIC_KEY_FILE are both set. Fix: keep only one of them.');
    return undefined;
  }
  let pem: string;
  let source: string;
  if (inline) {
    pem = inline.replace(/\\n/g, '\n');
    source = 'SIMULATOR_JWT_PUBLIC_KEY';
  } else if (file) {
    source = `SIMULATOR_JWT_PUBLIC_KEY_FILE=${file}`;
    try {
      pem = readFileSync(file, 'utf8');
    } catch (error) {
      problems.push(`${source} cannot be read (${(error as Error).message}). Fix: point it at a readable PEM file.`);
      return undefined;
    }
  } else {
    return undefined;
  }
  try {
    const key = createPublicKey(pem);
    if (key.asymmetricKeyType === 'rsa') return key;
    problems.push(`${source} holds a ${key.asymmetricKeyType ?? 'non-RSA'} key. Fix: use the RSA public key of the integration (RS256).`);
  } catch {
    problems.push(`${source} is not a PEM public key. Fix: paste the '-----BEGIN PUBLIC KEY-----' block of the integration's RSA key pair.`);
  }
  return undefined;
}

function readFlags(argv: readonly string[], problems: string[]): { users?: string; seed?: string } {
  const flags: { users?: string; seed?: string } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const match = /^--(users|seed)(?:=(.*))?$/.exec(arg);
    if (!match) {
      problems.push(`Unknown argument '${arg}'. Fix: the simulator takes --users N and --seed S.`);
      continue;
    }
    const name = match[1] as 'users' | 'seed';
    const value = match[2] ?? argv[(i += 1)];
    if (value === undefined) problems.push(`--${name} needs a value. Fix: e.g. --${name} ${name === 'users' ? 20000 : 42}.`);
    else flags[name] = value;
  }
  return flags;
}
