/**
 * Query and path parameter parsing with the Rooms API's rules: parameter names match case-insensitively and
 * enum values too (as ASP.NET model binding does), an empty value counts as absent, a repeated parameter uses
 * its first value, unknown parameters are ignored, and a bad value is a 400 that names the parameter.
 */
import type { Request } from 'express';
import { invalidParameter, notFound } from './errors';

const INT32_MAX = 2_147_483_647;
const INT32_MIN = -2_147_483_648;

export class Query {
  private readonly values = new Map<string, string>();

  constructor(req: Request) {
    const params = new URL(req.originalUrl, 'http://simulator.invalid').searchParams;
    for (const [name, value] of params) {
      const key = name.toLowerCase();
      if (!this.values.has(key)) this.values.set(key, value);
    }
  }

  string(name: string): string | undefined {
    const value = this.values.get(name.toLowerCase());
    return value === undefined || value.trim() === '' ? undefined : value;
  }

  int(name: string, range: { min?: number; max?: number } = {}): number | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const value = parseInt32(raw);
    if (value === undefined) throw invalidParameter(name, `'${raw}' is not an integer.`);
    const min = range.min ?? INT32_MIN;
    const max = range.max ?? INT32_MAX;
    if (value < min || value > max) throw invalidParameter(name, `${value} is outside the range ${min} to ${max}.`);
    return value;
  }

  bool(name: string): boolean | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const lower = raw.trim().toLowerCase();
    if (lower === 'true') return true;
    if (lower === 'false') return false;
    throw invalidParameter(name, `'${raw}' is not true or false.`);
  }

  /** Returns the canonical spelling of the matching value. */
  oneOf<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.string(name);
    if (raw === undefined) return undefined;
    const match = allowed.find((value) => value.toLowerCase() === raw.trim().toLowerCase());
    if (match === undefined) throw invalidParameter(name, `'${raw}' is not one of ${allowed.join(', ')}.`);
    return match;
  }

  /** `startPosition` (default 0) and `count` (1 to 100, default 100), shared by every list. */
  paging(): { startPosition: number; count: number } {
    return {
      startPosition: this.int('startPosition', { min: 0 }) ?? 0,
      count: this.int('count', { min: 1, max: 100 }) ?? 100,
    };
  }
}

/** A path id such as `{userId}`: not an int32 is a 400; the caller turns a missing record into a 404. */
export function pathId(req: Request, name: string): number {
  const raw = req.params[name];
  const value = typeof raw === 'string' ? parseInt32(raw) : undefined;
  if (value === undefined) throw invalidParameter(name, `'${String(raw)}' is not an integer.`);
  return value;
}

/** Looks a path id up, answering 404 in the Rooms shape when absent. */
export function found<T>(value: T | undefined, what: string, id: number): T {
  if (value === undefined) throw notFound(what, id);
  return value;
}

function parseInt32(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return value >= INT32_MIN && value <= INT32_MAX ? value : undefined;
}
