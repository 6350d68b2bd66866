#!/usr/bin/env node
/**
 * The web server for Playwright: builds the SPA once, then starts the simulator (with its
 * control API) and the proxy serving the built app on test ports, so a running `npm start` does not collide.
 * Ports: E2E_PORT (default 4100) and E2E_SIMULATOR_PORT (default 4110). `--no-build` reuses dist/.
 */
import { buildApp, forgetRealDocuSign, startStack, stopAll } from './stack.mjs';

const port = Number(process.env.E2E_PORT ?? 4100);
const simulatorPort = Number(process.env.E2E_SIMULATOR_PORT ?? 4110);

// The tests always run against the simulator, whatever a developer's shell or .env says.
forgetRealDocuSign();

if (!process.argv.includes('--no-build')) buildApp({ quiet: true });

const stack = await startStack({ port, simulatorPort, control: true });
console.log(`e2e server ready: app ${stack.appUrl}, simulator ${stack.simulatorUrl}`);

let stopping = false;
const shutdown = async (code) => {
  if (stopping) return;
  stopping = true;
  await stopAll(stack.children);
  process.exit(code);
};
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
for (const child of stack.children) {
  void child.exited.then(() => {
    if (!stopping) {
      console.error(`${child.name} stopped unexpectedly`);
      void shutdown(1);
    }
  });
}
