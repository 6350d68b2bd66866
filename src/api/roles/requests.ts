import { accountPath } from '@/api/account-path';
import { client } from '@/api/client';
import { fetchAllPages } from '@/api/paging';
import { Role, RoleSummaryList, type RoleSummary } from '@/api/roles/schemas';

/** GET /v2/accounts/{accountId}/roles, every page (company and external roles). */
export function getAllRoles(accountId: string, signal?: AbortSignal): Promise<RoleSummary[]> {
  return fetchAllPages(
    (startPosition, count) =>
      client.get(accountPath(accountId, 'roles'), RoleSummaryList, { query: { startPosition, count }, signal }),
    (page) => page.roles,
  );
}

/**
 * GET /v2/accounts/{accountId}/roles?filterContext=AssignableRolesBasedOnAllPermissions, every page: the roles the
 * caller may give a new member (REFERENCE.md §4.4).
 */
export function getAssignableRoles(accountId: string, signal?: AbortSignal): Promise<RoleSummary[]> {
  return fetchAllPages(
    (startPosition, count) =>
      client.get(accountPath(accountId, 'roles'), RoleSummaryList, {
        query: { filterContext: 'AssignableRolesBasedOnAllPermissions', startPosition, count },
        signal,
      }),
    (page) => page.roles,
  );
}

/** GET /v2/accounts/{accountId}/roles/{roleId} */
export function getRole(accountId: string, roleId: number, signal?: AbortSignal): Promise<Role> {
  return client.get(accountPath(accountId, 'roles', roleId), Role, { signal });
}
