/**
 * Request bodies as ASP.NET model binding treats them: JSON only, unknown properties ignored, enum values in any
 * case, `null` for an optional property the same as leaving it out. Every problem is reported at once in one
 * 400 INVALID_REQUEST_BODY whose message names each field.
 */
import type { Request } from 'express';
import { z } from 'zod';
import { invalidBody } from './errors';

type Issue = { input?: unknown };

/** "is required." when the value is missing or null, else the given complaint. */
export const orRequired =
  (message: string) =>
  (issue: Issue): string =>
    issue.input === undefined || issue.input === null ? 'is required.' : message;

export const int32 = () => z.int32({ error: orRequired('must be a 32-bit integer.') });

/** A string that must hold something other than spaces; stored trimmed. */
export const text = () =>
  z
    .string({ error: orRequired('must be a string.') })
    .trim()
    .min(1, { error: 'must not be blank.' });

/** A pragmatic address check (something@something.tld, no spaces), stored trimmed. */
export const email = () =>
  text().regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'must be a valid email address.' });

/** An enum value in any case, returned in its canonical spelling. */
export function oneOf<T extends string>(values: readonly T[]) {
  return z.string({ error: orRequired(`must be one of ${values.join(', ')}.`) }).transform((raw, context): T => {
    const match = values.find((value) => value.toLowerCase() === raw.trim().toLowerCase());
    if (match === undefined) {
      context.addIssue({ code: 'custom', message: `must be one of ${values.join(', ')}; '${raw}' is not.` });
      return z.NEVER;
    }
    return match;
  });
}

export const int32List = () => z.array(int32(), { error: orRequired('must be an array of integers.') });

export const bool = () => z.boolean({ error: orRequired('must be true or false.') });

/** Optional: absent and null both come out as undefined. */
export function optional<T extends z.ZodType>(schema: T) {
  return schema.nullish().transform((value) => value ?? undefined);
}

/** The parsed body, or a 400 INVALID_REQUEST_BODY that lists every field at fault. */
export function parseBody<T>(req: Request, schema: z.ZodType<T>): T {
  // express.json() leaves req.body undefined when nothing (or something other than JSON) was sent.
  const body: unknown = req.body;
  if (body === undefined || body === null) {
    throw invalidBody('The request body is required: send a JSON object with Content-Type: application/json.');
  }
  if (typeof body !== 'object' || Array.isArray(body)) throw invalidBody('The request body must be a JSON object.');
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `'${issue.path.join('.') || 'body'}' ${issue.message}`);
  throw invalidBody(`The request body is invalid: ${problems.join(' ')}`);
}
