/**
 * Rooms_GetRooms, Rooms_GetRoom, Rooms_GetRoomUsers, Rooms_InviteUser and Rooms_GetAssignableRoles (REFERENCE.md
 * 4.6). What a caller sees follows their access level (permissions.ts `roomVisible`); a room they cannot see
 * answers 404 like an unknown one.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { email, int32, optional, parseBody, text } from '../bodies';
import { callerOf, type Caller } from '../caller';
import type { Company } from '../company';
import type { SimulatorContext } from '../context';
import { invalidBody, invalidParameter, lacksPermission, notFound, wrongVersion } from '../errors';
import { ruleBroken } from '../member-rules';
import { pageOf } from '../paging';
import { isDefaultAdmin, roomVisible } from '../permissions';
import { found, pathId, Query } from '../query';
import { roleSummary, roomDetail, roomInviteResponse, roomSummary, roomUserSummary } from '../serialize';
import { TRANSACTION_SIDES, type Member, type Room, type RoomParticipant, type TransactionSide } from '../types';

const ROOM_STATUSES = ['active', 'pending', 'open', 'closed'] as const;
type RoomStatus = 'active' | 'pending' | 'closed';
/** The schema enum; the prose's camel-case spellings match it, since enum values are read in any case. */
const ROOM_USER_SORTS = ['FirstNameAsc', 'LastNameAsc', 'EmailAsc', 'FirstNameDesc', 'LastNameDesc', 'EmailDesc'] as const;

const RoomInvite = z.object({
  email: email(),
  firstName: text(),
  lastName: text(),
  roleId: int32(),
  transactionSideId: optional(z.string({ error: 'must be a string.' })),
});

