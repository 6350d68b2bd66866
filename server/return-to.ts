/**
 * Where the browser may land after sign-in. Only a path on this origin is accepted, so /auth/login cannot be
 * used as an open redirect to another site.
 */
const BASE = 'http://return-to.invalid';

export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) return '/';
  // Backslashes and control characters are read as slashes or dropped by some browsers: `/\evil.example`.
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(value)) return '/';
  try {
    const url = new URL(value, BASE);
    if (url.origin !== BASE) return '/';
    const path = `${url.pathname}${url.search}${url.hash}`;
    // Resolving dot segments can make a protocol-relative URL of a path: `/..//evil.example` becomes `//evil.example`.
    return path.startsWith('//') ? '/' : path;
  } catch {
    return '/';
  }
}
