import type { APIRequestContext } from '@playwright/test';
import { simulatorURL } from './ports';

/** Client for the simulator's test-only control API (`/__control/*`). */
export class SimulatorControl {
  constructor(
    private readonly request: APIRequestContext,
    private readonly baseUrl: string = simulatorURL,
  ) {}

  private async send(method: 'POST' | 'PUT', path: string, data?: unknown): Promise<void> {
    const response = await this.request.fetch(`${this.baseUrl}/__control${path}`, { method, data });
    if (!response.ok()) {
      throw new Error(`simulator control ${method} ${path}: ${response.status()} ${await response.text()}`);
    }
  }

  /** Back to the seed: data, latency, scenarios and tokens. */
  reset(): Promise<void> {
    return this.send('POST', '/reset');
  }

  /** Adds this many milliseconds to every Rooms API response. */
  setLatency(ms: number): Promise<void> {
    return this.send('PUT', '/latency', { ms });
  }

  /** Turns on a named fault scenario (see simulator/scenarios). */
  setScenario(name: string): Promise<void> {
    return this.send('PUT', '/scenario', { name });
  }

  /** Makes every access and refresh token invalid, so the proxy's refresh fails too. */
  expireTokens(): Promise<void> {
    return this.send('POST', '/expire-tokens');
  }
}
