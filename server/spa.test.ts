/** Serving the built SPA: caching, the client-side route fallback, and the security headers. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './security-headers';
import { SPA_INDEX, SPA_SCRIPT, startStack, type Stack } from './test-support';

let stack: Stack;
let app: string;

beforeAll(async () => {
  stack = await startStack();
  app = stack.proxy.url;
});
afterAll(() => stack.close());

/** The CSP header as directive → sources. */
function csp(headers: Headers): Record<string, string[]> {
  const value = headers.get('Content-Security-Policy') ?? '';
  return Object.fromEntries(
    value
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the SPA', () => {
  it('is served with a strict Content-Security-Policy and the other security headers', async () => {
    const response = await fetch(`${app}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SPA_INDEX);
    const policy = csp(response.headers);
    expect(policy).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'connect-src': ["'self'"],
      'frame-ancestors': ["'none'"],
      'form-action': ["'self'", stack.sim.url],
      'base-uri': ["'self'"],
      'object-src': ["'none'"],
    });
    expect(response.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
    expect(response.headers.get('X-Frame-Options')).toBe('DENY');
    expect(response.headers.get('Strict-Transport-Security')).toBeNull();
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('answers client-side routes with index.html, never cached', async () => {
    const response = await fetch(`${app}/users/42?tab=offices`);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(SPA_INDEX);
    expect(response.headers.get('Cache-Control')).toBe('no-cache');
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
  });

  it('caches hashed assets for a year, and a missing asset is a 404, not index.html', async () => {
    const asset = await fetch(`${app}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    const missing = await fetch(`${app}/assets/index-old999.js`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain('<html');
  });

  it('sends the app compressed to a browser that accepts gzip, and as is to one that does not', async () => {
    const gzipped = await fetch(`${app}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gzipped.headers.get('Content-Encoding')).toBe('gzip');
    expect(gzipped.headers.get('Vary')).toMatch(/Accept-Encoding/i);
    expect(await gzipped.text()).toBe(SPA_SCRIPT);

    const plain = await fetch(`${app}/assets/index-abc123.js`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(plain.headers.get('Content-Encoding')).toBeNull();
    expect(await plain.text()).toBe(SPA_SCRIPT);
  });

  it('serves other public files with a short cache', async () => {
    const icon = await fetch(`${app}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('Cache-Control')).toBe('public, max-age=3600');
  });

  it('never answers /api or /auth with index.html', async () => {
    const api = await fetch(`${app}/api/unknown`);
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ errorCode: 'ROUTE_NOT_ALLOWED' });
    const auth = await fetch(`${app}/auth`);
    expect(auth.headers.get('Content-Type')).toMatch(/json/);
  });
});

describe('the policy in other modes', () => {

  it('relaxes only what Vite needs in dev: inline scripts for the refresh preamble and the HMR socket', () => {
    const policy = contentSecurityPolicy({ ...stack.proxy.config, dev: true });
    expect(policy['script-src']).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy['connect-src']).toEqual(["'self'", app.replace('http:', 'ws:')]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });

  it('upgrades insecure requests when served over https', () => {
    const policy = contentSecurityPolicy({ ...stack.proxy.config, secureCookies: true });
    expect(policy['upgrade-insecure-requests']).toEqual([]);
  });
});
