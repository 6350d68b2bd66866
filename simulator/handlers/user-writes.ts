/**
 * Users_UpdateUser, Users_RemoveUser, Users_ReinviteUser, office and region membership, lock and unlock
 * (REFERENCE.md 2.4-2.9). Each call checks, in order: the body (400), the ids (404), the caller's right to act
 * on the target and on any office or region it brings in (401), then the service's rules (400).
 */
import { Router } from 'express';
import { z } from 'zod';
import { int32, parseBody, text } from '../bodies';
import { callerOf } from '../caller';
import type { SimulatorContext } from '../context';
import {
  authorizeOn,
  fullName,
  officeOf,
  regionOf,
  requireOfficeInScope,
  requireRegionInScope,
  ruleBroken,
  targetOf,
} from '../member-rules';
import { userDetail } from '../serialize';
import type { AccessLevel } from '../types';

const UserForUpdate = z.object({ defaultOfficeId: int32() });
const DesignatedOffice = z.object({ officeId: int32() });
const DesignatedRegion = z.object({ regionId: int32() });
const LockedOutDetails = z.object({ reason: text() });

/** Office and Contributor members belong to offices; Region members to regions; Company members to neither. */
export const belongsToOffices = (level: AccessLevel): boolean => level === 'Office' || level === 'Contributor';

