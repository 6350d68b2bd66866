/**
 * The Rooms API routes the SPA may reach through the proxy, as templates below
 * `/v2/accounts/{accountId}/`, with `{id}` standing for an integer id (REFERENCE.md §1: userId, officeId,
 * regionId, roleId and roomId are int32). Anything else is refused before a request leaves the proxy, so the
 * proxy cannot be used to reach other Rooms routes, other hosts or other accounts' paths.
 */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteTemplate {
  methods: readonly Method[];
  /** Relative to `/v2/accounts/{accountId}`; '' is the account itself. */
  template: string;
}

const route = (methods: readonly Method[], template: string): RouteTemplate => ({ methods, template });

export const ALLOWED_ROUTES: readonly RouteTemplate[] = [
  route(['GET'], ''),
  route(['GET'], 'users'),
  route(['GET', 'PUT', 'DELETE'], 'users/{id}'),
  route(['POST'], 'users/invite_user'),
  route(['POST'], 'users/invite_classic_admin'),
  route(['POST'], 'users/invite_classic_manager'),
  route(['POST'], 'users/invite_classic_agent'),
  ...['reinvite', 'add_to_office', 'remove_from_office', 'add_to_region', 'remove_from_region', 'lock', 'unlock'].map(
    (action) => route(['POST'], `users/{id}/${action}`),
  ),
  route(['GET'], 'offices'),
  route(['GET'], 'offices/{id}'),
  route(['GET'], 'regions'),
  route(['GET'], 'regions/{id}'),
  route(['GET'], 'roles'),
  route(['GET'], 'roles/{id}'),
  route(['GET'], 'esign_permission_profiles'),
  route(['GET'], 'rooms'),
  route(['GET'], 'rooms/{id}'),
  route(['GET', 'POST'], 'rooms/{id}/users'),
  route(['GET'], 'rooms/{id}/assignable_roles'),
];

const INT32_MAX = 2_147_483_647;
const isIntegerId = (segment: string) => /^(0|[1-9]\d{0,9})$/.test(segment) && Number(segment) <= INT32_MAX;

/** An account id as DocuSign issues them (a GUID); also keeps the segment free of anything path-like. */
const ACCOUNT_ID = /^[A-Za-z0-9-]{1,64}$/;

export interface MatchedRoute {
  accountId: string;
  /** The concrete route, e.g. `users/42/lock`; '' for the account itself. */
  path: string;
  /** The template it matched, e.g. `users/{id}/lock`, for logs and the activity log. */
  template: string;
  /** The raw query string including `?`, or ''. */
  search: string;
}

export type RouteMatch =
  | { ok: true; route: MatchedRoute }
  | { ok: false; reason: 'malformed' | 'unknown-route' | 'method-not-allowed' };

function matches(template: string, segments: readonly string[]): boolean {
  const parts = template === '' ? [] : template.split('/');
  return parts.length === segments.length && parts.every((part, i) => (part === '{id}' ? isIntegerId(segments[i] ?? '') : part === segments[i]));
}

/**
 * Matches a raw request target (`/api/v2/accounts/{accountId}/...?query`, exactly as it arrived, not decoded)
 * against the allow-list. Only letters, digits, `_` and `-` may appear in the path, so percent-encoding
 * (`%2F`), dot segments, doubled slashes, backslashes and absolute URLs never match.
 */
export function matchApiRoute(method: string, rawUrl: string): RouteMatch {
  const queryStart = rawUrl.indexOf('?');
  const pathname = queryStart === -1 ? rawUrl : rawUrl.slice(0, queryStart);
  const search = queryStart === -1 ? '' : rawUrl.slice(queryStart);
  const prefix = /^\/api\/v2\/accounts\/([^/]*)((?:\/[^/]*)*)$/.exec(pathname);
  if (!prefix) return { ok: false, reason: 'malformed' };
  const accountId = prefix[1] ?? '';
  const rest = prefix[2] ?? '';
  const segments = rest === '' ? [] : rest.slice(1).split('/');
  if (!ACCOUNT_ID.test(accountId) || !segments.every((segment) => /^[A-Za-z0-9_]+$/.test(segment))) {
    return { ok: false, reason: 'malformed' };
  }
  const candidates = ALLOWED_ROUTES.filter((candidate) => matches(candidate.template, segments));
  if (candidates.length === 0) return { ok: false, reason: 'unknown-route' };
  const found = candidates.find((candidate) => (candidate.methods as readonly string[]).includes(method));
  if (!found) return { ok: false, reason: 'method-not-allowed' };
  return { ok: true, route: { accountId, path: segments.join('/'), template: found.template, search } };
}
