import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';

import { accountQueries } from '@/api/accounts/queries';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { userQueries } from '@/api/users/queries';
import { AccountGate } from '@/components/account-gate';
import { parseListState, toApiParams } from '@/features/users/list-state';
import { UserList } from '@/features/users/user-list';
import { activeAccountId, preload } from '@/routes/preload';

/** /users: starts the page of users and the name lookups together, with the same options the page uses. */
export const loader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs): Promise<null> => {
    const accountId = await activeAccountId(queryClient);
    if (!accountId) return null;
    const state = parseListState(new URL(request.url).searchParams);
    void preload(queryClient, accountQueries.detail(accountId)).then((account) => {
      if (!account) return;
      void preload(queryClient, userQueries.list(accountId, toApiParams(state, account.companyVersion)));
      if (account.companyVersion === 'v6') void preload(queryClient, roleQueries.list(accountId));
    });
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
