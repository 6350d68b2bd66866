import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { isApiError } from '@/api/errors';
import { sessionQueries } from '@/api/session/queries';
import { chooseAccount, logout } from '@/api/session/requests';
import { paths } from '@/config/paths';

/**
 * Switches the account the proxy uses. The list is where every account starts (an open user or a filter of the
 * old account means nothing in the new one), and everything cached for the old account is dropped.
 */
export function useSwitchAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (accountId: string) => chooseAccount(accountId),
    onSuccess: async (session) => {
      const sessionKey = sessionQueries.current().queryKey;
      const previous = queryClient.getQueryData(sessionKey);
      const previousAccountId = previous?.signedIn ? previous.accountId : null;
      await navigate(paths.users.href());
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

/** Signs out on the proxy, then forgets everything cached in this tab. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const leave = async () => {
    await navigate(paths.signedOut.href(), { replace: true });
    // Clearing the cache under a still-mounted header would make it fetch again (and get a 401). Saying "signed
    // out" first unmounts whatever is left of the shell; then the account's data can go.
    const sessionKey = sessionQueries.current().queryKey;
    queryClient.setQueryData(sessionKey, { signedIn: false });
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
  };
  return useMutation({
    // Calls still in flight would come back 401 once the session is gone; they are cancelled first.
    onMutate: () => queryClient.cancelQueries(),
    mutationFn: logout,
    onSuccess: leave,
    onError: async (error) => {
      // A session the proxy no longer knows is as good as signed out.
      if (isApiError(error) && error.isSessionExpired) return leave();
      notifications.show({ color: 'red', title: 'Could not sign out', message: error.message });
    },
  });
}
