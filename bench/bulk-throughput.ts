/**
 * Bulk work against the simulator with latency and a burst limit, measured against the ceiling those allow.
 *
 *   npx tsx bench/bulk-throughput.ts lock 500 --latency 50 --burst 200
 *   npx tsx bench/bulk-throughput.ts invite 1000 --latency 100 --burst 200
 *
 * The runner is the app's own (src/api/bulk-runner.ts) with the app's pacing; only the transport differs: the
 * bench calls the simulator directly with a bearer token instead of through the browser and the proxy.
 * Ceiling: the burst budget allows `burst` calls per 30-second window, so N calls need at least
 * floor((N - 1) / burst) full windows plus one round trip.
 */
import { parseArgs } from 'node:util';

import { createBulkJob, type BulkOperation } from '../src/api/bulk-runner';
import { BURST_WINDOW_MS, parseRateLimitHeaders, parseRetryAfter } from '../src/api/rate-limit';
import { startSimulator } from '../simulator/server';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    latency: { type: 'string', default: '50' },
    burst: { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '4' },
  },
});
const operation = positionals[0] === 'invite' ? 'invite' : 'lock';
const count = Number(positionals[1] ?? (operation === 'invite' ? 1000 : 500));
const latencyMs = Number(values.latency);
const burst = Number(values.burst);
const concurrency = Number(values.concurrency);

const HARBOR_PINE = '7f3c2a9e-5b1d-4e8a-9c6f-2d4b8e1a3f50';
const sim = await startSimulator({ port: 0, control: true, limits: { burst, hourly: 100_000 } });
const token = sim.simulator.mintToken('admin@harborpine.example').accessToken;
const base = `${sim.url}/restapi/v2/accounts/${HARBOR_PINE}`;
let calls = 0;

async function call(path: string, init: RequestInit = {}, observe?: (headers: Headers) => void) {
  calls += 1;
  const response = await fetch(`${base}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json', 'Content-Type': 'application/json' },
  });
  observe?.(response.headers);
  const text = await response.text();
  if (!response.ok) {
    const body = text ? (JSON.parse(text) as { errorCode?: string; message?: string }) : {};
    throw Object.assign(new Error(body.message ?? `HTTP ${response.status}`), {
      status: response.status,
      errorCode: body.errorCode,
      retryAfterSeconds: parseRetryAfter(response.headers.get('Retry-After')),
      rateLimit: parseRateLimitHeaders(response.headers),
    });
  }
  return text ? (JSON.parse(text) as unknown) : undefined;
}

async function targets(): Promise<number[]> {
  const ids: number[] = [];
  for (let start = 0; ids.length < count; start += 100) {
    const page = (await call(`/users?accessLevel=Contributor&startPosition=${start}&count=100`)) as { userSummaries: { userId: number }[] };
    if (page.userSummaries.length === 0) break;
    ids.push(...page.userSummaries.map((user) => user.userId));
  }
  return ids.slice(0, count);
}

const rows =
  operation === 'lock'
    ? (await targets()).map((userId) => ({ key: String(userId), input: { userId, email: '' } }))
    : Array.from({ length: count }, (_, index) => ({ key: `n${index}`, input: { userId: 0, email: `bench.invitee${index}@newhire.example` } }));
const [roleId, officeId, profileId] =
  operation === 'invite'
    ? await Promise.all([
        call('/roles?filter=Agent').then((page) => (page as { roles: { roleId: number }[] }).roles[0]!.roleId),
        call('/offices?search=Cambridge').then((page) => (page as { officeSummaries: { officeId: number }[] }).officeSummaries[0]!.officeId),
        call('/esign_permission_profiles').then((list) => (list as { permissionProfiles: { eSignPermissionProfileId: string }[] }).permissionProfiles[0]!.eSignPermissionProfileId),
      ])
    : [];

// Start from a fresh budget and the configured latency, so setup calls do not count.
await fetch(`${sim.url}/__control/reset`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ keepTokens: true }) });
await fetch(`${sim.url}/__control/scenario`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name: 'rate-limit', burstLimit: burst, hourlyLimit: 100_000 }) });
await fetch(`${sim.url}/__control/latency`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ ms: latencyMs }) });
calls = 0;

type Input = { userId: number; email: string };
let observe: (headers: Headers) => void = () => {};
const op: BulkOperation<Input, unknown> =
  operation === 'lock'
    ? { idempotent: true, execute: (input) => call(`/users/${input.userId}/lock`, { method: 'POST', body: JSON.stringify({ reason: 'Bench' }) }, observe) }
    : {
        idempotent: false,
        execute: (input) =>
          call(
            '/users/invite_user',
            {
              method: 'POST',
              body: JSON.stringify({
                email: input.email,
                firstName: 'Bench',
                lastName: 'Invitee',
                roleId,
                accessLevel: 'Contributor',
                defaultOfficeId: officeId,
                offices: [officeId],
                eSignPermissionProfileId: profileId,
              }),
            },
            observe,
          ),
        verify: async (input) => {
          const page = (await call(`/users?filter=${encodeURIComponent(input.email)}`, {}, observe)) as { userSummaries: { email: string }[] };
          return { done: page.userSummaries.some((user) => user.email.toLowerCase() === input.email) };
        },
      };

const job = createBulkJob(rows, op, { concurrency });
observe = (headers) => {
  const info = parseRateLimitHeaders(headers);
  if (info) job.observeRateLimit(info);
};
const started = performance.now();
await job.start();
const elapsed = (performance.now() - started) / 1000;
const { counts } = job.getView();
const ceiling = (Math.floor((rows.length - 1) / burst) * BURST_WINDOW_MS + latencyMs) / 1000;

console.log(`bulk ${operation}: ${rows.length} rows, latency ${latencyMs} ms, burst ${burst}/30 s, concurrency ${concurrency}`);
console.log(`  outcome     ${counts.succeeded} succeeded, ${counts.skipped} skipped, ${counts.failed} failed`);
console.log(`  time        ${elapsed.toFixed(1)} s (ceiling allows ${ceiling.toFixed(1)} s)`);
console.log(`  throughput  ${(rows.length / elapsed).toFixed(2)} rows/s = ${((ceiling / elapsed) * 100).toFixed(0)} % of the ceiling`);
console.log(`  API calls   ${calls} (${(calls / rows.length).toFixed(3)} per row, incl. ${calls - rows.length} retries and checks)`);
await sim.close();
