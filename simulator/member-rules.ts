/**
 * The checks every write on a member shares, as refusals in the API's shapes: the target must exist (404), the
 * caller's role must allow the action at the target's level (401 naming the permission), and the target and any
 * office or region the call brings in must lie in the offices and regions the caller oversees (401).
 */
import type { Request } from 'express';
import type { Caller } from './caller';
import { lacksPermission, notFound, RoomsError } from './errors';
import { inScope, mayActOnLevel, officeInScope, regionInScope, type MemberAction } from './permissions';
import { found, pathId } from './query';
import type { Member, Office, Region } from './types';

export const fullName = (member: Pick<Member, 'firstName' | 'lastName'>): string => `${member.firstName} ${member.lastName}`;

/** The `{userId}` of the path as a member of the caller's company. */
export function targetOf(caller: Caller, req: Request): Member {
  const userId = pathId(req, 'userId');
  const member = caller.company.user(userId);
  if (!member) throw notFound('user', userId);
  return member;
}

/** 401 unless the caller may take `action` on `target`: level and permission first, then scope. */
export function authorizeOn(caller: Caller, action: MemberAction, target: Member): void {
  const verdict = mayActOnLevel(caller.company, caller.member, action, target.accessLevel);
  if (!verdict.allowed) throw lacksPermission(verdict.reason);
  if (!inScope(caller.scope(), target)) {
    // No name: the caller cannot read this user, so the refusal must not tell who it is.
    throw lacksPermission('That user is outside the offices and regions you oversee.');
  }
}

export const officeOf = (caller: Caller, officeId: number): Office => found(caller.company.offices.get(officeId), 'office', officeId);

export const regionOf = (caller: Caller, regionId: number): Region => found(caller.company.regions.get(regionId), 'region', regionId);

export function requireOfficeInScope(caller: Caller, office: Office): void {
  if (!officeInScope(caller.scope(), office.officeId)) {
    throw lacksPermission(`The office '${office.name}' is outside the offices and regions you oversee.`);
  }
}

export function requireRegionInScope(caller: Caller, region: Region): void {
  if (!regionInScope(caller.scope(), region.regionId)) {
    throw lacksPermission(`The region '${region.name}' is outside the regions you oversee.`);
  }
}

/** A 400 for a rule of the service, with its own errorCode. */
export const ruleBroken = (errorCode: string, message: string): RoomsError => new RoomsError(400, errorCode, message);
