import { Anchor, NativeSelect, Skeleton, VisuallyHidden } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link, useNavigate } from 'react-router';

import type { CompanyVersion } from '@/api/accounts/schemas';
import { USER_SORTS, type UserSort, type UserSummary } from '@/api/users/schemas';
import { PlainCheckbox } from '@/components/plain-checkbox';
import { paths } from '@/config/paths';
import type { ListLinkState } from '@/features/users/list-memory';
import { fullName, NONE, titleLabel, type Lookups } from '@/features/users/lookups';
import { SortHeader } from '@/features/users/sort-header';
import type { Selection } from '@/features/users/use-selection';
import { LockedBadge, StatusBadge } from '@/features/users/user-badges';
import classes from '@/features/users/users-table.module.css';

type Props = {
  users: UserSummary[] | undefined;
  version: CompanyVersion;
  lookups: Lookups;
  sort: UserSort;
  onSort: (sort: UserSort) => void;
  /** The list's search string, carried to the detail page for "Back to users". */
  listSearch: string;
  /** Rows shown while the first page loads. */
  skeletonRows: number;
  /** Showing the previous page's rows while the next one loads. */
  busy: boolean;
  /** Rows picked for bulk actions; kept across pages. */
  selection: Selection;
};

const SORT_LABELS: Record<UserSort, string> = {
  FirstNameAsc: 'first name, A to Z',
  FirstNameDesc: 'first name, Z to A',
  LastNameAsc: 'last name, A to Z',
  LastNameDesc: 'last name, Z to A',
  EmailAsc: 'email, A to Z',
  EmailDesc: 'email, Z to A',
};

const COLUMN_COUNT = 9;

/** Lets a long address wrap before the "@" rather than anywhere in the middle of a word. */
function BreakableEmail({ email }: { email: string }) {
  const at = email.indexOf('@');
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

/** Clicks on links, buttons or a text selection are not "open this row". */
function isRowClick(event: MouseEvent<HTMLTableRowElement>): boolean {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false;
  if ((event.target as HTMLElement).closest('a, button, input, select, textarea, label, [data-no-row-open]')) return false;
  return !window.getSelection()?.toString();
}

/**
 * The page of users, as a plain table: Mantine's Table pulls its scroll-area code into the first load.
 * The name is a real link (Enter, middle click, screen readers); clicking elsewhere in the row
 * opens it too, for the mouse only.
 */
export function UsersTable({ users, version, lookups, sort, onSort, listSearch, skeletonRows, busy, selection }: Props) {
  const navigate = useNavigate();
  const linkState: ListLinkState = { listSearch };
  const onPage = (users ?? []).filter((user) => selection.has(user.userId)).length;
  const allOnPage = users !== undefined && users.length > 0 && onPage === users.length;

  return (
    <>
      <NativeSelect
        className={classes.phoneOnly}
        label="Sort by"
        data={USER_SORTS.map((value) => ({ value, label: SORT_LABELS[value] }))}
        value={sort}
        onChange={(event) => onSort(event.currentTarget.value as UserSort)}
      />
      <div className={classes.scroll} tabIndex={0} role="region" aria-label="Users table, scrolls sideways">
        <table className={classes.table} aria-busy={busy}>
          <VisuallyHidden component="caption">Users, sorted by {SORT_LABELS[sort]}</VisuallyHidden>
          <thead>
            <tr>
              <th className={classes.select} scope="col">
                <PlainCheckbox
                  aria-label="Select every user on this page"
                  checked={allOnPage}
                  indeterminate={onPage > 0 && !allOnPage}
                  disabled={!users?.length}
                  onChange={() => users && selection.change(users, !allOnPage)}
                />
              </th>
              <SortHeader label="Name" ascending="FirstNameAsc" descending="FirstNameDesc" sort={sort} onSort={onSort} />
              <SortHeader label="Last name" ascending="LastNameAsc" descending="LastNameDesc" sort={sort} onSort={onSort} className={classes.wide} />
              <SortHeader label="Email" ascending="EmailAsc" descending="EmailDesc" sort={sort} onSort={onSort} className={classes.wide} />
              <th className={classes.wide}>Status</th>
              <th className={classes.wide}>Locked</th>
              <th className={classes.wide}>Access level</th>
              <th className={classes.wide}>{version === 'v6' ? 'Role' : 'Title'}</th>
              <th className={classes.wide}>Default office</th>
            </tr>
          </thead>
          <tbody>
            {users === undefined
              ? Array.from({ length: skeletonRows }, (_, row) => (
                  <tr key={row} aria-hidden="true">
                    {Array.from({ length: COLUMN_COUNT }, (_, cell) => (
                      <td key={cell} className={cell > 1 ? classes.wide : undefined}>
                        <Skeleton h={14} w={cell === 2 ? '80%' : '60%'} />
                      </td>
                    ))}
                  </tr>
                ))
              : users.map((user) => {
                  const to = paths.user.href(user.userId);
                  return (
                    <tr
                      key={user.userId}
                      className={classes.row}
                      onClick={(event) => {
                        if (isRowClick(event)) void navigate(to, { state: linkState });
                      }}
                    >
                      <td className={classes.select} data-no-row-open>
                        <PlainCheckbox
                          aria-label={`Select ${fullName(user)}`}
                          checked={selection.has(user.userId)}
                          onChange={(event) => selection.change([user], event.currentTarget.checked)}
                        />
                      </td>
                      <td className={`${classes.nowrap} ${classes.nameCell}`}>
                        <Anchor component={Link} to={to} state={linkState} className={classes.nameLink}>
                          {fullName(user)}
                        </Anchor>
                        <div className={classes.phoneOnly}>
                          <div className={classes.phoneDetails}>
                            {user.email} · {user.accessLevel ?? NONE} · {lookups.officeName(user.defaultOfficeId)}
                          </div>
                          <div className={classes.phoneBadges}>
                            <StatusBadge status={user.status} />
                            {user.isLockedOut && <LockedBadge locked />}
                          </div>
                        </div>
                      </td>
                      <td className={`${classes.nowrap} ${classes.wide}`}>{user.lastName || NONE}</td>
                      <td className={`${classes.email} ${classes.wide}`}>
                        <BreakableEmail email={user.email} />
                      </td>
                      <td className={`${classes.nowrap} ${classes.wide}`}>
                        <StatusBadge status={user.status} />
                      </td>
                      <td className={`${classes.nowrap} ${classes.wide}`}>
                        <LockedBadge locked={user.isLockedOut} />
                      </td>
                      <td className={`${classes.nowrap} ${classes.wide}`}>{user.accessLevel ?? NONE}</td>
                      <td className={classes.wide}>{version === 'v6' ? lookups.roleName(user.roleId) : titleLabel(user.titleId)}</td>
                      <td className={classes.wide}>{lookups.officeName(user.defaultOfficeId)}</td>
                    </tr>
                  );
                })}
          </tbody>
        </table>
      </div>
    </>
  );
}
