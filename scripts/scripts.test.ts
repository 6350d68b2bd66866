import { afterEach, describe, expect, it, vi } from 'vitest';
import { findBrowser } from './find-browser.mjs';
import { usesSimulator } from './stack.mjs';

describe('findBrowser', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('takes an existing CHROME_PATH before anything else', () => {
    vi.stubEnv('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', '');
    vi.stubEnv('CHROME_PATH', process.execPath);
    expect(findBrowser()).toEqual({ path: process.execPath, source: 'env' });
  });

  it('passes over an env var that points nowhere', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubEnv('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', '/nowhere/chrome');
    vi.stubEnv('CHROME_PATH', '');
    expect(findBrowser()?.path).not.toBe('/nowhere/chrome');
  });
});

describe('usesSimulator', () => {
  it('runs the simulator unless OAUTH_BASE points off this machine', () => {
    expect(usesSimulator({})).toBe(true);
    expect(usesSimulator({ OAUTH_BASE: 'http://localhost:4010' })).toBe(true);
    expect(usesSimulator({ OAUTH_BASE: 'http://127.0.0.1:5010' })).toBe(true);
    expect(usesSimulator({ OAUTH_BASE: 'https://account-d.docusign.com' })).toBe(false);
    expect(usesSimulator({ OAUTH_BASE: 'https://account.docusign.com' })).toBe(false);
  });
});
