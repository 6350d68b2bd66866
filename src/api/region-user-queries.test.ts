import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { compareBy, regionUserQueries } from '@/api/region-user-queries';
import * as requests from '@/api/users/requests';
import type { UserSummary } from '@/api/users/schemas';

const user = (userId: number, firstName: string, defaultOfficeId: number): UserSummary => ({
  userId,
  firstName,
  lastName: 'X',
  email: `${firstName.toLowerCase()}@example.com`,
  isLockedOut: false,
  status: 'Active',
  accessLevel: 'Contributor',
  defaultOfficeId,
  titleId: undefined,
  roleId: undefined,
  profileImageUrl: undefined,
});

describe('the region filter built from offices', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sorts users gathered from several offices as the list asks, ties by id', () => {
    const users = [user(3, 'bea', 1), user(1, 'Ann', 2), user(2, 'bea', 2)];
    expect([...users].sort(compareBy('FirstNameAsc')).map((u) => u.userId)).toEqual([1, 2, 3]);
    expect([...users].sort(compareBy('FirstNameDesc')).map((u) => u.userId)).toEqual([2, 3, 1]);
  });

  it('pages exactly over the union of the offices, with its total', async () => {
    const byOffice: Record<number, UserSummary[]> = {
      1: [user(1, 'Ann', 1), user(4, 'Dan', 1)],
      2: [user(2, 'Bea', 2), user(3, 'Cy', 2), user(5, 'Eve', 2)],
    };
    vi.spyOn(requests, 'getUsers').mockImplementation(async (_account, params) => {
      const all = byOffice[params.defaultOfficeId ?? 0] ?? [];
      const page = all.slice(params.startPosition, params.startPosition + params.count);
      return { userSummaries: page, totalRowCount: all.length, resultSetSize: page.length };
    });
    const client = new QueryClient();
    const page = (startPosition: number) =>
      client.fetchQuery(regionUserQueries.page('acc', [1, 2], { sort: 'FirstNameAsc', startPosition, count: 2 }));
    const pages = await Promise.all([page(0), page(2), page(4)]);
    expect(pages.map((p) => p.userSummaries.map((u) => u.firstName))).toEqual([['Ann', 'Bea'], ['Cy', 'Dan'], ['Eve']]);
    expect(pages.map((p) => p.totalRowCount)).toEqual([5, 5, 5]);
    // The region's users are read once and shared by every page.
    expect(requests.getUsers).toHaveBeenCalledTimes(2);
  });
});
