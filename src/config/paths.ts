/**
 * Every URL of the app in one place. Components build links with the href helpers, and the router is built
 * from the `path` patterns, so a renamed page changes here only.
 */

/** Adds a leading `?` to a non-empty search string. */
const withSearch = (search: string | URLSearchParams = ''): string => {
  const text = search.toString().replace(/^\?/, '');
  return text ? `?${text}` : '';
};

export const paths = {
  home: { path: '/', href: () => '/' },
  users: {
    path: '/users',
    /** `search` is the list's search string (filters, sort, page), as kept in the URL. */
    href: (search?: string | URLSearchParams) => `/users${withSearch(search)}`,
  },
  user: {
    path: '/users/:userId',
    href: (userId: number | string) => `/users/${encodeURIComponent(String(userId))}`,
  },
  invite: { path: '/invite', href: () => '/invite' },
  inviteCsv: { path: '/invite/csv', href: () => '/invite/csv' },
  signedOut: { path: '/signed-out', href: () => '/signed-out' },
  jobs: { path: '/jobs', href: () => '/jobs' },
  job: { path: '/jobs/:jobId', href: (jobId: string) => `/jobs/${encodeURIComponent(jobId)}` },
  offices: { path: '/offices', href: () => '/offices' },
  office: { path: '/offices/:officeId', href: (officeId: number | string) => `/offices/${encodeURIComponent(String(officeId))}` },
  region: { path: '/regions/:regionId', href: (regionId: number | string) => `/regions/${encodeURIComponent(String(regionId))}` },
} as const;

/** The proxy's own pages and endpoints (not React routes: a sign-in is a full page navigation). */
export const authPaths = {
  session: '/auth/session',
  account: '/auth/account',
  logout: '/auth/logout',
  /** Starts the OAuth sign-in; the proxy brings the browser back to `returnTo` (a same-origin path). */
  login: (returnTo: string) => `/auth/login?returnTo=${encodeURIComponent(returnTo)}`,
} as const;

/** Where Rooms API calls go: the proxy forwards `/api/v2/...` to the Rooms API. */
export const apiBasePath = '/api';

/** The path, search and hash of the current page, for a `returnTo` that brings the user back exactly here. */
export const currentReturnTo = (): string =>
  `${window.location.pathname}${window.location.search}${window.location.hash}`;
