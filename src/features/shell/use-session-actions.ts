import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';

import { isApiError } from '@/api/errors';
import { sessionQueries } from '@/api/session/queries';
import { chooseAccount, logout } from '@/api/session/requests';
import { paths } from '@/config/paths';

/**
 * Switches the account the proxy uses. Everything cached belongs to the old account, so the cache is emptied,
 * and the list is where every account starts (an open user or filter of the old one means nothing in the new).
 */
export function useSwitchAccount() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: (accountId: string) => chooseAccount(accountId),
    onSuccess: async (session) => {
      await navigate(paths.users.href());
      queryClient.clear();
      queryClient.setQueryData(sessionQueries.current().queryKey, session);
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
    queryClient.clear();
  };
  return useMutation({
    mutationFn: logout,
    onSuccess: leave,
    onError: async (error) => {
      // A session the proxy no longer knows is as good as signed out.
      if (isApiError(error) && error.isSessionExpired) return leave();
      notifications.show({ color: 'red', title: 'Could not sign out', message: error.message });
    },
  });
}
