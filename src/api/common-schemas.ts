import * as z from 'zod/mini';

/**
 * Small tolerant pieces shared by the resource schemas. The Rooms API is a .NET service whose optional values may
 * arrive missing or as null; these turn both into one well-defined value so screens need no null checks.
 */

/** A string that may be missing or null; reads as ''. */
export const textOrEmpty = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((value: string | null | undefined) => value ?? ''),
);

/** A boolean that may be missing or null; reads as false. */
export const flag = z.pipe(
  z.optional(z.nullable(z.boolean())),
  z.transform((value: boolean | null | undefined) => value ?? false),
);

/** A list of ids that may be missing or null; reads as []. */
export const idList = z.pipe(
  z.optional(z.nullable(z.array(z.number()))),
  z.transform((value: number[] | null | undefined) => value ?? []),
);

/** An id or text the app only shows; missing and null both read as undefined. */
export const optionalId = z.pipe(
  z.optional(z.nullable(z.number())),
  z.transform((value: number | null | undefined) => value ?? undefined),
);
export const optionalText = z.pipe(
  z.optional(z.nullable(z.string())),
  z.transform((value: string | null | undefined) => value ?? undefined),
);

/**
 * An open record of booleans: permission sets grow over time, so unknown keys are kept and non-boolean values
 * (null from a lenient server) are dropped rather than failing the page. Missing or null reads as {}.
 */
export const BooleanRecord = z.pipe(
  z.optional(z.nullable(z.record(z.string(), z.unknown()))),
  z.transform((record: Record<string, unknown> | null | undefined) =>
    Object.fromEntries(
      Object.entries(record ?? {}).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean'),
    ),
  ),
);
export type BooleanRecord = z.infer<typeof BooleanRecord>;
