import { queryOptions } from '@tanstack/react-query';

import { getAssignableRoomRoles, getOpenRooms } from '@/api/rooms/requests';

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
  assignableRoles: (accountId: string, roomId: number, assigneeEmail: string) =>
    queryOptions({
      queryKey: [...roomQueries.all(), 'assignable-roles', accountId, roomId, assigneeEmail.toLowerCase()] as const,
      queryFn: ({ signal }) => getAssignableRoomRoles(accountId, roomId, assigneeEmail, signal),
      staleTime: 60_000,
    }),
};
