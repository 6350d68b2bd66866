/**
 * The Rooms API under /restapi: latency, rate limits, injected faults and authentication run before any
 * handler, in that order, so a refused or failed call still carries the trace and rate-limit headers. Lost
 * replies are the one fault that acts after the handler: the change is made, then the answer goes astray.
 */
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { authenticate } from './caller';
import type { SimulatorContext } from './context';
import { RoomsError, roomsErrorHandler, sendRoomsError } from './errors';
import { traceTokenOf } from './trace';
import { accountsRoutes } from './handlers/accounts';
import { esignProfilesRoutes } from './handlers/esign-profiles';
import { invitesRoutes } from './handlers/invites';
import { officesRoutes } from './handlers/offices';
import { regionsRoutes } from './handlers/regions';
import { rolesRoutes } from './handlers/roles';
import { roomsRoutes } from './handlers/rooms';
import { userWritesRoutes } from './handlers/user-writes';
import { usersRoutes } from './handlers/users';

/** The media types the spec accepts for request bodies. */
const JSON_TYPES = ['application/json', 'text/json', 'application/*+json'];

export function roomsApi(sim: SimulatorContext): Router {
  const api = Router();
  const account = Router({ mergeParams: true });

  account.use(delay(sim), rateLimit(sim), injectFaults(sim), authenticate(sim), express.json({ type: JSON_TYPES }), loseReplies(sim));
  account.use(accountsRoutes());
  account.use(usersRoutes());
  account.use(userWritesRoutes(sim));
  account.use(invitesRoutes(sim));
  account.use(roomsRoutes(sim));
  account.use(officesRoutes());
  account.use(regionsRoutes());
  account.use(rolesRoutes());
  account.use(esignProfilesRoutes());

  api.use('/v2/accounts/:accountId', account);
  api.use((req: Request, res: Response) => {
    sendRoomsError(res, new RoomsError(404, 'RESOURCE_NOT_FOUND', `No resource at ${req.method} ${req.originalUrl}.`));
  });
  api.use(roomsErrorHandler);
  return api;
}

function delay(sim: SimulatorContext) {
  return (_req: Request, _res: Response, next: NextFunction): void => {
    const ms = sim.faults.latencyMs;
    if (ms > 0) setTimeout(next, ms);
    else next();
  };
}

/** Budgets are per account, as DocuSign counts them. */
function rateLimit(sim: SimulatorContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const decision = sim.limiter.take(String(req.params.accountId).toLowerCase());
    res.set(decision.headers);
    if (decision.refusal) {
      res.set('Retry-After', String(decision.refusal.retryAfterSeconds));
      sendRoomsError(res, new RoomsError(429, decision.refusal.errorCode, decision.refusal.message));
      return;
    }
    next();
  };
}

function injectFaults(sim: SimulatorContext) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    if (sim.faults.shouldFail()) {
      sendRoomsError(res, new RoomsError(500, 'INTERNAL_SERVER_ERROR', 'The server failed to process the request (injected fault).'));
      return;
    }
    next();
  };
}

/**
 * The lost-replies scenario: lets the handler make its change, then swaps a success for a 500 or holds the
 * connection without answering until `holdMs` has passed and drops it. A refusal (4xx) is delivered as usual.
 */
function loseReplies(sim: SimulatorContext) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const loss = sim.faults.replyToLose(req.method);
    if (!loss) {
      next();
      return;
    }
    const end = res.end;
    res.end = ((...args: unknown[]): Response => {
      if (res.statusCode < 200 || res.statusCode >= 300) return Reflect.apply(end, res, args) as Response;
      if (loss.mode === 'timeout') {
        setTimeout(() => res.socket?.destroy(), loss.holdMs).unref();
        return res;
      }
      const body = JSON.stringify({
        errorCode: 'INTERNAL_SERVER_ERROR',
        message: 'The server failed to send its reply (injected fault); the request may have taken effect.',
        referenceId: traceTokenOf(res),
      });
      res.status(500).set({ 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) });
      return Reflect.apply(end, res, [body]) as Response;
    }) as Response['end'];
    next();
  };
}
