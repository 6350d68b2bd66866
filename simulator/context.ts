/** What every part of one simulator instance shares: its data, token store, limits, faults and settings. */
import type { KeyObject } from 'node:crypto';
import type { Limits, RateLimiter } from './rate-limit';
import type { Faults } from './scenarios';
import type { Store } from './store';
import type { Clock, TokenStore } from './tokens';

/** The OAuth client the simulator knows; the proxy's defaults match it. */
export const CLIENT_ID = 'rooms-admin-local';
export const CLIENT_SECRET = 'rooms-admin-local-secret';

export type SimulatorSettings = {
  clientId: string;
  clientSecret: string;
  redirectUris: readonly string[];
  /** RSA public key for the JWT grant; without one that grant is refused. */
  jwtPublicKey: KeyObject | undefined;
  tokenLifetimeSeconds: number;
  latencyMs: number;
  limits: Limits;
  control: boolean;
};

export type SimulatorContext = {
  store: Store;
  tokens: TokenStore;
  limiter: RateLimiter;
  faults: Faults;
  clock: Clock;
  settings: SimulatorSettings;
};
