/**
 * One simulator instance as an express app: OAuth at /oauth, the Rooms API at /restapi, the control API at
 * /__control when enabled. Several instances can live in one process (each test file starts its own).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import express, { type Express } from 'express';
import { CLIENT_ID, CLIENT_SECRET, type SimulatorContext, type SimulatorSettings } from './context';
import { controlRoutes, stateOf } from './control';
import { oauthRoutes } from './oauth';
import type { Limits } from './rate-limit';
import { RateLimiter } from './rate-limit';
import { roomsApi } from './rooms-api';
import { Faults } from './scenarios';
import type { SeedOptions } from './seed';
import { Store } from './store';
import { TokenStore, type Clock, type IssuedTokens } from './tokens';
import { traceToken } from './trace';

export type SimulatorOptions = SeedOptions & {
  /** Mount /__control (tests, e2e). Off unless asked for. */
  control?: boolean;
  /** Redirect URIs registered for the client; default `http://localhost:4000/auth/callback`. */
  redirectUris?: readonly string[];
  /** Access-token lifetime in seconds; default 3600. */
  tokenLifetimeSeconds?: number;
  /** RSA public key (PEM or KeyObject) that verifies JWT-grant assertions. */
  jwtPublicKey?: string | KeyObject;
  /** Delay before every Rooms API answer. */
  latencyMs?: number;
  /** Per-account budgets; default 3,000 an hour and 200 per 30 seconds, DocuSign's developer limits. */
  limits?: Partial<Limits>;
  /** Time source (epoch ms), for tests that move time. */
  clock?: Clock;
};

export type Simulator = {
  app: Express;
  store: Store;
  context: SimulatorContext;
  /**
   * Back to the seed (the options given at creation, or new ones), the default scenario, latency and limits,
   * and no tokens, so nothing leaks from one test into the next. `keepTokens` keeps signed-in sessions alive.
   */
  reset: (options?: ResetOptions) => void;
  /** An access token for an identity, as the control API's /token gives. */
  mintToken: (email: string, lifetimeSeconds?: number) => IssuedTokens;
  state: () => ReturnType<typeof stateOf>;
};

export type ResetOptions = SeedOptions & { keepTokens?: boolean };

export const DEFAULT_REDIRECT_URIS = ['http://localhost:4000/auth/callback'];
export const DEFAULT_LIMITS: Limits = { hourly: 3000, burst: 200 };

export function createSimulator(options: SimulatorOptions = {}): Simulator {
  const clock = options.clock ?? Date.now;
  const settings: SimulatorSettings = {
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUris: options.redirectUris ?? DEFAULT_REDIRECT_URIS,
    jwtPublicKey: typeof options.jwtPublicKey === 'string' ? createPublicKey(options.jwtPublicKey) : options.jwtPublicKey,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    latencyMs: options.latencyMs ?? 0,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    control: options.control ?? false,
  };
  const seedOptions: SeedOptions = { users: options.users, seed: options.seed };
  const store = new Store(seedOptions);
  const tokens = new TokenStore(clock, settings.tokenLifetimeSeconds);
  const limiter = new RateLimiter(clock, { ...settings.limits });
  const faults = new Faults(limiter, { latencyMs: settings.latencyMs, limits: settings.limits });
  const context: SimulatorContext = { store, tokens, limiter, faults, clock, settings };

  const reset = (next: ResetOptions = {}): void => {
    store.load({ users: next.users ?? seedOptions.users, seed: next.seed ?? seedOptions.seed });
    limiter.reset();
    faults.reset();
    if (!next.keepTokens) tokens.clear();
  };

  const mintToken = (email: string, lifetimeSeconds?: number): IssuedTokens => {
    const identity = store.identityByEmail(email);
    if (!identity) throw new Error(`no identity with the email ${email}`);
    const scope = 'signature dtr.rooms.read dtr.rooms.write dtr.company.read dtr.company.write';
    return tokens.issue({ sub: identity.sub, email: identity.email, scope }, { refresh: true, lifetimeSeconds });
  };

  const app = express();
  app.disable('x-powered-by');
  // Conditional GETs would turn list answers into 304s behind the proxy; the real API sends no ETags either.
  app.set('etag', false);
  app.use(traceToken);
  app.use(oauthRoutes(context));
  if (settings.control) app.use('/__control', controlRoutes(context, { reset }));
  app.use('/restapi', roomsApi(context));
  app.get('/', (_req, res) => {
    res.json({
      name: 'Rooms API v2 and DocuSign OAuth simulator',
      oauth: ['/oauth/auth', '/oauth/token', '/oauth/userinfo'],
      roomsApi: '/restapi/v2/accounts/{accountId}',
      control: settings.control ? '/__control' : 'disabled',
    });
  });
  app.use((req, res) => {
    res.status(404).json({ errorCode: 'RESOURCE_NOT_FOUND', message: `No resource at ${req.method} ${req.path}.`, referenceId: res.getHeader('X-DocuSign-TraceToken') });
  });

  return { app, store, context, reset, mintToken, state: () => stateOf(context) };
}
