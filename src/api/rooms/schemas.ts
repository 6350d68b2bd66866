import * as z from 'zod/mini';

import { optionalId, optionalText } from '@/api/common-schemas';
import { pageOf } from '@/api/paging';
import { RoleSummary } from '@/api/roles/schemas';

/** RoomSummary: the app needs the id and the name; the rest is shown when present. */
export const RoomSummary = z.looseObject({
  roomId: z.number(),
  name: z.string(),
  officeId: optionalId,
  closedDate: optionalText,
});
export type RoomSummary = z.infer<typeof RoomSummary>;

export const RoomSummaryList = pageOf('rooms', RoomSummary);
export type RoomSummaryList = z.infer<typeof RoomSummaryList>;

/** AssignableRoles (v6): the external roles, plus the assignee's own company role when they are a member. */
export const AssignableRoles = z.looseObject({
  ...pageOf('roles', RoleSummary).shape,
  currentRoleId: optionalId,
});
export type AssignableRoles = z.infer<typeof AssignableRoles>;

/** RoomUserSummary: who is in a room; `transactionSideId` only in real-estate companies. */
export const RoomUserSummary = z.looseObject({
  userId: optionalId,
  email: optionalText,
  transactionSideId: optionalText,
});
export const RoomUsersResult = pageOf('users', RoomUserSummary);
export type RoomUsersResult = z.infer<typeof RoomUsersResult>;

/** The transaction sides of a real-estate room (REFERENCE.md §4.6). */
export const TRANSACTION_SIDES = [
  { value: 'buy', label: 'Buy side' },
  { value: 'sell', label: 'Sell side' },
  { value: 'listbuy', label: 'List and buy (both sides)' },
  { value: 'refi', label: 'Refinance' },
] as const;

/** RoomInvite: the body of POST rooms/{roomId}/users. */
export type RoomInvite = {
  email: string;
  firstName: string;
  lastName: string;
  roleId: number;
  transactionSideId?: string;
};

/** RoomInviteResponse: every field read-only; only the ids are relied on. */
export const RoomInviteResponse = z.looseObject({
  userId: optionalId,
  roomId: optionalId,
  email: optionalText,
});
export type RoomInviteResponse = z.infer<typeof RoomInviteResponse>;
