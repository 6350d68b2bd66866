/**
 * Shared by the simulator's tests: a running instance on a free port, a way to call it as someone, and strict
 * schemas of the spec's response shapes (strict, so a private field that leaks into a response fails a test).
 */
import { z } from 'zod';
import { startSimulator, type RunningSimulator, type StartOptions } from './server';
import { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID } from './seed';

export { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID };
export const HARBOR = `/v2/accounts/${HARBOR_ACCOUNT_ID}`;
export const CEDAR = `/v2/accounts/${CEDAR_ACCOUNT_ID}`;

const accessLevel = z.enum(['Contributor', 'Office', 'Region', 'Company', 'Admin']);
export const UserSummary = z.strictObject({
  userId: z.number().int(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  isLockedOut: z.boolean(),
  status: z.enum(['Active', 'Pending']),
  accessLevel,
  defaultOfficeId: z.number().int(),
  titleId: z.number().int().optional(),
  roleId: z.number().int().optional(),
  profileImageUrl: z.string().optional(),
});
export type UserSummary = z.infer<typeof UserSummary>;

const paging = {
  resultSetSize: z.number().int(),
  startPosition: z.number().int(),
  endPosition: z.number().int(),
  totalRowCount: z.number().int(),
  nextUri: z.string().nullable(),
  priorUri: z.string().nullable(),
};
export const UserSummaryList = z.strictObject({ userSummaries: z.array(UserSummary), ...paging });

export const User = UserSummary.extend({
  offices: z.array(z.number().int()),
  regions: z.array(z.number().int()),
  permissions: z.record(z.string(), z.boolean()).optional(),
});

export const ApiError = z.strictObject({ errorCode: z.string(), message: z.string(), referenceId: z.string() });

export const Office = z.strictObject({
  officeId: z.number().int(),
  name: z.string(),
  regionId: z.number().int(),
  address1: z.string(),
  address2: z.string().optional(),
  city: z.string(),
  stateId: z.string().regex(/^[A-Z]{2}-[A-Z]{2}$/),
  postalCode: z.string(),
  countryId: z.string().length(2),
  timeZoneId: z.string(),
  phone: z.string(),
  createdDate: z.iso.datetime(),
});
export const OfficeSummaryList = z.strictObject({ officeSummaries: z.array(Office), ...paging });
export const Region = z.strictObject({ regionId: z.number().int(), name: z.string(), createdDate: z.iso.datetime() });
export const RegionSummaryList = z.strictObject({ regionSummaries: z.array(Region), ...paging });
export const RoleSummary = z.strictObject({
  roleId: z.number().int(),
  legacyRoleId: z.string().optional(),
  name: z.string(),
  isDefaultForAdmin: z.boolean(),
  isExternal: z.boolean(),
  createdDate: z.iso.datetime(),
});
export const RoleSummaryList = z.strictObject({ roles: z.array(RoleSummary), ...paging });
export const Role = RoleSummary.extend({ isAssigned: z.boolean().optional(), permissions: z.record(z.string(), z.boolean()) });

const roomFields = {
  roomId: z.number().int(),
  name: z.string(),
  officeId: z.number().int(),
  createdDate: z.iso.datetime(),
  submittedForReviewDate: z.iso.datetime().optional(),
  closedDate: z.iso.datetime().optional(),
  createdByUserId: z.number().int(),
  closedStatusId: z.string().optional(),
  fieldDataLastUpdatedDate: z.iso.datetime().optional(),
};
export const RoomSummary = z.strictObject(roomFields);
export const RoomSummaryList = z.strictObject({ rooms: z.array(RoomSummary), ...paging });
export const Room = z.strictObject({
  ...roomFields,
  companyId: z.number().int(),
  roomOwnerIds: z.array(z.number().int()),
  fieldData: z.strictObject({ data: z.record(z.string(), z.unknown()) }).optional(),
});
const transactionSideId = z.enum(['buy', 'sell', 'listbuy', 'refi']);
export const RoomUserSummary = z.strictObject({
  userId: z.number().int(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  transactionSideId: transactionSideId.optional(),
  roleId: z.number().int(),
  titleId: z.number().int().optional(),
  companyName: z.string().optional(),
  roleName: z.string().optional(),
});
export const RoomUsersResult = z.strictObject({ users: z.array(RoomUserSummary), ...paging });
export const RoomInviteResponse = z.strictObject({
  userId: z.number().int(),
  roomId: z.number().int(),
  email: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  transactionSideId: transactionSideId.optional(),
  roleId: z.number().int(),
});
export const AssignableRoles = z.strictObject({ currentRoleId: z.number().int().optional(), roles: z.array(RoleSummary), ...paging });

export type Reply = { status: number; headers: Headers; body: unknown };

export type TestSimulator = RunningSimulator & {
  /** A request under /restapi as the identity with this email. */
  call: (email: string, path: string, init?: RequestInit) => Promise<Reply>;
  /** The same with an explicit bearer token (or none). */
  callWithToken: (token: string | undefined, path: string, init?: RequestInit) => Promise<Reply>;
  /** A write as the identity, with a JSON body unless `body` is undefined. */
  send: (email: string, method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => Promise<Reply>;
};

export async function startTestSimulator(options: StartOptions = {}): Promise<TestSimulator> {
  const running = await startSimulator({ port: 0, ...options });
  const tokens = new Map<string, string>();
  const callWithToken = async (token: string | undefined, path: string, init: RequestInit = {}): Promise<Reply> => {
    const headers = new Headers(init.headers);
    if (token !== undefined) headers.set('Authorization', `Bearer ${token}`);
    headers.set('Accept', 'application/json');
    const response = await fetch(`${running.url}/restapi${path}`, { ...init, headers });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as unknown) : null };
  };
  const call = (email: string, path: string, init?: RequestInit): Promise<Reply> => {
    let token = tokens.get(email);
    if (token === undefined || !running.simulator.context.tokens.access(token)) {
      token = running.simulator.mintToken(email).accessToken;
      tokens.set(email, token);
    }
    return callWithToken(token, path, init);
  };
  const send = (email: string, method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown): Promise<Reply> =>
    call(email, path, body === undefined ? { method } : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { ...running, call, callWithToken, send };
}

/** The body of a 200 reply, checked against the schema; anything else fails with what came back. */
export function ok<T>(schema: z.ZodType<T>, reply: Reply): T {
  if (reply.status !== 200) throw new Error(`expected 200, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return schema.parse(reply.body);
}

/** A 201 reply's body, checked against the schema. */
export function created<T>(schema: z.ZodType<T>, reply: Reply): T {
  if (reply.status !== 201) throw new Error(`expected 201, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return schema.parse(reply.body);
}

/** A 204 reply, which has no body. */
export function noContent(reply: Reply): void {
  if (reply.status !== 204 || reply.body !== null) throw new Error(`expected 204, got ${reply.status}: ${JSON.stringify(reply.body)}`);
}

/** The ApiError of a failed reply, checked for status and shape. */
export function failure(reply: Reply, status: number): z.infer<typeof ApiError> {
  if (reply.status !== status) throw new Error(`expected ${status}, got ${reply.status}: ${JSON.stringify(reply.body)}`);
  return ApiError.parse(reply.body);
}

/** Every page of a users list, following nextUri as a client would. */
export async function allUsers(sim: TestSimulator, email: string, path: string): Promise<UserSummary[]> {
  const users: UserSummary[] = [];
  let next: string | null = path;
  while (next !== null) {
    const page: z.infer<typeof UserSummaryList> = ok(UserSummaryList, await sim.call(email, next));
    users.push(...page.userSummaries);
    next = page.nextUri;
  }
  return users;
}
