import { notifications } from '@mantine/notifications';
import { useQueryClient, type UseMutationResult } from '@tanstack/react-query';

import {
  addUserToOffice,
  addUserToRegion,
  lockUser,
  reinviteUser,
  removeUser,
  removeUserFromOffice,
  removeUserFromRegion,
  unlockUser,
  updateDefaultOffice,
} from '@/api/users/requests';
import { userQueries } from '@/api/users/queries';
import type { User } from '@/api/users/schemas';
import { useMutationOnce } from '@/components/use-mutation-once';

type Options<V> = {
  /** The call; a reply that is a User replaces the cached detail at once. */
  run: (variables: V) => Promise<User | void>;
  /** What the cached detail looks like afterwards when the call answers without a body. */
  patch?: (user: User, variables: V) => User;
  success: (variables: V) => string;
  /** Removal: the detail is dropped instead of refetched. */
  removes?: boolean;
  onDone?: () => void;
};

/**
 * One user action: on success the detail shows the new state at once (from the reply, or patched), then the
 * detail and every list are refetched or marked stale, so the list is right even when it was never opened or its
 * data was still fresh.
 */
function useUserMutation<V>(accountId: string, userId: number, { run, patch, success, removes, onDone }: Options<V>) {
  const queryClient = useQueryClient();
  const detail = userQueries.detail(accountId, userId);
  return useMutationOnce({
    mutationFn: run,
    onSuccess: async (reply, variables) => {
      if (removes) {
        queryClient.removeQueries({ queryKey: detail.queryKey, exact: true });
      } else if (reply) {
        queryClient.setQueryData(detail.queryKey, reply);
      } else if (patch) {
        queryClient.setQueryData(detail.queryKey, (old) => (old ? patch(old, variables) : old));
      }
      notifications.show({ color: 'teal', title: 'Done', message: success(variables) });
      onDone?.();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userQueries.lists() }),
        removes ? undefined : queryClient.invalidateQueries({ queryKey: detail.queryKey, exact: true }),
      ]);
    },
  });
}

export type Named = { name: string };

export function useUserActions(accountId: string, user: User, name: string, { onRemoved }: { onRemoved: () => void }) {
  const { userId } = user;
  return {
    lock: useUserMutation(accountId, userId, {
      run: (reason: string) => lockUser(accountId, userId, reason),
      patch: (old) => ({ ...old, isLockedOut: true }),
      success: () => `${name} is locked.`,
    }),
    unlock: useUserMutation<void>(accountId, userId, {
      run: () => unlockUser(accountId, userId),
      patch: (old) => ({ ...old, isLockedOut: false }),
      success: () => `${name} is unlocked.`,
    }),
    reinvite: useUserMutation<void>(accountId, userId, {
      run: () => reinviteUser(accountId, userId),
      success: () => `A new invitation was sent to ${user.email}.`,
    }),
    remove: useUserMutation<void>(accountId, userId, {
      run: () => removeUser(accountId, userId),
      success: () => `${name} was removed from the company.`,
      removes: true,
      onDone: onRemoved,
    }),
    setDefaultOffice: useUserMutation(accountId, userId, {
      run: ({ officeId }: { officeId: number } & Named) => updateDefaultOffice(accountId, userId, officeId),
      // The service makes the new default one of an office member's offices too; said, since nobody asked for it.
      success: ({ officeId, name: office }) =>
        (user.accessLevel !== 'Office' && user.accessLevel !== 'Contributor') || user.offices.includes(officeId) || user.defaultOfficeId === officeId
          ? `${office} is now ${name}'s default office.`
          : `${office} is now ${name}'s default office, and one of their offices.`,
    }),
    addToOffice: useUserMutation(accountId, userId, {
      run: ({ officeId }: { officeId: number } & Named) => addUserToOffice(accountId, userId, officeId),
      patch: (old, { officeId }) => ({ ...old, offices: [...old.offices, officeId] }),
      success: ({ name: office }) => `${name} was added to ${office}.`,
    }),
    removeFromOffice: useUserMutation(accountId, userId, {
      run: ({ officeId }: { officeId: number } & Named) => removeUserFromOffice(accountId, userId, officeId),
      patch: (old, { officeId }) => ({ ...old, offices: old.offices.filter((id) => id !== officeId) }),
      success: ({ name: office }) => `${name} was removed from ${office}.`,
    }),
    addToRegion: useUserMutation(accountId, userId, {
      run: ({ regionId }: { regionId: number } & Named) => addUserToRegion(accountId, userId, regionId),
      patch: (old, { regionId }) => ({ ...old, regions: [...old.regions, regionId] }),
      success: ({ name: region }) => `${name} was added to ${region}.`,
    }),
    removeFromRegion: useUserMutation(accountId, userId, {
      run: ({ regionId }: { regionId: number } & Named) => removeUserFromRegion(accountId, userId, regionId),
      patch: (old, { regionId }) => ({ ...old, regions: old.regions.filter((id) => id !== regionId) }),
      success: ({ name: region }) => `${name} was removed from ${region}.`,
    }),
  };
}

export type UserActions = ReturnType<typeof useUserActions>;

/** One of the actions above, for the dialogs that run it. */
export type UserMutation<V> = UseMutationResult<User | void, Error, V>;
