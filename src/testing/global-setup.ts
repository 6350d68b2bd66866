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
  const running = await startSimulator({ port: 0, control: true });
  project.provide('simulatorUrl', running.url);
  return async () => {
    await running.close();
  };
}
