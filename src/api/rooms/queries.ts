import { queryOptions } from '@tanstack/react-query';

import { getAssignableRoomRoles, getOpenRooms, transactionSideNeed } from '@/api/rooms/requests';

export const roomQueries = {
  all: () => ['rooms'] as const,
  lists: () => [...roomQueries.all(), 'list'] as const,
  /** The open rooms the signed-in administrator may see. */
  open: (accountId: string) =>
    queryOptions({
      queryKey: [...roomQueries.lists(), accountId, 'open'] as const,
      queryFn: ({ signal }) => getOpenRooms(accountId, signal),
      staleTime: 60_000,
    }),
  /** Whether inviting into this room needs a transaction side (real-estate companies only). */
  sideNeed: (accountId: string, roomId: number) =>
    queryOptions({
      queryKey: [...roomQueries.all(), 'side-need', accountId, roomId] as const,
      queryFn: ({ signal }) => transactionSideNeed(accountId, roomId, signal),
      staleTime: 5 * 60_000,
    }),
  assignableRoles: (accountId: string, roomId: number, assigneeEmail: string) =>
    queryOptions({
      queryKey: [...roomQueries.all(), 'assignable-roles', accountId, roomId, assigneeEmail.toLowerCase()] as const,
      queryFn: ({ signal }) => getAssignableRoomRoles(accountId, roomId, assigneeEmail, signal),
      staleTime: 60_000,
    }),
};
