import { queryOptions } from '@tanstack/react-query';

import { getAllRoles, getAssignableRoles, getRole } from '@/api/roles/requests';

export const roleQueries = {
  all: () => ['roles'] as const,
  lists: () => [...roleQueries.all(), 'list'] as const,
  /** Every role of the account; used to turn role ids into names. */
  list: (accountId: string) =>
    queryOptions({
      queryKey: [...roleQueries.lists(), accountId] as const,
      queryFn: ({ signal }) => getAllRoles(accountId, signal),
      staleTime: 5 * 60_000,
    }),
  /** Company (non-external) roles the signed-in administrator may give a new member. */
  assignable: (accountId: string) =>
    queryOptions({
      queryKey: [...roleQueries.lists(), accountId, 'assignable'] as const,
      queryFn: ({ signal }) => getAssignableRoles(accountId, signal),
      select: (roles) => roles.filter((role) => !role.isExternal),
      staleTime: 5 * 60_000,
    }),
  details: () => [...roleQueries.all(), 'detail'] as const,
  detail: (accountId: string, roleId: number) =>
    queryOptions({
      queryKey: [...roleQueries.details(), accountId, roleId] as const,
      queryFn: ({ signal }) => getRole(accountId, roleId, signal),
      staleTime: 5 * 60_000,
    }),
};
