/**
 * The test-only control API under /__control, mounted only when enabled: reset to the seed, latency, fault
 * scenarios, token expiry and minting, and a state summary. It is how tests arrange the server's side without
 * reaching into its memory.
 */
import express, { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { SimulatorContext } from './context';
import type { ResetOptions } from './app';
import { HARBOR_MIN_USERS } from './seed';
import { ScenarioRequest } from './scenarios';
import { traceTokenOf } from './trace';

const ResetRequest = z.object({
  users: z.number().int().min(HARBOR_MIN_USERS).max(100_000).optional(),
  seed: z.number().int().optional(),
  keepTokens: z.boolean().optional(),
});
/** Company settings the API never exposes, for trying both sides of a rule (e.g. real estate or not). */
const CompanyRequest = z.object({ accountId: z.string().min(1), realEstate: z.boolean() });
const LatencyRequest = z.object({ ms: z.number().int().min(0).max(60_000) });
const ExpireRequest = z.object({ refresh: z.boolean().default(false) });
const TokenRequest = z.object({
  email: z.string().min(1),
  lifetimeSeconds: z.number().int().min(1).optional(),
  scope: z.string().default('signature dtr.rooms.read dtr.rooms.write dtr.company.read dtr.company.write'),
});

export type ControlActions = { reset: (options?: ResetOptions) => void };

export function controlRoutes(sim: SimulatorContext, actions: ControlActions): Router {
  const router = Router();
  // An empty or absent body means "no options", so `curl -X POST .../reset` works.
  router.use(express.json({ strict: false }));

  router.post('/reset', (req, res) => {
    const body = parse(ResetRequest, req, res);
    if (!body) return;
    actions.reset(body);
    res.json(stateOf(sim));
  });

  // Settings are idempotent, so PUT is accepted beside POST.
  router.route('/latency').post(setLatency).put(setLatency);
  router.route('/scenario').post(setScenario).put(setScenario);

  function setLatency(req: Request, res: Response): void {
    const body = parse(LatencyRequest, req, res);
    if (!body) return;
    sim.faults.latencyMs = body.ms;
    res.json(stateOf(sim));
  }

  function setScenario(req: Request, res: Response): void {
    const body = parse(ScenarioRequest, req, res);
    if (!body) return;
    sim.faults.apply(body);
    res.json(stateOf(sim));
  }

  router.put('/company', (req, res) => {
    const body = parse(CompanyRequest, req, res);
    if (!body) return;
    const company = sim.store.company(body.accountId);
    if (!company) {
      res.status(404).json({ errorCode: 'RESOURCE_NOT_FOUND', message: `No account '${body.accountId}'.`, referenceId: traceTokenOf(res) });
      return;
    }
    company.account.realEstate = body.realEstate;
    res.json(stateOf(sim));
  });

  router.post('/expire-tokens', (req, res) => {
    const body = parse(ExpireRequest, req, res);
    if (!body) return;
    sim.tokens.expireAll({ refresh: body.refresh });
    res.json(stateOf(sim));
  });

  router.post('/token', (req, res) => {
    const body = parse(TokenRequest, req, res);
    if (!body) return;
    const identity = sim.store.identityByEmail(body.email);
    if (!identity) {
      res.status(404).json({ errorCode: 'RESOURCE_NOT_FOUND', message: `No identity with the email '${body.email}'.`, referenceId: traceTokenOf(res) });
      return;
    }
    const grant = { sub: identity.sub, email: identity.email, scope: body.scope };
    const issued = sim.tokens.issue(grant, { refresh: true, lifetimeSeconds: body.lifetimeSeconds });
    res.json({
      access_token: issued.accessToken,
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      refresh_token: issued.refreshToken,
      scope: grant.scope,
    });
  });

  router.get('/state', (_req, res) => {
    res.json(stateOf(sim));
  });

  return router;
}

function parse<T>(schema: z.ZodType<T>, req: Request, res: Response): T | undefined {
  const result = schema.safeParse(req.body ?? {});
  if (result.success) return result.data;
  res.status(400).json({
    errorCode: 'INVALID_REQUEST_BODY',
    message: result.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
    referenceId: traceTokenOf(res),
  });
  return undefined;
}

export function stateOf(sim: SimulatorContext) {
  return {
    seed: sim.store.options.seed,
    users: sim.store.options.users,
    scenario: sim.faults.scenario,
    latencyMs: sim.faults.latencyMs,
    limits: sim.limiter.limits,
    tokens: sim.tokens.counts(),
    accounts: sim.store.companies.map((company) => ({
      accountId: company.accountId,
      name: company.account.name,
      companyVersion: company.version,
      users: company.userCount,
      offices: company.offices.size,
      regions: company.regions.size,
      roles: company.roles.size,
      rooms: company.rooms.size,
    })),
  };
}
