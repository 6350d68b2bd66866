import { describe, expect, it } from 'vitest';

import {
  DEFAULT_LIST_STATE,
  hasFilters,
  lastPage,
  parseListState,
  toApiParams,
  toSearchParams,
} from '@/features/users/list-state';

describe('parseListState', () => {
  it('reads an empty URL as the defaults', () => {
    expect(parseListState('')).toEqual({ q: '', sort: 'FirstNameAsc', locked: false, page: 1, size: 25 });
    expect(DEFAULT_LIST_STATE).toEqual(parseListState(''));
  });

  it('reads every parameter', () => {
    expect(
      parseListState('q=maria&sort=LastNameDesc&status=Pending&locked=true&accessLevel=Office&office=11860&role=4&title=2&page=3&size=100'),
    ).toEqual({
      q: 'maria',
      sort: 'LastNameDesc',
      status: 'Pending',
      locked: true,
      accessLevel: 'Office',
      office: 11860,
      role: 4,
      title: 2,
      page: 3,
      size: 100,
    });
  });

  it('accepts enum values in any case and trims the search', () => {
    expect(parseListState('sort=emaildesc&status=active&accessLevel=ADMIN&q=%20%20ma%20')).toMatchObject({
      sort: 'EmailDesc',
      status: 'Active',
      accessLevel: 'Admin',
      q: 'ma',
    });
  });

  it('falls back per parameter instead of failing the whole list', () => {
    const state = parseListState('q=ok&sort=Sideways&status=Gone&locked=maybe&accessLevel=Root&office=-3&role=x&page=0&size=30');
    expect(state).toEqual({ q: 'ok', sort: 'FirstNameAsc', locked: false, page: 1, size: 25 });
  });

  it('rejects ids and pages that are not whole positive numbers', () => {
    expect(parseListState('office=1.5&page=2e3&title=0').office).toBeUndefined();
    expect(parseListState('page=2e3').page).toBe(1);
    expect(parseListState('title=0').title).toBeUndefined();
  });

  it('keeps the last value of a repeated parameter', () => {
    expect(parseListState('page=2&page=4').page).toBe(4);
  });

  it('cuts an overlong search to 100 characters', () => {
    expect(parseListState(`q=${'a'.repeat(500)}`).q).toHaveLength(100);
  });
});

describe('toSearchParams', () => {
  it('leaves defaults out so links stay short', () => {
    expect(toSearchParams(DEFAULT_LIST_STATE).toString()).toBe('');
    expect(toSearchParams({ ...DEFAULT_LIST_STATE, q: 'maria lee', page: 2 }).toString()).toBe('q=maria+lee&page=2');
  });

  it('round-trips every state through the URL', () => {
    const search = 'q=maria&sort=EmailAsc&status=Active&locked=true&accessLevel=Region&office=7&role=3&title=9&page=5&size=50';
    expect(toSearchParams(parseListState(search)).toString()).toBe(search);
  });
});

describe('toApiParams', () => {
  const state = parseListState('q=ma&sort=LastNameAsc&status=Active&locked=true&accessLevel=Office&office=7&role=3&title=9&page=3&size=50');

  it('asks for exactly one page', () => {
    expect(toApiParams(state, 'v6')).toMatchObject({ startPosition: 100, count: 50 });
    expect(toApiParams(DEFAULT_LIST_STATE, 'v6')).toMatchObject({ startPosition: 0, count: 25 });
  });

  it('filters by role on v6 and by title on v5, never both', () => {
    expect(toApiParams(state, 'v6')).toEqual({
      filter: 'ma',
      sort: 'LastNameAsc',
      status: 'Active',
      lockedOnly: true,
      accessLevel: 'Office',
      defaultOfficeId: 7,
      roleId: 3,
      titleId: undefined,
      startPosition: 100,
      count: 50,
    });
    expect(toApiParams(state, 'v5')).toMatchObject({ roleId: undefined, titleId: 9 });
  });

  it('sends no empty filter and no lockedOnly=false', () => {
    const params = toApiParams(DEFAULT_LIST_STATE, 'v6');
    expect(params.filter).toBeUndefined();
    expect(params.lockedOnly).toBeUndefined();
  });
});

describe('helpers', () => {
  it('knows whether anything narrows the list', () => {
    expect(hasFilters(DEFAULT_LIST_STATE)).toBe(false);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, sort: 'EmailDesc', page: 4, size: 100 })).toBe(false);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, locked: true })).toBe(true);
    expect(hasFilters({ ...DEFAULT_LIST_STATE, q: 'x' })).toBe(true);
  });

  it('computes the last page, at least 1', () => {
    expect(lastPage(0, 25)).toBe(1);
    expect(lastPage(25, 25)).toBe(1);
    expect(lastPage(26, 25)).toBe(2);
    expect(lastPage(1200, 25)).toBe(48);
  });
});
