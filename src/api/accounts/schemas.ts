import * as z from 'zod/mini';

/** Accepts `v6` or `V6`; the app branches on this, so anything else is an error. */
const CompanyVersion = z.pipe(
  z.string(),
  z.pipe(
    z.transform((value: string) => value.toLowerCase()),
    z.enum(['v5', 'v6']),
  ),
);
export type CompanyVersion = z.infer<typeof CompanyVersion>;

/** GET /v2/accounts/{accountId} (AccountSummary). */
export const AccountSummary = z.looseObject({
  companyId: z.optional(z.nullable(z.number())),
  name: z.string(),
  companyVersion: CompanyVersion,
  docuSignAccountGuid: z.optional(z.nullable(z.string())),
});
export type AccountSummary = z.infer<typeof AccountSummary>;
