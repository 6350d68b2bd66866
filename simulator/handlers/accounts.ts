/** GET /v2/accounts/{accountId}: the AccountSummary, whose `companyVersion` tells v5 from v6. */
import { Router } from 'express';
import { callerOf } from '../caller';

export function accountsRoutes(): Router {
  const router = Router({ mergeParams: true });
  router.get('/', (req, res) => {
    const { account } = callerOf(req).company;
    res.json({
      companyId: account.companyId,
      name: account.name,
      companyVersion: account.companyVersion,
      docuSignAccountGuid: account.accountId,
      defaultFieldSetId: account.defaultFieldSetId,
      requireOfficeLibraryAssignments: account.requireOfficeLibraryAssignments,
    });
  });
  return router;
}