export function roomsRoutes(sim: SimulatorContext): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/rooms: open rooms by default, in roomId order. */
  router.get('/rooms', (req, res) => {
    const caller = callerOf(req);
    const query = new Query(req);
    const paging = query.paging();
    const statuses = roomStatuses(query);
    const officeId = query.int('officeId');
    const changed = dateRange(query, 'fieldDataChangedStartDate', 'fieldDataChangedEndDate', sim.clock());
    const closed = dateRange(query, 'roomClosedStartDate', 'roomClosedEndDate', sim.clock());
    const rooms = [...caller.company.rooms.values()]
      .filter((room) => statuses.set.has(statusOf(room)))
      .filter((room) => officeId === undefined || room.officeId === officeId)
      .filter((room) => !changed || within(room.fieldDataLastUpdatedDate, changed))
      .filter((room) => !closed || within(room.closedDate, closed))
      .filter((room) => roomVisible(caller.scope(), caller.member, room))
      .sort((a, b) => a.roomId - b.roomId);
    const { items, envelope } = pageOf(rooms, {
      path: `/v2/accounts/${caller.company.accountId}/rooms`,
      ...paging,
      params: {
        roomStatus: statuses.param,
        officeId,
        fieldDataChangedStartDate: changed?.raw.start,
        fieldDataChangedEndDate: changed?.raw.end,
        roomClosedStartDate: closed?.raw.start,
        roomClosedEndDate: closed?.raw.end,
      },
    });
    res.json({ rooms: items.map(roomSummary), ...envelope });
  });

  /** GET /v2/accounts/{accountId}/rooms/{roomId} */
  router.get('/rooms/:roomId', (req, res) => {
    const caller = callerOf(req);
    const room = visibleRoom(caller, req);
    res.json(roomDetail(caller.company, room, new Query(req).bool('includeFieldData') === true));
  });

  /** GET /v2/accounts/{accountId}/rooms/{roomId}/users: last name descending unless asked otherwise. */
  router.get('/rooms/:roomId/users', (req, res) => {
    const caller = callerOf(req);
    const room = visibleRoom(caller, req);
    const query = new Query(req);
    const paging = query.paging();
    const filter = query.string('filter');
    const asked = query.oneOf('sort', ROOM_USER_SORTS);
    const sort = asked ?? 'LastNameDesc';
    const prefix = filter?.trim().toLowerCase();
    const people = room.participants
      .filter((person) => !prefix || [person.firstName, person.lastName, person.email].some((value) => value.toLowerCase().startsWith(prefix)))
      .sort(roomUserOrder(sort));
    const { items, envelope } = pageOf(people, {
      path: `/v2/accounts/${caller.company.accountId}/rooms/${room.roomId}/users`,
      ...paging,
      params: { filter, sort: asked },
    });
    res.json({ users: items.map((person) => roomUserSummary(caller.company, person)), ...envelope });
  });

  /**
   * POST /v2/accounts/{accountId}/rooms/{roomId}/users: a member joins with their own userId and name; anyone
   * else gets a userId of their own (the same one in every room of the company).
   */
  router.post('/rooms/:roomId/users', (req, res) => {
    const caller = callerOf(req);
    const { company } = caller;
    const body = parseBody(req, RoomInvite);
    const side = company.account.realEstate ? transactionSide(body.transactionSideId) : undefined;
    const room = visibleRoom(caller, req);
    requireRoomInvites(caller);
    if (room.closedDate !== undefined) throw ruleBroken('ROOM_CLOSED', `The room '${room.name}' is closed; people cannot be invited into it.`);
    const role = found(company.roles.get(body.roleId), 'role', body.roleId);
    const member = company.userByEmail(body.email);
    const ownRole = member === undefined ? undefined : companyRoleOf(company, member);
    if (!role.isExternal && role.roleId !== ownRole) {
      const allowed = member === undefined ? 'an external role' : `an external role or their own company role (${ownRole ?? 'none'})`;
      throw invalidBody(`The request body is invalid: 'roleId' ${role.roleId} (${role.name}) cannot be given in a room; ${body.email} can get ${allowed}.`);
    }
    const wanted = body.email.toLowerCase();
    if (room.participants.some((person) => person.email.toLowerCase() === wanted)) {
      throw ruleBroken('USER_ALREADY_IN_ROOM', `${body.email} is already in the room '${room.name}'.`);
    }
    const elsewhere = [...company.rooms.values()].flatMap((other) => other.participants).find((person) => person.email.toLowerCase() === wanted);
    const person: RoomParticipant = {
      userId: member?.userId ?? elsewhere?.userId ?? company.allocateUserId(),
      email: member?.email ?? body.email,
      firstName: member?.firstName ?? body.firstName,
      lastName: member?.lastName ?? body.lastName,
      roleId: role.roleId,
      ...(side === undefined ? {} : { transactionSideId: side }),
      invitedByUserId: caller.member.userId,
    };
    room.participants.push(person);
    res.status(201).json(roomInviteResponse(room.roomId, person));
  });

  /** GET /v2/accounts/{accountId}/rooms/{roomId}/assignable_roles (v6): the external roles, by name. */
  router.get('/rooms/:roomId/assignable_roles', (req, res) => {
    const caller = callerOf(req);
    const { company } = caller;
    if (company.version !== 'v6') throw wrongVersion('assignable_roles', company.account);
    const room = visibleRoom(caller, req);
    requireRoomInvites(caller);
    const query = new Query(req);
    const paging = query.paging();
    const assigneeEmail = query.string('assigneeEmail');
    const filter = query.string('filter');
    const prefix = filter?.trim().toLowerCase();
    const roles = [...company.roles.values()]
      .filter((role) => role.isExternal && (!prefix || role.name.toLowerCase().startsWith(prefix)))
      .sort((a, b) => a.name.localeCompare(b.name) || a.roleId - b.roleId);
    const assignee = assigneeEmail === undefined ? undefined : company.userByEmail(assigneeEmail.trim());
    const currentRoleId = assignee === undefined ? undefined : companyRoleOf(company, assignee);
    const { items, envelope } = pageOf(roles, {
      path: `/v2/accounts/${company.accountId}/rooms/${room.roomId}/assignable_roles`,
      ...paging,
      params: { assigneeEmail, filter },
    });
    res.json({ ...(currentRoleId === undefined ? {} : { currentRoleId }), roles: items.map(roleSummary), ...envelope });
  });

  return router;
}

function visibleRoom(caller: Caller, req: Request): Room {
  const roomId = pathId(req, 'roomId');
  const room = caller.company.rooms.get(roomId);
  if (!room || !roomVisible(caller.scope(), caller.member, room)) throw notFound('room', roomId);
  return room;
}

