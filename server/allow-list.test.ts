import { describe, expect, it } from 'vitest';
import { matchApiRoute } from './allow-list';

const ACCOUNT = '3f1c2b9e-1111-4a2b-9c3d-123456789abc';
const url = (rest: string) => `/api/v2/accounts/${ACCOUNT}${rest}`;

describe('matchApiRoute', () => {
  it.each([
    ['GET', '', ''],
    ['GET', '/users?startPosition=100&count=100', 'users'],
    ['PUT', '/users/42', 'users/{id}'],
    ['DELETE', '/users/42', 'users/{id}'],
    ['POST', '/users/invite_user', 'users/invite_user'],
    ['POST', '/users/invite_classic_manager', 'users/invite_classic_manager'],
    ['POST', '/users/7/remove_from_region', 'users/{id}/remove_from_region'],
    ['POST', '/users/7/lock', 'users/{id}/lock'],
    ['GET', '/offices/3', 'offices/{id}'],
    ['GET', '/esign_permission_profiles', 'esign_permission_profiles'],
    ['POST', '/rooms/12/users', 'rooms/{id}/users'],
    ['GET', '/rooms/12/assignable_roles?assigneeEmail=a%40b.example', 'rooms/{id}/assignable_roles'],
  ])('allows %s %s', (method, rest, template) => {
    const match = matchApiRoute(method, url(rest));
    expect(match).toMatchObject({ ok: true, route: { accountId: ACCOUNT, template } });
  });

  it('keeps the query string as it came', () => {
    const match = matchApiRoute('GET', url('/users?filter=o%27brien&sort=lastNameAsc'));
    expect(match.ok && match.route.search).toBe('?filter=o%27brien&sort=lastNameAsc');
    expect(match.ok && match.route.path).toBe('users');
  });

  it.each([
    ['GET', '/users/invite_user', 'method-not-allowed'],
    ['GET', '/users/abc', 'unknown-route'],
    ['GET', '/users/-1', 'malformed'],
    ['GET', '/users/2147483648', 'unknown-route'],
    ['GET', '/users/042', 'unknown-route'],
    ['POST', '/offices', 'method-not-allowed'],
    ['DELETE', '/roles/4', 'method-not-allowed'],
    ['PATCH', '/users/1', 'method-not-allowed'],
    ['GET', '/rooms/1/documents', 'unknown-route'],
    ['GET', '/users/', 'malformed'],
    ['GET', '/', 'malformed'],
  ])('refuses %s %s (%s)', (method, rest, reason) => {
    expect(matchApiRoute(method, url(rest))).toEqual({ ok: false, reason });
  });

  it.each([
    url('/users/..'),
    url('/users/../../other'),
    url('/users%2F42'),
    url('/users/42%2Flock'),
    url('/users/%2e%2e/roles'),
    url('//users'),
    url('/users\\42'),
    url('/http://evil.example/users'),
    '/api/v2/accounts/..%2F..%2Fadmin/users',
    '/api/v2/accounts/evil.example/users',
    'http://evil.example/api/v2/accounts/x/users',
    '//evil.example/api/v2/accounts/x/users',
    '/api/v1/accounts/x/users',
  ])('refuses the path trick %s', (raw) => {
    expect(matchApiRoute('GET', raw)).toMatchObject({ ok: false });
  });
});
