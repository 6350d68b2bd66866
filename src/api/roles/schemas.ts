import * as z from 'zod/mini';

import { pageOf } from '@/api/paging';
import { BooleanRecord, flag, optionalText } from '@/api/common-schemas';

const roleSummaryShape = {
  roleId: z.number(),
  name: z.string(),
  isDefaultForAdmin: flag,
  /** External roles are for people outside the company, invited into rooms. */
  isExternal: flag,
  legacyRoleId: optionalText,
};

export const RoleSummary = z.looseObject(roleSummaryShape);
export type RoleSummary = z.infer<typeof RoleSummary>;

export const RoleSummaryList = pageOf('roles', RoleSummary);
export type RoleSummaryList = z.infer<typeof RoleSummaryList>;

/** GET /roles/{roleId}. `permissions` is an open record: the spec calls it best-effort and it grows over time. */
export const Role = z.looseObject({
  ...roleSummaryShape,
  isAssigned: flag,
  permissions: BooleanRecord,
});
export type Role = z.infer<typeof Role>;
