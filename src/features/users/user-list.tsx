import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useLocation } from 'react-router';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { regionUserQueries } from '@/api/region-user-queries';
import { userQueries } from '@/api/users/queries';
import type { UserSummary } from '@/api/users/schemas';
import { isApiError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';
import { BulkBar } from '@/features/users/bulk-bar';
import { rememberListSearch } from '@/features/users/list-memory';
import { hasFilters, lastPage, matchingUsers, toApiParams, type ListState, type MatchingUsers } from '@/features/users/list-state';
import { SearchBox } from '@/features/users/search-box';
import { useListState } from '@/features/users/use-list-state';
import { useLookups } from '@/features/users/use-lookups';
import { UsersFilters } from '@/features/users/users-filters';
import { UsersPagination } from '@/features/users/users-pagination';
import { UsersTable } from '@/features/users/users-table';
import { useSelection } from '@/features/users/use-selection';
import classes from '@/features/users/user-list.module.css';

type Props = { accountId: string; version: CompanyVersion };

/**
 * Why nothing matched, said so it can be mended. Rooms matches the start of a first name, a last name or an
 * address, so a full name ("Ahmed Koss") matches nobody: each of its words does.
 */
function noMatchHint(query: string, filtered: boolean): string {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length > 1) return `The search matches the start of a first name, a last name or an email, one at a time: try "${words[0]}" or "${words.at(-1)}".`;
  return filtered ? 'Try a shorter search or fewer filters.' : 'This account has no users you can see.';
}

/** One page of the list; the region filter, which the API lacks, is built from the region's offices. */
function useUsersPage(accountId: string, state: ListState, version: CompanyVersion, matching: MatchingUsers, settled: boolean) {
  const params = toApiParams(state, version);
  const officeIds = matching.regionOfficeIds ?? [];
  const byRegion = matching.regionOfficeIds !== undefined;
  const plain = useQuery({ ...userQueries.list(accountId, params), placeholderData: keepPreviousData, enabled: !byRegion });
  // Once the offices are known, a region without any (unknown, or not matching the chosen office) has no users.
  const region = useQuery({ ...regionUserQueries.page(accountId, officeIds, params), placeholderData: keepPreviousData, enabled: byRegion && settled });
  return byRegion ? region : plain;
}

/** v5 has no titles endpoint: the title filter offers the title ids met so far in this visit. */
function useSeenTitleIds(users: UserSummary[] | undefined): number[] {
  const [seen, setSeen] = useState<number[]>([]);
  const fresh = [...new Set((users ?? []).map((user) => user.titleId).filter((id) => id !== undefined))].filter(
    (id) => !seen.includes(id),
  );
  if (fresh.length > 0) setSeen([...seen, ...fresh]);
  return seen;
}

/** The user list: search, filters and sort in the URL, one server page per view. */
export function UserList({ accountId, version }: Props) {
  const location = useLocation();
  const list = useListState();
  const { state } = list;
  const { lookups, settled } = useLookups(accountId, version);
  const matching = matchingUsers(state, version, lookups.offices);
  const users = useUsersPage(accountId, state, version, matching, settled);
  const titleIds = useSeenTitleIds(users.data?.userSummaries);
  const selection = useSelection(accountId);

  useEffect(() => rememberListSearch(location.search), [location.search]);

  // A page past the end (the list shrank, or a stale link) moves to the last page there is.
  const total = users.isPlaceholderData ? undefined : (users.data?.totalRowCount ?? undefined);
  const { setPage } = list;
  useEffect(() => {
    if (total !== undefined && total > 0 && state.page > lastPage(total, state.size)) {
      setPage(lastPage(total, state.size), { replace: true, keepScroll: true });
    }
  }, [total, state.page, state.size, setPage]);

  // After a failed page (often an expired session, with its dialog on top) the last page stays on screen, so
  // nothing the user was looking at disappears behind the error.
  const [lastData, setLastData] = useState(users.data);
  if (users.data && users.data !== lastData) setLastData(users.data);
  const data = users.data ?? (users.isError ? lastData : undefined);
  const rows = data && settled ? data.userSummaries : undefined;
  const filtered = hasFilters(state);
  const showError = users.isError && !(isApiError(users.error) && users.error.isSessionExpired && data);

  return (
    <Stack gap="md">
      <Title order={1}>Users</Title>
      <div className={classes.toolbar} role="search" aria-label="Find users">
        <SearchBox
          value={state.q}
          onSearch={(q) => list.setFilters({ q }, { replace: state.q !== '' && q !== '' })}
        />
        <UsersFilters state={state} version={version} lookups={lookups} titleIds={titleIds} onChange={list.setFilters} />
        {filtered && (
          <Button variant="subtle" onClick={list.clearFilters} mb={2} style={{ justifySelf: 'start' }}>
            Clear filters
          </Button>
        )}
      </div>

      {users.isError && !data ? (
        <ErrorPanel error={users.error} action="view users" onRetry={() => void users.refetch()} />
      ) : rows && rows.length === 0 && state.page === 1 ? (
        <Paper withBorder p="xl">
          <Stack align="center" gap="sm">
            <Title order={2} size="h3">
              No users match
            </Title>
            <Text c="dimmed" ta="center">
              {noMatchHint(state.q, filtered)}
            </Text>
            {filtered && <Button onClick={list.clearFilters}>Clear filters</Button>}
          </Stack>
        </Paper>
      ) : (
        <>
          {showError && (
            <ErrorPanel error={users.error} action="load this page of users" onRetry={() => void users.refetch()} />
          )}
          <BulkBar
            accountId={accountId}
            matching={matching}
            total={total}
            pageUsers={rows ?? []}
            selection={selection}
            lookups={lookups}
          />
          <UsersTable
            users={rows}
            selection={selection}
            version={version}
            lookups={lookups}
            sort={state.sort}
            onSort={list.setSort}
            listSearch={location.search}
            skeletonRows={Math.min(state.size, 10)}
            busy={users.isPlaceholderData || users.isFetching}
          />
          {rows && (
            <UsersPagination
              page={state.page}
              size={state.size}
              shown={rows.length}
              total={data?.totalRowCount ?? undefined}
              onPage={list.setPage}
              onSize={list.setSize}
            />
          )}
        </>
      )}
    </Stack>
  );
}
