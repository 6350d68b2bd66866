/**
 * Who is calling: the bearer token's identity, matched by email to a member of the account in the path. The
 * caller's scope and permissions are computed on first use and remembered for the rest of the request.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import type { Company } from './company';
import type { SimulatorContext } from './context';
import { invalidToken, lacksPermission } from './errors';
import type { Permissions } from './permission-keys';
import { permissionsOf, scopeOf, type Scope } from './permissions';
import type { Grant } from './tokens';
import type { Member } from './types';

export type Caller = {
  company: Company;
  member: Member;
  grant: Grant;
  scope: () => Scope;
  permissions: () => Permissions;
};

const callers = new WeakMap<Request, Caller>();

export function callerOf(req: Request): Caller {
  const caller = callers.get(req);
  if (!caller) throw new Error('callerOf used on a route without authenticate()');
  return caller;
}

/** Checks the bearer token and the caller's membership of `{accountId}`. */
export function authenticate(sim: SimulatorContext): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.get('Authorization') ?? '');
    if (!match?.[1]) throw invalidToken('An access token is required: send Authorization: Bearer {access_token}.');
    const grant = sim.tokens.access(match[1]);
    if (!grant) throw invalidToken('The access token is invalid or has expired.');

    const accountId = String(req.params.accountId);
    const company = sim.store.company(accountId);
    const member = company?.userByEmail(grant.email);
    // An unknown account and one the caller is not in answer alike, so account ids cannot be probed.
    if (!company || !member) throw lacksPermission(`The user is not a member of the account '${accountId}'.`);
    if (member.status !== 'Active') throw lacksPermission('The user has not accepted the invitation to this account.');
    if (member.isLockedOut) throw lacksPermission('The user is locked out of this account.');

    let scope: Scope | undefined;
    let permissions: Permissions | undefined;
    callers.set(req, {
      company,
      member,
      grant,
      scope: () => (scope ??= scopeOf(company, member)),
      permissions: () => (permissions ??= permissionsOf(company, member)),
    });
    next();
  };
}
