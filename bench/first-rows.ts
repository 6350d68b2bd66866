/**
 * Time from navigation start to the first data row of the user list, as a returning, signed-in administrator
 * sees it. Starts its own simulator and proxy (built app) on spare ports, signs in through the OAuth page, then
 * loads /users N times and prints the median and p90 with the simulator latency used.
 *
 *   npx tsx bench/first-rows.ts [--runs 15] [--latency 150] [--no-build]
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, request } from '@playwright/test';
import { SimulatorControl } from '../e2e/simulator-control';
import { executablePathForPlaywright } from '../scripts/find-browser.mjs';
import { buildApp, forgetRealDocuSign, ROOT, startStack } from '../scripts/stack.mjs';

export type FirstRowsReport = {
  runs: number;
  latencyMs: number;
  medianMs: number;
  p90Ms: number;
  samples: number[];
  /**
   * What the browser really fetched for /users until the page settled (no request for a second): gzip bytes of
   * each file, and the bytes the proxy actually sent (the body as encoded on the wire).
   */
  fetched: { js: number; css: number; wire: number; files: Array<{ file: string; gzip: number; wire: number }> };
};

const IDENTITY = 'admin@harborpine.example';
/** A data row: a row of the users table with a link to a user (not a loading skeleton). */
const DATA_ROW = 'table tbody tr a[href*="/users/"]';

function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? NaN;
}

export async function measureFirstRows(options: { runs?: number; latencyMs?: number; build?: boolean } = {}): Promise<FirstRowsReport> {
  const runs = options.runs ?? 15;
  const latencyMs = options.latencyMs ?? 150;
  if (options.build !== false) buildApp({ quiet: true });
  forgetRealDocuSign();
  const stack = await startStack({ port: await sparePort(), simulatorPort: await sparePort(), control: true });
  const api = await request.newContext();
  const browser = await chromium.launch({
    executablePath: executablePathForPlaywright(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const control = new SimulatorControl(api, stack.simulatorUrl);
    await control.reset();
    await control.setLatency(latencyMs);

    const page = await browser.newPage({ baseURL: stack.appUrl });
    // Record the moment the first data row is in the DOM, in the page's own clock (0 = navigation start).
    // A string, not a function: tsx would wrap a function's inner helpers in a `__name` the page does not have.
    await page.addInitScript(`
      new MutationObserver(() => {
        if (window.__firstRowAt === undefined && document.querySelector(${JSON.stringify(DATA_ROW)})) {
          window.__firstRowAt = performance.now();
        }
      }).observe(document, { childList: true, subtree: true });
    `);

    await page.goto('/users');
    const identity = page.getByRole('button', { name: IDENTITY });
    const signIn = page.getByRole('button', { name: /sign in/i }).or(page.getByRole('link', { name: /sign in/i }));
    await signIn.first().or(identity).waitFor();
    if (!(await identity.isVisible())) await signIn.first().click();
    await identity.click();
    await page.locator(DATA_ROW).first().waitFor();

    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      await page.goto('about:blank');
      await page.goto('/users');
      await page.locator(DATA_ROW).first().waitFor({ state: 'visible' });
      const at = await page.evaluate(() => (window as unknown as { __firstRowAt?: number }).__firstRowAt);
      if (at === undefined) throw new Error('first row time was not recorded');
      samples.push(Math.round(at));
    }
    // Once more, to see every script and stylesheet the page pulls in by itself, lazy chunks included.
    await page.goto('about:blank');
    await page.goto('/users');
    await page.locator(DATA_ROW).first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    const entries = await page.evaluate(() =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).map((entry) => ({
        url: entry.name,
        wire: entry.encodedBodySize,
      })),
    );
    const wireOf = new Map(entries.map((entry) => [new URL(entry.url).pathname.replace(/^\//, ''), entry.wire]));
    const files = [...wireOf]
      .filter(([file]) => /\.(js|css)$/.test(file) && existsSync(join(ROOT, 'dist', file)))
      .map(([file, wire]) => ({ file, gzip: gzipSync(readFileSync(join(ROOT, 'dist', file))).length, wire }));
    const total = (ext: string) => files.filter((f) => f.file.endsWith(ext)).reduce((sum, f) => sum + f.gzip, 0);

    const sorted = [...samples].sort((a, b) => a - b);
    return {
      runs,
      latencyMs,
      medianMs: percentile(sorted, 50),
      p90Ms: percentile(sorted, 90),
      samples,
      fetched: { js: total('.js'), css: total('.css'), wire: files.reduce((sum, f) => sum + f.wire, 0), files },
    };
  } finally {
    await browser.close();
    await api.dispose();
    await stack.stop();
  }
}

export function printFirstRows(report: FirstRowsReport): void {
  console.log(`\nFirst data row of /users, ${report.runs} loads, simulator latency ${report.latencyMs} ms per API call:`);
  console.log(`  median ${report.medianMs} ms, p90 ${report.p90Ms} ms`);
  console.log(`  samples (ms): ${report.samples.join(', ')}`);
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
  console.log(`What the browser fetched for /users until it settled (gzip), lazy chunks included:`);
  for (const f of report.fetched.files) console.log(`  ${f.file.padEnd(48)} ${kB(f.gzip).padStart(10)}  (${kB(f.wire)} sent)`);
  console.log(`  JS ${kB(report.fetched.js)}, CSS ${kB(report.fetched.css)}; the proxy sent ${kB(report.fetched.wire)} in all`);
}

function flag(name: string): number | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? Number(process.argv[at + 1]) : undefined;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  printFirstRows(
    await measureFirstRows({ runs: flag('--runs'), latencyMs: flag('--latency'), build: !process.argv.includes('--no-build') }),
  );
}
