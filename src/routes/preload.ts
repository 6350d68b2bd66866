import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';

import { sessionQueries } from '@/api/session/queries';

/**
 * Starts loading data a page will ask for, with the page's own query options, without holding up the
 * navigation: the page renders at once with skeletons and picks up the request already in flight. Errors are
 * the page's to show, so they are not thrown here.
 */
export function preload<TData, TKey extends QueryKey>(
  queryClient: QueryClient,
  options: FetchQueryOptions<TData, Error, TData, TKey>,
): Promise<TData | undefined> {
  return queryClient.ensureQueryData(options).catch(() => undefined);
}

/** The account every /api call of this page goes to, or undefined when nobody is signed in yet. */
export async function activeAccountId(queryClient: QueryClient): Promise<string | undefined> {
  return (await activeAccount(queryClient))?.accountId;
}

/** The active account and, when the proxy already knows it, its Rooms version. */
export async function activeAccount(
  queryClient: QueryClient,
): Promise<{ accountId: string; companyVersion?: 'v5' | 'v6' } | undefined> {
  const session = await queryClient.ensureQueryData(sessionQueries.current());
  if (!session.signedIn || session.accountId === null) return undefined;
  return { accountId: session.accountId, companyVersion: session.companyVersion ?? undefined };
}
