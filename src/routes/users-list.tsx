import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { accountQueries } from '@/api/accounts/queries';
import type { CompanyVersion } from '@/api/accounts/schemas';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { userQueries } from '@/api/users/queries';
import { AccountGate } from '@/components/account-gate';
import { parseListState, toApiParams } from '@/features/users/list-state';
import { UserList } from '@/features/users/user-list';
import { activeAccount, preload } from '@/routes/preload';

/** /users: starts the page of users and the name lookups together, with the same options the page uses. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs): Promise<null> => {
    const active = await activeAccount(queryClient);
    if (!active) return null;
    const { accountId } = active;
    const state = parseListState(new URL(request.url).searchParams);
    const startVersioned = (version: CompanyVersion) => {
      void preload(queryClient, userQueries.list(accountId, toApiParams(state, version)));
      if (version === 'v6') void preload(queryClient, roleQueries.list(accountId));
    };
    // With the version from the session the first page of users does not wait for the account's details.
    const account = preload(queryClient, accountQueries.detail(accountId));
    if (active.companyVersion) startVersioned(active.companyVersion);
    else void account.then((details) => details && startVersioned(details.companyVersion));
    void preload(queryClient, officeQueries.list(accountId));
    void preload(queryClient, regionQueries.list(accountId));
    return null;
  };

export function Component() {
  const { accountId } = useSignedInSession();
  return (
    <>
      <title>Users · Rooms Admin</title>
      <AccountGate accountId={accountId}>
        {(account) => <UserList accountId={accountId} version={account.companyVersion} />}
      </AccountGate>
    </>
  );
}
