import type { TestProject } from 'vitest/node';

// The one file in src/ allowed to reach the simulator (see eslint.config.js): it runs in Node before the tests,
// never in the app, and hands the tests only a URL.
import { startSimulator } from '../../simulator/server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the in-process simulator, e.g. http://localhost:53117. */
    simulatorUrl: string;
  }
}

/** Starts one simulator for the app's tests (port 0: any free port) and stops it after the run. */
export default async function setup(project: TestProject) {
  // Every test file shares this simulator within one 30-second burst window, so the budget is set far above what
  // the tests use; tests of the rate limit itself switch on the simulator's rate-limit scenario.
  const running = await startSimulator({ port: 0, control: true, limits: { burst: 100_000, hourly: 1_000_000 } });
  project.provide('simulatorUrl', running.url);
  return async () => {
    await running.close();
  };
}
