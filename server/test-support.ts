/**
 * Shared by the proxy's tests: a simulator and a proxy on free ports, talking real HTTP, and a minimal
 * "browser" that keeps the session cookie and follows redirects by hand, so each hop can be checked.
 */
import { createServer as createHttpServer, request as httpRequest, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator, type StartOptions } from '../simulator/server';
import type { ActivityLog } from './activity-log';
import { startServer, type RunningServer } from './app';
import { loadConfig, type ProxyConfig } from './config';

export { CEDAR_ACCOUNT_ID, HARBOR_ACCOUNT_ID } from '../simulator/seed';

export const ADMIN = 'admin@harborpine.example';

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

export const SPA_INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';

/** The stand-in entry script: large enough (several kB) that serving it compressed is worth it. */
export const SPA_SCRIPT = Array.from({ length: 200 }, (_, line) => `console.log("app line ${line}");`).join('\n');

/** A stand-in for `vite build` output: index.html and one hashed asset. */
export async function builtSpa(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rooms-admin-spa-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), SPA_INDEX);
  await writeFile(join(dir, 'assets', 'index-abc123.js'), SPA_SCRIPT);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

export interface Stack {
  sim: RunningSimulator;
  proxy: RunningServer;
  /** POST to the simulator's control API. */
  control: (path: string, body?: unknown) => Promise<unknown>;
  close: () => Promise<void>;
}

export interface StackOptions {
  simulator?: StartOptions;
  /** Extra proxy environment (JWT_*, STATIC_DIR, ROOMS_API_BASE ...). */
  env?: Record<string, string>;
  /** Changes to the parsed config, for what has no variable (timeouts). */
  config?: Partial<ProxyConfig>;
  activity?: ActivityLog;
}

/** A simulator with its control API, and the proxy pointed at it, each on a free port. */
export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const port = await freePort();
  const staticDir = await builtSpa();
  const sim = await startSimulator({
    port: 0,
    control: true,
    redirectUris: [`http://localhost:${port}/auth/callback`],
    ...options.simulator,
  });
  const config = loadConfig({
    PORT: String(port),
    OAUTH_BASE: sim.url,
    ROOMS_API_BASE: `${sim.url}/restapi`,
    STATIC_DIR: staticDir,
    ...options.env,
  });
  let proxy: RunningServer;
  try {
    proxy = await startServer({ ...config, ...options.config }, options.activity ? { activity: options.activity } : {});
  } catch (error) {
    await sim.close();
    throw error;
  }
  return {
    sim,
    proxy,
    control: async (path, body = {}) => {
      const response = await fetch(`${sim.url}/__control${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`control ${path}: HTTP ${response.status} ${await response.text()}`);
      return response.json();
    },
    close: async () => {
      await proxy.close();
      await sim.close();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}

export interface Exchange {
  url: string;
  status: number;
  headers: Headers;
  text: string;
}

/** Keeps cookies per origin and records every exchange, so tests can inspect all the browser ever saw. */
export class Browser {
  readonly seen: Exchange[] = [];
  private readonly jar = new Map<string, Map<string, string>>();

  cookie(origin: string, name: string): string | undefined {
    return this.jar.get(origin)?.get(name);
  }

  async fetch(url: string, init: RequestInit = {}): Promise<Exchange> {
    const { origin } = new URL(url);
    const headers = new Headers(init.headers);
    const cookies = this.jar.get(origin);
    if (cookies && cookies.size > 0 && !headers.has('Cookie')) {
      headers.set('Cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const jar = this.jar.get(origin) ?? new Map<string, string>();
      // An expired cookie (logout) is removed, as a browser would.
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) jar.delete(name);
      else jar.set(name, value);
      this.jar.set(origin, jar);
    }
    const exchange = { url, status: response.status, headers: response.headers, text: await response.text() };
    this.seen.push(exchange);
    return exchange;
  }

  /** JSON body of a same-origin call, with the session cookie. */
  async json(url: string, init: RequestInit = {}): Promise<{ status: number; headers: Headers; body: unknown }> {
    const exchange = await this.fetch(url, init);
    return { status: exchange.status, headers: exchange.headers, body: exchange.text ? (JSON.parse(exchange.text) as unknown) : null };
  }
}

function location(exchange: Exchange): string {
  const target = exchange.headers.get('Location');
  if (!target || exchange.status < 300 || exchange.status >= 400) {
    throw new Error(`expected a redirect from ${exchange.url}, got ${exchange.status}: ${exchange.text.slice(0, 300)}`);
  }
  return new URL(target, exchange.url).toString();
}

const unescapeHtml = (value: string) => value.replace(/&#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)));

/** The sign-in page's form: its action and hidden fields, as a browser would submit them. */
function readSignInForm(html: string, pageUrl: string): { action: string; fields: Record<string, string> } {
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!action) throw new Error(`no sign-in form on ${pageUrl}: ${html.slice(0, 300)}`);
  const fields: Record<string, string> = {};
  for (const match of html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)">/g)) {
    fields[unescapeHtml(match[1] ?? '')] = unescapeHtml(match[2] ?? '');
  }
  return { action: new URL(unescapeHtml(action), pageUrl).toString(), fields };
}

/**
 * The whole browser round trip: /auth/login → the simulator's sign-in page → its form posted for `email`
 * → /auth/callback → returnTo. Returns where the browser finally landed.
 */
export async function signIn(browser: Browser, proxyUrl: string, email = ADMIN, returnTo = '/'): Promise<string> {
  const login = await browser.fetch(`${proxyUrl}/auth/login?returnTo=${encodeURIComponent(returnTo)}`);
  return finishSignIn(browser, location(login), email);
}

/** The part of signIn after /auth/login: from the authorize URL it redirected to, to where the browser lands. */
export async function finishSignIn(browser: Browser, authorizeUrl: string, email = ADMIN): Promise<string> {
  const page = await browser.fetch(authorizeUrl);
  if (page.status !== 200) throw new Error(`sign-in page: HTTP ${page.status} ${page.text.slice(0, 300)}`);
  const form = readSignInForm(page.text, authorizeUrl);
  const posted = await browser.fetch(form.action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...form.fields, email }).toString(),
  });
  const callback = await browser.fetch(location(posted));
  return location(callback);
}

export interface SessionBody {
  signedIn: boolean;
  identity?: { sub: string; name: string; email: string };
  accounts?: { accountId: string; name: string; isDefault: boolean }[];
  accountId?: string;
  companyVersion?: string | null;
  csrfToken?: string;
}

export async function session(browser: Browser, proxyUrl: string): Promise<SessionBody> {
  return (await browser.json(`${proxyUrl}/auth/session`)).body as SessionBody;
}

/** A request exactly as written (no URL normalisation, unlike fetch), for path tricks. */
export function rawGet(url: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, path, method: 'GET', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Recorder {
  url: string;
  requests: RecordedRequest[];
  /** How to answer the next requests; by default 200 `{"ok":true}`. */
  respond: (handler: (req: RecordedRequest, res: ServerResponse) => void) => void;
  close: () => Promise<void>;
}

/** A stand-in upstream that records exactly what the proxy sent it. */
export async function startRecorder(): Promise<Recorder> {
  const requests: RecordedRequest[] = [];
  const ok = (_req: RecordedRequest, res: ServerResponse) => {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
  };
  let handler = ok;
  const server = createHttpServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const recorded = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body };
      requests.push(recorded);
      handler(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://localhost:${address.port}`,
    requests,
    respond: (next) => {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
