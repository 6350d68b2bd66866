import type { QueryClient } from '@tanstack/react-query';
import { useLocation, useParams, type LoaderFunctionArgs } from 'react-router';
import * as z from 'zod/mini';

import { accountQueries } from '@/api/accounts/queries';
import { ApiError } from '@/api/errors';
import { officeQueries } from '@/api/offices/queries';
import { regionQueries } from '@/api/regions/queries';
import { roleQueries } from '@/api/roles/queries';
import { useSignedInSession } from '@/api/session/use-signed-in-session';
import { userQueries } from '@/api/users/queries';
import { AccountGate } from '@/components/account-gate';
import { backLinkFromState } from '@/components/back-link';
import { ErrorPanel } from '@/components/error-panel';
import { paths } from '@/config/paths';
import { listSearchFromState, recallListSearch } from '@/features/users/list-memory';
import { UserDetail } from '@/features/users/user-detail';
import { activeAccountId, preload } from '@/routes/preload';

/** `:userId` is a Rooms int32 id; anything else cannot be a user. */
const UserIdParam = z.pipe(
  z.string().check(z.regex(/^\d{1,10}$/)),
  z.pipe(z.transform(Number), z.number().check(z.int(), z.minimum(1), z.maximum(2_147_483_647))),
);

const parseUserId = (raw: string | undefined): number | undefined => {
  const result = UserIdParam.safeParse(raw);
  return result.success ? result.data : undefined;
};

export const loader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs): Promise<null> => {
    const accountId = await activeAccountId(queryClient);
    const userId = parseUserId(params.userId);
    if (!accountId || userId === undefined) return null;
    void preload(queryClient, userQueries.detail(accountId, userId));
    void preload(queryClient, accountQueries.detail(accountId)).then((account) => {
      if (account?.companyVersion === 'v6') void preload(queryClient, roleQueries.list(accountId));
    });
    void preload(queryClient, officeQueries.list(accountId));
    void preload(queryClient, regionQueries.list(accountId));
    return null;
  };

export function Component() {
  const { accountId } = useSignedInSession();
  const params = useParams();
  const location = useLocation();
  const userId = parseUserId(params.userId);
  // The page that led here when it names itself (an office's members), else the list's exact URL: from the link
  // that led here, or the last list seen in this tab.
  const back = backLinkFromState(location.state) ?? { to: paths.users.href(listSearchFromState(location.state) ?? recallListSearch()), label: 'Back to users' };

  if (userId === undefined) {
    const error = new ApiError({ status: 404, message: `"${params.userId ?? ''}" is not a user id.` });
    return (
      <ErrorPanel error={error} action="view this user" notFoundTitle="User not found" headingOrder={1} back={back} />
    );
  }
  return (
    <>
      <title>User · Rooms Admin</title>
      <AccountGate accountId={accountId}>
        {(account) => <UserDetail accountId={accountId} version={account.companyVersion} userId={userId} back={back} />}
      </AccountGate>
    </>
  );
}
