/**
 * Security headers for every response, through helmet. The Content-Security-Policy allows only this origin,
 * with two exceptions that have reasons:
 * - style-src 'unsafe-inline': Mantine 9 renders <style> elements at run time (its CSS variables, responsive
 *   classes and InlineStyles); without a per-request nonce threaded into MantineProvider they need it. Scripts
 *   stay strict, which is what stops injected code.
 * - form-action includes the OAuth host: /auth/login redirects there, and browsers check form-action on the
 *   redirects of a form submission.
 * Dev mode adds what Vite needs: the inline react-refresh preamble and the HMR WebSocket.
 */
import helmet from 'helmet';
import type { RequestHandler } from 'express';
import type { ProxyConfig } from './config';

export function contentSecurityPolicy(config: ProxyConfig): Record<string, string[]> {
  const https = config.secureCookies;
  const directives: Record<string, string[]> = {
    'default-src': ["'self'"],
    'script-src': config.dev ? ["'self'", "'unsafe-inline'"] : ["'self'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': config.dev ? ["'self'", hmrSocketOrigin(config.appOrigin)] : ["'self'"],
    'frame-ancestors': ["'none'"],
    'form-action': ["'self'", new URL(config.oauthBase).origin],
    'base-uri': ["'self'"],
    'object-src': ["'none'"],
  };
  if (https) directives['upgrade-insecure-requests'] = [];
  return directives;
}

/** Vite's HMR socket runs on this same server; naming its ws(s) origin covers browsers where 'self' does not. */
function hmrSocketOrigin(appOrigin: string): string {
  return appOrigin.replace(/^http/, 'ws');
}

export function securityHeaders(config: ProxyConfig): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy(config) },
    // HSTS only means something over https; on http://localhost it would only confuse.
    strictTransportSecurity: config.secureCookies ? { maxAge: 180 * 24 * 60 * 60 } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    crossOriginEmbedderPolicy: false,
  });
}
