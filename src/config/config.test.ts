import { describe, expect, it } from 'vitest';

import { parseEnv } from '@/config/env';
import { authPaths, paths } from '@/config/paths';

describe('parseEnv', () => {
  it('reads a valid Vite environment', () => {
    expect(parseEnv({ MODE: 'production', DEV: false, BASE_URL: '/' })).toEqual({ mode: 'production', isDev: false, basePath: '/' });
  });

  it('lists every bad variable with how to fix it', () => {
    expect(() => parseEnv({ MODE: '', DEV: 'yes', BASE_URL: 'app' })).toThrow(/MODE[\s\S]*DEV[\s\S]*BASE_URL/);
  });
});

describe('paths', () => {
  it('builds the app URLs', () => {
    expect(paths.users.href()).toBe('/users');
    expect(paths.users.href('?q=maria')).toBe('/users?q=maria');
    expect(paths.users.href(new URLSearchParams({ status: 'Active' }))).toBe('/users?status=Active');
    expect(paths.user.href(1840005)).toBe('/users/1840005');
  });

  it('sends the sign-in back to the exact path and search', () => {
    expect(authPaths.login('/users?q=maria&page=2')).toBe('/auth/login?returnTo=%2Fusers%3Fq%3Dmaria%26page%3D2');
  });
});
