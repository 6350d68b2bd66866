import { useCallback, useEffect, useMemo, useState } from 'react';

import { UserSummary } from '@/api/users/schemas';

const storageKey = (accountId: string) => `rooms-admin:selection:${accountId}`;

function recall(accountId: string): Map<number, UserSummary> {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(storageKey(accountId)) ?? '[]');
    if (!Array.isArray(saved)) return new Map();
    const users = saved.flatMap((item) => {
      const parsed = UserSummary.safeParse(item);
      return parsed.success ? [parsed.data] : [];
    });
    return new Map(users.map((user) => [user.userId, user]));
  } catch {
    return new Map();
  }
}

/**
 * The users picked for a bulk action, by userId, with the summary last seen for each (the review judges rows not
 * on screen by it). Kept in sessionStorage, not the URL: it survives paging, sorting, filtering and a reload of
 * this tab, but is nothing anyone would share.
 */
export function useSelection(accountId: string) {
  const [selected, setSelected] = useState(() => recall(accountId));

  useEffect(() => {
    if (selected.size === 0) sessionStorage.removeItem(storageKey(accountId));
    else sessionStorage.setItem(storageKey(accountId), JSON.stringify([...selected.values()]));
  }, [accountId, selected]);

  const change = useCallback((users: readonly UserSummary[], on: boolean) => {
    setSelected((previous) => {
      const next = new Map(previous);
      for (const user of users) {
        if (on) next.set(user.userId, user);
        else next.delete(user.userId);
      }
      return next;
    });
  }, []);

  return useMemo(
    () => ({
      size: selected.size,
      has: (userId: number) => selected.has(userId),
      users: () => [...selected.values()],
      change,
      clear: () => setSelected(new Map()),
    }),
    [selected, change],
  );
}

export type Selection = ReturnType<typeof useSelection>;
