/**
 * Starts the product's processes (simulator and auth proxy) as children, waits until they answer, and stops
 * them again. Shared by `npm start`, the e2e web server and the benchmarks so all three run the same way.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The simulator's sign-in identities (SIGN_IN_IDENTITIES in simulator/seed.ts), for the start-up message. */
export const IDENTITIES = [
  ['admin@harborpine.example', 'Default Admin of Harbor & Pine Realty (v6) and classic Admin of Cedar Classic Homes (v5)'],
  ['rita.region@harborpine.example', 'Regional Manager, region Northeast'],
  ['omar.office@harborpine.example', 'Office Manager, office Cambridge'],
  ['alex.agent@harborpine.example', 'Agent, no user-management rights'],
  ['mona.manager@cedarclassic.example', 'v5 Manager who may manage company members'],
  ['milo.manager@cedarclassic.example', 'v5 Manager who may not'],
  ['abby.agent@cedarclassic.example', 'v5 Agent'],
];

/** True when the proxy is pointed at a local OAuth server, i.e. the simulator should run. */
export function usesSimulator(env = process.env) {
  const base = env.OAUTH_BASE;
  if (!base) return true;
  try {
    const { hostname } = new URL(base);
    return hostname === 'localhost' || hostname === '127.0.0.1' || hostname === '[::1]';
  } catch {
    return true;
  }
}

/** Drops any real-DocuSign settings from this process's environment, so what it starts uses the simulator. */
export function forgetRealDocuSign() {
  const names = ['OAUTH_BASE', 'ROOMS_API_BASE', 'OAUTH_REDIRECT_URI', 'OAUTH_CLIENT_ID', 'OAUTH_CLIENT_SECRET', 'OAUTH_SCOPES'];
  for (const name of [...names, 'JWT_USER_ID', 'JWT_PRIVATE_KEY', 'JWT_PRIVATE_KEY_FILE', 'STATIC_DIR']) {
    delete process.env[name];
  }
}

/** Runs `vite build` (plus any extra CLI `args`) in the foreground; throws when it fails. */
export function buildApp({ quiet = false, args = [] } = {}) {
  const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
  const result = spawnSync(process.execPath, [vite, 'build', ...(quiet ? ['--logLevel', 'warn'] : []), ...args], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit code ${result.status ?? result.signal})`);
}

/** Starts a TypeScript entry point with tsx's loader in one node process, prefixing its output lines. */
function startTs(name, entry, env, args = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ]) {
    createInterface({ input: stream }).on('line', (line) => out.write(`[${name}] ${line}\n`));
  }
  child.name = name;
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return child;
}

/** Resolves once `url` answers with any HTTP status; rejects when the child exits or time runs out. */
async function waitForHttp(url, child, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  void child.exited.then(() => (exited = true));
  while (Date.now() < deadline) {
    if (exited) throw new Error(`${child.name} exited before it answered at ${url}`);
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  throw new Error(`${child.name} did not answer at ${url} within ${timeoutMs / 1000} s`);
}

/** Stops the children (SIGTERM, then SIGKILL after `graceMs`) and waits for them. */
export async function stopAll(children, graceMs = 5_000) {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await child.exited;
      clearTimeout(timer);
    }),
  );
}

/**
 * Starts the simulator (unless real DocuSign is configured) and the proxy.
 * @param {{ port: number, simulatorPort: number, dev?: boolean, control?: boolean, env?: Record<string, string> }} options
 * @returns {Promise<{ appUrl: string, simulatorUrl?: string, children: import('node:child_process').ChildProcess[], stop: () => Promise<void> }>}
 */
export async function startStack({ port, simulatorPort, dev = false, control = false, env = {} }) {
  const appUrl = `http://localhost:${port}`;
  const redirectUri = `${appUrl}/auth/callback`;
  const children = [];
  const stop = () => stopAll(children);
  try {
    let simulatorUrl;
    const proxyEnv = { ...env, PORT: String(port), NODE_ENV: dev ? 'development' : 'production' };
    if (usesSimulator({ ...process.env, ...env })) {
      simulatorUrl = `http://localhost:${simulatorPort}`;
      const simulator = startTs('simulator', 'simulator/main.ts', {
        ...env,
        SIMULATOR_PORT: String(simulatorPort),
        SIMULATOR_REDIRECT_URIS: redirectUri,
        ...(control ? { SIMULATOR_CONTROL: '1' } : {}),
      });
      children.push(simulator);
      await waitForHttp(`${simulatorUrl}/`, simulator);
      Object.assign(proxyEnv, {
        SIMULATOR_PORT: String(simulatorPort),
        OAUTH_BASE: simulatorUrl,
        ROOMS_API_BASE: `${simulatorUrl}/restapi`,
        OAUTH_REDIRECT_URI: redirectUri,
      });
    }
    const proxy = startTs('proxy', 'server/main.ts', proxyEnv, dev ? ['--dev'] : []);
    children.push(proxy);
    await waitForHttp(`${appUrl}/auth/session`, proxy);
    return { appUrl, simulatorUrl, children, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
