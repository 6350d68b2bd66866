import * as z from 'zod/mini';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { ACCESS_LEVELS, USER_SORTS, USER_STATUSES, type UserListParams } from '@/api/users/schemas';

/**
 * The user list's state as it lives in the URL (`/users?q=maria&status=Active&page=2`). Each parameter is
 * parsed on its own and falls back to its default when it is missing or invalid, so a hand-edited or outdated
 * link still opens a list instead of an error.
 */

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

const oneOf = <const T extends readonly string[]>(values: T) =>
  z.pipe(
    z.string(),
    z.transform((raw: string, ctx) => {
      const match = values.find((value) => value.toLowerCase() === raw.trim().toLowerCase());
      if (match === undefined) {
        ctx.issues.push({ code: 'custom', message: `expected one of ${values.join(', ')}`, input: raw });
        return z.NEVER;
      }
      return match as T[number];
    }),
  );

const positiveInt = z.pipe(
  z.string().check(z.regex(/^\s*\d{1,9}\s*$/)),
  z.pipe(z.transform((raw: string) => Number(raw)), z.number().check(z.int(), z.minimum(1))),
);

/** Missing or invalid → `value`. */
const withDefault = <T>(schema: z.ZodMiniType<T, string>, value: z.core.util.NoUndefined<T>) =>
  z.catch(z._default(schema, value), value);
/** Missing or invalid → no filter. */
const optionalParam = <T>(schema: z.ZodMiniType<T, string>) => z.catch(z.optional(schema), undefined);

const ListStateSchema = z.object({
  q: withDefault(z.pipe(z.string(), z.transform((raw: string) => raw.trim().slice(0, 100))), ''),
  sort: withDefault(oneOf(USER_SORTS), 'FirstNameAsc'),
  status: optionalParam(oneOf(USER_STATUSES)),
  locked: withDefault(z.pipe(oneOf(['true', '1']), z.transform(() => true)), false),
  accessLevel: optionalParam(oneOf(ACCESS_LEVELS)),
  office: optionalParam(positiveInt),
  /** The API cannot filter by region: see membershipQueries.regionPage. */
  region: optionalParam(positiveInt),
  role: optionalParam(positiveInt),
  title: optionalParam(positiveInt),
  page: withDefault(positiveInt, 1),
  size: withDefault(
    z.pipe(
      oneOf(['25', '50', '100']),
      z.transform((raw) => Number(raw) as PageSize),
    ),
    25,
  ),
});

export type ListState = z.infer<typeof ListStateSchema>;

export const DEFAULT_LIST_STATE: ListState = ListStateSchema.parse({});

/** Reads the list state from a search string; never throws. */
export function parseListState(search: URLSearchParams | string): ListState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  // The last value wins when a key repeats, as in Object.fromEntries.
  return ListStateSchema.parse(Object.fromEntries(params.entries()));
}

/** Writes the list state back as a search string; defaults are left out so links stay short. */
export function toSearchParams(state: ListState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== DEFAULT_LIST_STATE.sort) params.set('sort', state.sort);
  if (state.status) params.set('status', state.status);
  if (state.locked) params.set('locked', 'true');
  if (state.accessLevel) params.set('accessLevel', state.accessLevel);
  if (state.office !== undefined) params.set('office', String(state.office));
  if (state.region !== undefined) params.set('region', String(state.region));
  if (state.role !== undefined) params.set('role', String(state.role));
  if (state.title !== undefined) params.set('title', String(state.title));
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.size !== DEFAULT_LIST_STATE.size) params.set('size', String(state.size));
  return params;
}

/** The parts of the state that narrow the list; changing any of them starts again at page 1. */
export type ListFilters = Pick<ListState, 'q' | 'status' | 'locked' | 'accessLevel' | 'office' | 'region' | 'role' | 'title'>;

export const NO_FILTERS: ListFilters = {
  q: '',
  status: undefined,
  locked: false,
  accessLevel: undefined,
  office: undefined,
  region: undefined,
  role: undefined,
  title: undefined,
};

export function hasFilters(state: ListState): boolean {
  return (Object.keys(NO_FILTERS) as Array<keyof ListFilters>).some((key) => state[key] !== NO_FILTERS[key]);
}

/**
 * The GET /users parameters for this state: exactly one page. A v6 company filters by role, a v5 company by
 * title; the other one is left out, since the API documents each for one version only.
 */
export function toApiParams(state: ListState, version: CompanyVersion): UserListParams {
  return {
    filter: state.q || undefined,
    sort: state.sort,
    status: state.status,
    lockedOnly: state.locked || undefined,
    accessLevel: state.accessLevel,
    defaultOfficeId: state.office,
    roleId: version === 'v6' ? state.role : undefined,
    titleId: version === 'v5' ? state.title : undefined,
    startPosition: (state.page - 1) * state.size,
    count: state.size,
  };
}

/** The list's filter and sort without paging: what "Select all N matching" gathers. */
export type MatchingUsers = {
  params: Omit<UserListParams, 'startPosition' | 'count'>;
  /**
   * With a region filter (which the API lacks): the region's offices, narrowed to the office filter, whose users
   * are read whole and merged (membershipQueries.regionUsers). Empty when no office fits both filters.
   */
  regionOfficeIds?: number[];
};

/** The offices whose users the region filter shows: the region's offices, and only the chosen one if any. */
export function regionOfficeIds(state: Pick<ListState, 'region' | 'office'>, offices: readonly { officeId: number; regionId?: number }[]): number[] | undefined {
  if (state.region === undefined) return undefined;
  return offices
    .filter((office) => office.regionId === state.region && (state.office === undefined || office.officeId === state.office))
    .map((office) => office.officeId);
}

/** Every filter of the list, region included, as one description for the page query and the gatherer alike. */
export function matchingUsers(state: ListState, version: CompanyVersion, offices: readonly { officeId: number; regionId?: number }[]): MatchingUsers {
  const { startPosition: _start, count: _count, ...params } = toApiParams(state, version);
  const officeIds = regionOfficeIds(state, offices);
  return officeIds === undefined ? { params } : { params, regionOfficeIds: officeIds };
}

/** The last page there is for `total` rows, at least 1. */
export const lastPage = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));
