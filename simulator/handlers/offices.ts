/** Offices_GetOffices and Offices_GetOffice. Any member may read offices; `onlyAccessible` narrows to their scope. */
import { Router } from 'express';
import { callerOf } from '../caller';
import { pageOf } from '../paging';
import { accessibleOfficeIds } from '../permissions';
import { found, pathId, Query } from '../query';
import { officeSummary } from '../serialize';

export function officesRoutes(): Router {
  const router = Router({ mergeParams: true });

  /** GET /v2/accounts/{accountId}/offices */
  router.get('/offices', (req, res) => {
    const { company, member } = callerOf(req);
    const query = new Query(req);
    const paging = query.paging();
    const onlyAccessible = query.bool('onlyAccessible');
    const search = query.string('search');
    const accessible = onlyAccessible ? accessibleOfficeIds(company, member) : undefined;
    const needle = search?.trim().toLowerCase();
    const offices = [...company.offices.values()]
      .filter((office) => !accessible || accessible.has(office.officeId))
      // "records containing this string in the office name"
      .filter((office) => !needle || office.name.toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name) || a.officeId - b.officeId);
    const { items, envelope } = pageOf(offices, {
      path: `/v2/accounts/${company.accountId}/offices`,
      ...paging,
      params: { onlyAccessible, search },
    });
    res.json({ officeSummaries: items.map(officeSummary), ...envelope });
  });

  /** GET /v2/accounts/{accountId}/offices/{officeId} */
  router.get('/offices/:officeId', (req, res) => {
    const { company } = callerOf(req);
    const officeId = pathId(req, 'officeId');
    res.json(officeSummary(found(company.offices.get(officeId), 'office', officeId)));
  });

  return router;
}