export function userWritesRoutes(sim: SimulatorContext): Router {
  const router = Router({ mergeParams: true });
  const now = (): string => new Date(sim.clock()).toISOString();

  /**
   * PUT /v2/accounts/{accountId}/users/{userId}: changes only the default office. An Office or Contributor
   * member joins that office, and a Region member its region, so nobody's default lies outside their own places.
   */
  router.put('/users/:userId', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, UserForUpdate);
    const target = targetOf(caller, req);
    const office = officeOf(caller, body.defaultOfficeId);
    authorizeOn(caller, 'manage', target);
    requireOfficeInScope(caller, office);
    const joinsOffice = belongsToOffices(target.accessLevel) && !target.offices.includes(office.officeId);
    const joinsRegion = target.accessLevel === 'Region' && !target.regions.includes(office.regionId);
    const updated = caller.company.updateUser(target.userId, {
      defaultOfficeId: office.officeId,
      ...(joinsOffice ? { offices: [...target.offices, office.officeId] } : {}),
      ...(joinsRegion ? { regions: [...target.regions, office.regionId] } : {}),
    });
    res.json(userDetail(caller.company, updated));
  });

  /** DELETE /v2/accounts/{accountId}/users/{userId} */
  router.delete('/users/:userId', (req, res) => {
    const caller = callerOf(req);
    const target = targetOf(caller, req);
    if (target.userId === caller.member.userId) throw ruleBroken('CANNOT_REMOVE_SELF', 'You cannot remove yourself from the company.');
    authorizeOn(caller, 'remove', target);
    const owned = caller.company.roomsOwnedBy(target.userId).length;
    if (owned > 0) {
      throw ruleBroken('USER_OWNS_ROOMS', `${fullName(target)} owns ${owned} room${owned === 1 ? '' : 's'}; transfer them first.`);
    }
    caller.company.removeUser(target.userId);
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/reinvite: sends the invitation again and restarts its 30 days. */
  router.post('/users/:userId/reinvite', (req, res) => {
    const caller = callerOf(req);
    const target = targetOf(caller, req);
    authorizeOn(caller, 'manage', target);
    if (target.status !== 'Pending') {
      throw ruleBroken('USER_NOT_PENDING', `${fullName(target)} has already accepted the invitation; only pending users can be invited again.`);
    }
    caller.company.updateUser(target.userId, { invitedDate: now() });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/add_to_office */
  router.post('/users/:userId/add_to_office', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, DesignatedOffice);
    const target = targetOf(caller, req);
    const office = officeOf(caller, body.officeId);
    authorizeOn(caller, 'manage', target);
    requireOfficeInScope(caller, office);
    if (!belongsToOffices(target.accessLevel)) {
      throw ruleBroken(
        'INVALID_USER_ACCESS_LEVEL',
        `Only Contributor and Office members can be added to offices; ${fullName(target)} has the access level ${target.accessLevel}.`,
      );
    }
    if (target.offices.includes(office.officeId)) {
      throw ruleBroken('USER_ALREADY_IN_OFFICE', `${fullName(target)} is already in the office '${office.name}'.`);
    }
    caller.company.updateUser(target.userId, { offices: [...target.offices, office.officeId] });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/remove_from_office */
  router.post('/users/:userId/remove_from_office', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, DesignatedOffice);
    const target = targetOf(caller, req);
    const office = officeOf(caller, body.officeId);
    authorizeOn(caller, 'manage', target);
    if (!target.offices.includes(office.officeId)) {
      throw ruleBroken('USER_NOT_IN_OFFICE', `${fullName(target)} is not in the office '${office.name}'.`);
    }
    if (office.officeId === target.defaultOfficeId) {
      throw ruleBroken(
        'CANNOT_REMOVE_DEFAULT_OFFICE',
        `'${office.name}' is the default office of ${fullName(target)}; change the default office first.`,
      );
    }
    caller.company.updateUser(target.userId, { offices: target.offices.filter((id) => id !== office.officeId) });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/add_to_region */
  router.post('/users/:userId/add_to_region', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, DesignatedRegion);
    const target = targetOf(caller, req);
    const region = regionOf(caller, body.regionId);
    authorizeOn(caller, 'manage', target);
    requireRegionInScope(caller, region);
    if (target.accessLevel !== 'Region') {
      throw ruleBroken(
        'INVALID_USER_ACCESS_LEVEL',
        `Only Region members can be added to regions; ${fullName(target)} has the access level ${target.accessLevel}.`,
      );
    }
    if (target.regions.includes(region.regionId)) {
      throw ruleBroken('USER_ALREADY_IN_REGION', `${fullName(target)} is already in the region '${region.name}'.`);
    }
    caller.company.updateUser(target.userId, { regions: [...target.regions, region.regionId] });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/remove_from_region */
  router.post('/users/:userId/remove_from_region', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, DesignatedRegion);
    const target = targetOf(caller, req);
    const region = regionOf(caller, body.regionId);
    authorizeOn(caller, 'manage', target);
    if (!target.regions.includes(region.regionId)) {
      throw ruleBroken('USER_NOT_IN_REGION', `${fullName(target)} is not in the region '${region.name}'.`);
    }
    if (caller.company.offices.get(target.defaultOfficeId)?.regionId === region.regionId) {
      throw ruleBroken(
        'CANNOT_REMOVE_DEFAULT_REGION',
        `The default office of ${fullName(target)} is in '${region.name}'; change the default office first.`,
      );
    }
    caller.company.updateUser(target.userId, { regions: target.regions.filter((id) => id !== region.regionId) });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/lock: locking someone already locked changes nothing and succeeds. */
  router.post('/users/:userId/lock', (req, res) => {
    const caller = callerOf(req);
    const body = parseBody(req, LockedOutDetails);
    const target = targetOf(caller, req);
    if (target.userId === caller.member.userId) throw ruleBroken('CANNOT_LOCK_SELF', 'You cannot lock yourself out.');
    authorizeOn(caller, 'manage', target);
    if (!target.isLockedOut) caller.company.updateUser(target.userId, { isLockedOut: true, lockedReason: body.reason });
    res.status(204).end();
  });

  /** POST /v2/accounts/{accountId}/users/{userId}/unlock: unlocking someone who is not locked succeeds too. */
  router.post('/users/:userId/unlock', (req, res) => {
    const caller = callerOf(req);
    const target = targetOf(caller, req);
    authorizeOn(caller, 'manage', target);
    if (target.isLockedOut) caller.company.updateUser(target.userId, { isLockedOut: false, lockedReason: undefined });
    res.status(204).end();
  });

  return router;
}
