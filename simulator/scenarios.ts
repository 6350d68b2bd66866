/**
 * Named fault scenarios for tests and demos. Happy path by default; a scenario changes how the Rooms API
 * behaves until another one (or `none`, or a reset) replaces it.
 */
import { z } from 'zod';
import type { Limits, RateLimiter } from './rate-limit';

export const ScenarioRequest = z.discriminatedUnion('name', [
  z.object({ name: z.literal('none') }),
  /** A share of Rooms API calls fail with 500 before doing anything: nothing changes. */
  z.object({ name: z.literal('server-errors'), rate: z.number().min(0).max(1).default(0.2) }),
  /**
   * A share of writes (POST, PUT, DELETE) take effect and then lose their reply: a 500 instead of the success
   * (`mode: 'error'`), or no answer at all until the connection is dropped after `holdMs` (`mode: 'timeout'`),
   * so a client's timeout fires first. Writes the service refuses keep their reply.
   */
  z.object({
    name: z.literal('lost-replies'),
    rate: z.number().min(0).max(1).default(0.2),
    mode: z.enum(['error', 'timeout']).default('error'),
    holdMs: z.number().int().min(0).max(600_000).default(30_000),
  }),
  /** Small budgets, so pacing and 429 handling can be seen without thousands of calls. */
  z.object({
    name: z.literal('rate-limit'),
    burstLimit: z.number().int().min(1).default(10),
    hourlyLimit: z.number().int().min(1).optional(),
  }),
  /** Every Rooms API call waits this long before answering. */
  z.object({ name: z.literal('slow'), ms: z.number().int().min(0).max(60_000).default(1500) }),
]);
export type Scenario = z.infer<typeof ScenarioRequest>;

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class Faults {
  scenario: Scenario = { name: 'none' };
  latencyMs: number;
  private random: () => number;

  constructor(
    private readonly limiter: RateLimiter,
    private readonly defaults: { latencyMs: number; limits: Limits },
  ) {
    this.latencyMs = defaults.latencyMs;
    this.random = mulberry32(1);
  }

  /** Back to the configured behaviour, with the failure sequence restarted so runs repeat exactly. */
  reset(): void {
    this.apply({ name: 'none' });
  }

  apply(scenario: Scenario): void {
    this.scenario = scenario;
    this.random = mulberry32(1);
    this.latencyMs = scenario.name === 'slow' ? scenario.ms : this.defaults.latencyMs;
    this.limiter.limits =
      scenario.name === 'rate-limit'
        ? { hourly: scenario.hourlyLimit ?? this.defaults.limits.hourly, burst: scenario.burstLimit }
        : { ...this.defaults.limits };
  }

  /** Whether this call should fail with a server error under the current scenario. */
  shouldFail(): boolean {
    return this.scenario.name === 'server-errors' && this.random() < this.scenario.rate;
  }

  /**
   * Whether this write should lose its reply once it has taken effect, and how. Each write that gets past
   * authentication and body parsing draws once from the fixed sequence, whatever its outcome, so the same run
   * of calls loses the same replies every time.
   */
  replyToLose(method: string): { mode: 'error' | 'timeout'; holdMs: number } | undefined {
    if (this.scenario.name !== 'lost-replies' || !WRITES.has(method)) return undefined;
    const { rate, mode, holdMs } = this.scenario;
    return this.random() < rate ? { mode, holdMs } : undefined;
  }
}

/** A tiny seeded generator: the same scenario fails the same calls every run. */
function mulberry32(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
