/** Runs a simulator on a port: the CLI uses 4010, tests pass port 0 for a free one. */
import type { AddressInfo } from 'node:net';
import { createSimulator, type Simulator, type SimulatorOptions } from './app';

export type StartOptions = SimulatorOptions & {
  /** 0 picks a free port. Default 4010. */
  port?: number;
  /** Interface to listen on; default `localhost`, so nothing outside the machine can reach it. */
  host?: string;
};

export type RunningSimulator = {
  /** e.g. `http://localhost:4010`, no trailing slash. */
  url: string;
  close: () => Promise<void>;
  simulator: Simulator;
};

export async function startSimulator(options: StartOptions = {}): Promise<RunningSimulator> {
  const simulator = createSimulator(options);
  const host = options.host ?? 'localhost';
  const server = simulator.app.listen(options.port ?? 4010, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    simulator,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // Keep-alive connections would otherwise hold close() open until they time out.
        server.closeAllConnections();
      }),
  };
}
