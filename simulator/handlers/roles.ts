/**
 * Roles_GetRoles and Roles_GetRole. Any member may read roles; `filterContext` (or the deprecated
 * `onlyAssignable`) keeps the roles whose permissions are within the caller's own.
 */
import { Router } from 'express';
import { callerOf } from '../caller';
import { pageOf } from '../paging';
import { COMPANY_PERMISSION_KEYS, isSubset, PERMISSION_KEYS } from '../permission-keys';
import { found, pathId, Query } from '../query';
import { roleDetail, roleSummary } from '../serialize';

const FILTER_CONTEXTS = ['AllRoles', 'AssignableRolesBasedOnCompanyPermissions', 'AssignableRolesBasedOnAllPermissions'] as const;

export function rolesRoutes(): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/roles */
  router.get('/roles', (req, res) => {
    const caller = callerOf(req);
    const query = new Query(req);
    const paging = query.paging();
    const onlyAssignable = query.bool('onlyAssignable');
    const filterContext = query.oneOf('filterContext', FILTER_CONTEXTS);
    const filter = query.string('filter');
    // onlyAssignable=true is the deprecated spelling of AssignableRolesBasedOnCompanyPermissions; filterContext wins.
    const context = filterContext ?? (onlyAssignable ? 'AssignableRolesBasedOnCompanyPermissions' : 'AllRoles');
    const keys = context === 'AssignableRolesBasedOnCompanyPermissions' ? COMPANY_PERMISSION_KEYS : PERMISSION_KEYS;
    const held = caller.permissions();
    const prefix = filter?.trim().toLowerCase();
    const roles = [...caller.company.roles.values()]
      .filter((role) => context === 'AllRoles' || isSubset(role.permissions, held, keys))
      .filter((role) => !prefix || role.name.toLowerCase().startsWith(prefix))
      .sort((a, b) => a.name.localeCompare(b.name) || a.roleId - b.roleId);
    const { items, envelope } = pageOf(roles, {
      path: `/v2/accounts/${caller.company.accountId}/roles`,
      ...paging,
      params: { onlyAssignable, filterContext, filter },
    });
    res.json({ roles: items.map(roleSummary), ...envelope });
  });

  /** GET /v2/accounts/{accountId}/roles/{roleId} */
  router.get('/roles/:roleId', (req, res) => {
    const { company } = callerOf(req);
    const roleId = pathId(req, 'roleId');
    const includeIsAssigned = new Query(req).bool('includeIsAssigned');
    const role = found(company.roles.get(roleId), 'role', roleId);
    const isAssigned = includeIsAssigned
      ? company.usersInOrder('userId').some(({ member }) => member.roleId === roleId)
      : undefined;
    res.json(roleDetail(role, isAssigned));
  });

  return router;
}
