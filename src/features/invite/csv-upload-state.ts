import * as z from 'zod/mini';

/** An uploaded file as parsed, with the user's mapping and defaults: kept in the tab until the invites are sent. */
export const CsvUpload = z.object({
  fileName: z.string(),
  headers: z.array(z.string()),
  records: z.array(z.object({ line: z.number(), cells: z.array(z.string()) })),
  columns: z.record(z.string(), z.number()),
  defaults: z.object({
    roleId: z.nullable(z.string()),
    accessLevel: z.nullable(z.string()),
    defaultOfficeId: z.nullable(z.string()),
    eSignPermissionProfileId: z.nullable(z.string()),
  }),
});
export type CsvUpload = z.infer<typeof CsvUpload>;
export type CsvDefaults = CsvUpload['defaults'];

export const noDefaults = (): CsvDefaults => ({ roleId: null, accessLevel: null, defaultOfficeId: null, eSignPermissionProfileId: null });
