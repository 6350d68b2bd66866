import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient, type Query } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { isApiError } from '@/api/errors';
import { sessionQueries } from '@/api/session/queries';
import { clearTabStorage } from '@/features/shell/tab-storage';
import { chooseAccount, logout } from '@/api/session/requests';
import { currentReturnTo, paths } from '@/config/paths';

/**
 * Switches the account the proxy uses. The list is where every account starts (an open user or a filter of the
 * old account means nothing in the new one) unless `to` names a page that means the same in both, such as a bulk
 * job; everything cached for the old account is dropped.
 */
export function useSwitchAccount({ to = paths.users.href() }: { to?: string } = {}) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (accountId: string) => chooseAccount(accountId),
    onSuccess: async (session) => {
      const sessionKey = sessionQueries.current().queryKey;
      const previous = queryClient.getQueryData(sessionKey);
      const previousAccountId = previous?.signedIn ? previous.accountId : null;
      await navigate(to);
      // Setting (not clearing) the session re-renders every page with the new account's query keys; queries of
      // the old account are removed only after that, when nothing observes them any more.
      queryClient.setQueryData(sessionKey, session);
      await Promise.resolve();
      queryClient.removeQueries({
        predicate: (query) => previousAccountId !== null && query.queryKey.includes(previousAccountId),
      });
    },
    onError: (error) =>
      notifications.show({ color: 'red', title: 'Could not switch account', message: error.message }),
  });
}

/**
 * Signs out on the proxy, then forgets everything cached in this tab. The signed-in pages are left first, so
 * nothing still on screen (a list half loaded, say) can fetch again once the session is gone and get a 401.
 */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const sessionKey = sessionQueries.current().queryKey;
  const forget = () => {
    clearTabStorage();
    queryClient.setQueryData(sessionKey, { signedIn: false });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  };
  return useMutation({
    onMutate: async () => {
      const from = currentReturnTo();
      const accountData = (query: Query) => query.queryKey[0] !== sessionKey[0];
      await navigate(paths.signedOut.href(), { replace: true });
      // Cancelling a query that a page still shows makes that page fetch it again, so wait until React has taken
      // the pages down (a few frames at most), then cancel what is still in flight.
      for (let frame = 0; frame < 30; frame += 1) {
        if (!queryClient.getQueryCache().findAll({ predicate: accountData }).some((query) => query.getObserversCount() > 0)) break;
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
      await queryClient.cancelQueries({ predicate: accountData });
      return { from };
    },
    mutationFn: logout,
    onSuccess: forget,
    onError: async (error, _variables, context) => {
      // A session the proxy no longer knows is as good as signed out.
      if (isApiError(error) && error.isSessionExpired) return forget();
      // Still signed in: back to where the user was, and say why.
      if (context) await navigate(context.from, { replace: true });
      notifications.show({ color: 'red', title: 'Could not sign out', message: error.message });
    },
  });
}