function requireRoomInvites(caller: Caller): void {
  if (!isDefaultAdmin(caller.company, caller.member) && !caller.permissions().canAddUsersToRooms) {
    throw lacksPermission('This requires the permission canAddUsersToRooms.');
  }
}

/** A member's company role: their roleId on v6; on v5 the role named after their classic type. */
function companyRoleOf(company: Company, member: Member): number | undefined {
  if (company.version === 'v6') return member.roleId;
  return [...company.roles.values()].find((role) => !role.isExternal && role.name === member.classicType)?.roleId;
}

function transactionSide(raw: string | undefined): TransactionSide {
  const value = raw?.trim().toLowerCase();
  if (!value) throw invalidBody(`The request body is invalid: 'transactionSideId' is required for a real-estate company (one of ${TRANSACTION_SIDES.join(', ')}).`);
  const side = TRANSACTION_SIDES.find((candidate) => candidate === value);
  if (!side) throw invalidBody(`The request body is invalid: 'transactionSideId' must be one of ${TRANSACTION_SIDES.join(', ')}; '${raw}' is not.`);
  return side;
}

function statusOf(room: Room): RoomStatus {
  if (room.closedDate !== undefined) return 'closed';
  return room.submittedForReviewDate === undefined ? 'active' : 'pending';
}

/** `roomStatus`: a comma-separated list, `active` by default; `open` means active and pending. */
function roomStatuses(query: Query): { set: ReadonlySet<RoomStatus>; param: string | undefined } {
  const raw = query.string('roomStatus');
  const set = new Set<RoomStatus>();
  const names: string[] = [];
  for (const part of (raw ?? 'active').split(',')) {
    const name = ROOM_STATUSES.find((status) => status === part.trim().toLowerCase());
    if (name === undefined) throw invalidParameter('roomStatus', `'${part.trim()}' is not one of ${ROOM_STATUSES.join(', ')}.`);
    names.push(name);
    if (name === 'open') ['active', 'pending'].forEach((status) => set.add(status as RoomStatus));
    else set.add(name);
  }
  return { set, param: raw === undefined ? undefined : names.join(',') };
}

type DateRange = { start: number; end: number; raw: { start?: string; end?: string } };

/** A pair of date filters, UTC: the start defaults to the beginning of time and the end to now. */
function dateRange(query: Query, startName: string, endName: string, now: number): DateRange | undefined {
  const start = query.string(startName);
  const end = query.string(endName);
  if (start === undefined && end === undefined) return undefined;
  return {
    start: start === undefined ? Number.NEGATIVE_INFINITY : parseDate(startName, start),
    end: end === undefined ? now : parseDate(endName, end),
    raw: { start, end },
  };
}

/** `yyyy-mm-dd hh:mm:ss` or `yyyy/mm/dd hh:mm:ss`, time optional; an ISO `T` and `Z` are tolerated. */
function parseDate(name: string, raw: string): number {
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?Z?$/.exec(raw.trim());
  const [year, month, day, hour, minute, second] = (match?.slice(1) ?? []).map((part) => Number(part ?? 0));
  const value = match ? Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1, hour ?? 0, minute ?? 0, second ?? 0) : Number.NaN;
  if (Number.isNaN(value) || new Date(value).getUTCDate() !== day) {
    throw invalidParameter(name, `'${raw}' is not a date in the form yyyy-mm-dd hh:mm:ss (UTC).`);
  }
  return value;
}

function within(date: string | undefined, range: DateRange): boolean {
  if (date === undefined) return false;
  const value = Date.parse(date);
  return value >= range.start && value <= range.end;
}

/** Case- and accent-insensitive, ties by userId so paging is stable. */
function roomUserOrder(sort: (typeof ROOM_USER_SORTS)[number]): (a: RoomParticipant, b: RoomParticipant) => number {
  const field = sort.startsWith('FirstName') ? 'firstName' : sort.startsWith('LastName') ? 'lastName' : 'email';
  const direction = sort.endsWith('Desc') ? -1 : 1;
  return (a, b) => direction * (a[field].localeCompare(b[field], 'en', { sensitivity: 'base' }) || a.userId - b.userId);
}
