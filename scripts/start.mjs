#!/usr/bin/env node
/**
 * `npm start`: build the SPA, start the simulator and the auth proxy, print where to go and who to sign in as.
 * `npm run dev` (`--dev`): no build; the proxy serves the app through Vite's middleware with hot reload.
 * Ctrl-C stops everything. With real DocuSign configured (OAUTH_BASE not on localhost) no simulator is started.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp, IDENTITIES, ROOT, startStack, stopAll } from './stack.mjs';

const dev = process.argv.includes('--dev');

// A local .env (see .env.example) fills in what the shell did not set.
if (existsSync(join(ROOT, '.env'))) process.loadEnvFile(join(ROOT, '.env'));

function portFrom(name, fallback) {
  const raw = process.env[name] ?? String(fallback);
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    console.error(`${name}=${raw} is not a port number; use an integer from 1 to 65535 (default ${fallback}).`);
    process.exit(2);
  }
  return port;
}

const port = portFrom('PORT', 4000);
const simulatorPort = portFrom('SIMULATOR_PORT', 4010);

let stack;
let stopping = false;

async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (stack) {
    console.log('\nStopping…');
    await stopAll(stack.children);
  }
  process.exit(code);
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

try {
  if (!dev) {
    console.log('Building the app (vite build)…');
    buildApp({ quiet: true });
  }
  stack = await startStack({ port, simulatorPort, dev });
} catch (error) {
  console.error(`\nCould not start Rooms Admin: ${error instanceof Error ? error.message : String(error)}`);
  console.error('The lines above, from the simulator and the proxy, say why.');
  console.error(`If a port is taken, choose others: PORT=5000 SIMULATOR_PORT=5010 npm ${dev ? 'run dev' : 'start'}`);
  await shutdown(1);
}

for (const child of stack.children) {
  void child.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`\n${child.name} stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping the rest.`);
    void shutdown(1);
  });
}

const lines = [
  '',
  `Rooms Admin is running${dev ? ' in dev mode (hot reload)' : ''}: ${stack.appUrl}`,
];
if (stack.simulatorUrl) {
  lines.push(
    `Against the local simulator at ${stack.simulatorUrl}. Sign in as ${IDENTITIES[0][0]}.`,
    'Other identities on the sign-in page:',
    ...IDENTITIES.slice(1).map(([email, what]) => `  ${email.padEnd(36)} ${what}`),
  );
} else {
  lines.push(`Against DocuSign at ${process.env.OAUTH_BASE}; sign in with your DocuSign account.`);
}
lines.push('Press Ctrl-C to stop.', '');
console.log(lines.join('\n'));
