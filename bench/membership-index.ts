/**
 * API calls and time to show an office's full membership (default-office members plus those added to it) in the
 * 1,200-user company: the first time (the membership index is read, paced by the rate limit) and again after a
 * reload (the index comes back from IndexedDB). Starts its own simulator and proxy (built app) on spare ports with
 * the simulator's default limits (3,000 an hour, 200 per 30 s), signs in as the Default Admin and opens Cambridge.
 *
 *   npx tsx bench/membership-index.ts [--latency 50] [--no-build]
 */
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, request, type Page } from '@playwright/test';
import { SimulatorControl } from '../e2e/simulator-control';
import { executablePathForPlaywright } from '../scripts/find-browser.mjs';
import { buildApp, forgetRealDocuSign, startStack } from '../scripts/stack.mjs';

const IDENTITY = 'admin@harborpine.example';
const OFFICE = 'Cambridge';

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

type Sample = { ms: number; calls: number; byKind: Record<string, number> };

/** Counts Rooms API calls the page makes from now on, by kind (user detail, user list, other). */
function countCalls(page: Page) {
  const byKind: Record<string, number> = {};
  const listener = (req: { url(): string }) => {
    const url = new URL(req.url());
    if (!url.pathname.startsWith('/api/')) return;
    const kind = /\/users\/\d+$/.test(url.pathname) ? 'GET users/{id}' : /\/users$/.test(url.pathname) ? 'GET users (list)' : 'other';
    byKind[kind] = (byKind[kind] ?? 0) + 1;
  };
  page.on('request', listener);
  return () => {
    page.off('request', listener);
    return { calls: Object.values(byKind).reduce((sum, count) => sum + count, 0), byKind };
  };
}

const fullMembership = (page: Page) => page.getByRole('status').filter({ hasText: /^Full memberships of/ });

export async function measureMembershipIndex(options: { latencyMs?: number; build?: boolean } = {}) {
  const latencyMs = options.latencyMs ?? 50;
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
    await page.goto('/offices');
    const identity = page.getByRole('button', { name: IDENTITY });
    const signIn = page.getByRole('button', { name: /sign in/i }).or(page.getByRole('link', { name: /sign in/i }));
    await signIn.first().or(identity).waitFor();
    if (!(await identity.isVisible())) await signIn.first().click();
    await identity.click();
    await page.getByRole('link', { name: OFFICE, exact: true }).click();
    await page.getByRole('heading', { name: OFFICE, level: 1 }).waitFor();
    const officeUrl = page.url();

    // First time: from the click on "Read memberships" to the office's full membership on screen.
    let stop = countCalls(page);
    let started = Date.now();
    await page.getByRole('button', { name: 'Read memberships' }).click();
    await fullMembership(page).waitFor({ timeout: 15 * 60_000 });
    await page.getByRole('table').filter({ hasText: 'added to it' }).waitFor();
    const first: Sample = { ms: Date.now() - started, ...stop() };

    // Again after a reload: from navigation to the full membership, and every call the page makes on the way.
    stop = countCalls(page);
    started = Date.now();
    await page.goto(officeUrl);
    await fullMembership(page).waitFor();
    await page.getByRole('table').filter({ hasText: 'added to it' }).getByRole('row').nth(1).waitFor();
    const again: Sample = { ms: Date.now() - started, ...stop() };
    const caption = await page.getByRole('table').filter({ hasText: 'added to it' }).locator('caption').innerText();
    return { latencyMs, first, again, caption };
  } finally {
    await browser.close();
    await api.dispose();
    await stack.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--latency');
  const report = await measureMembershipIndex({ latencyMs: at > 0 ? Number(process.argv[at + 1]) : undefined, build: !process.argv.includes('--no-build') });
  const line = (label: string, sample: Sample) =>
    `  ${label}: ${(sample.ms / 1000).toFixed(1)} s, ${sample.calls} API calls (${Object.entries(sample.byKind)
      .map(([kind, count]) => `${count} ${kind}`)
      .join(', ')})`;
  console.log(`\nFull membership of ${OFFICE} (${report.caption}), simulator latency ${report.latencyMs} ms per call:`);
  console.log(line('first time (index read)', report.first));
  console.log(line('after a reload (index from IndexedDB)', report.again));
}
