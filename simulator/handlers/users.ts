/** Users_GetUsers and Users_GetUser, limited to what the caller's access level lets them see. */
import { Router } from 'express';
import { callerOf } from '../caller';
import { notFound } from '../errors';
import { envelope } from '../paging';
import { inScope } from '../permissions';
import { pathId, Query } from '../query';
import { userDetail, userSummary } from '../serialize';
import { listUsers, parseUserCriteria } from '../user-query';

export function usersRoutes(): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/users */
  router.get('/users', (req, res) => {
    const caller = callerOf(req);
    const criteria = parseUserCriteria(new Query(req));
    const { page, total } = listUsers(caller.company, caller.scope(), criteria);
    const { startPosition, count, ...params } = criteria;
    res.json({
      userSummaries: page.map(userSummary),
      ...envelope({ path: `/v2/accounts/${caller.company.accountId}/users`, startPosition, count, params }, page.length, total),
    });
  });

  /** GET /v2/accounts/{accountId}/users/{userId}; someone outside the caller's scope is as unknown as a missing id. */
  router.get('/users/:userId', (req, res) => {
    const caller = callerOf(req);
    const userId = pathId(req, 'userId');
    const member = caller.company.user(userId);
    if (!member || !inScope(caller.scope(), member)) throw notFound('user', userId);
    res.json(userDetail(caller.company, member));
  });

  return router;
}
