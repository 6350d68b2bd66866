import { useCallback, useEffect, useMemo } from 'react';
import { useSearchParams } from 'react-router';

import {
  NO_FILTERS,
  parseListState,
  toSearchParams,
  type ListFilters,
  type ListState,
  type PageSize,
} from '@/features/users/list-state';
import type { UserSort } from '@/api/users/schemas';

type Options = { replace?: boolean; keepScroll?: boolean };

/**
 * The list state read from and written to the URL. A user's own change (filter, sort, page) is a new history
 * entry so Back undoes it; what follows from it (page 1 after a new filter, a cleaned-up URL) rides along or
 * replaces, so Back never lands on a state nobody chose.
 */
export function useListState() {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListState(searchParams), [searchParams]);

  const update = useCallback(
    (change: (previous: ListState) => ListState, { replace = false, keepScroll = true }: Options = {}) =>
      setSearchParams((previous) => toSearchParams(change(parseListState(previous))), {
        replace,
        preventScrollReset: keepScroll,
      }),
    [setSearchParams],
  );

  // A URL with invalid or default-valued parameters is rewritten to its canonical form, without a history entry.
  const canonical = toSearchParams(state).toString();
  useEffect(() => {
    if (canonical !== searchParams.toString()) setSearchParams(canonical, { replace: true, preventScrollReset: true });
  }, [canonical, searchParams, setSearchParams]);

  const actions = useMemo(
    () => ({
      setFilters: (patch: Partial<ListFilters>, options?: Options) =>
        update((previous) => ({ ...previous, ...patch, page: 1 }), options),
      clearFilters: () => update((previous) => ({ ...previous, ...NO_FILTERS, page: 1 })),
      setSort: (sort: UserSort) => update((previous) => ({ ...previous, sort, page: 1 })),
      setPage: (page: number, options?: Options) =>
        update((previous) => ({ ...previous, page }), { keepScroll: false, ...options }),
      setSize: (size: PageSize) => update((previous) => ({ ...previous, size, page: 1 })),
    }),
    [update],
  );

  return { state, ...actions };
}
