/**
 * Faults on writes, for the bulk runner: `server-errors` fail before anything happens, `lost-replies` make the
 * change and then lose the answer (a 500, or a connection held past the client's timeout and dropped).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Company } from './company';
import { created, failure, HARBOR, noContent, startTestSimulator, User, type Reply, type TestSimulator } from './test-support';

const ADMIN = 'admin@harborpine.example';
const MARIA = 'maria.garcia@harborpine.example';

let sim: TestSimulator;
beforeAll(async () => {
  sim = await startTestSimulator({ control: true });
});
afterAll(() => sim.close());
beforeEach(() => sim.simulator.reset({ keepTokens: true }));

const harbor = () => sim.simulator.store.companies[0] as Company;
const maria = () => harbor().userByEmail(MARIA);
const scenario = async (body: Record<string, unknown>) => {
  const response = await fetch(`${sim.url}/__control/scenario`, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as unknown };
};
const lock = (): Promise<Reply> => sim.send(ADMIN, 'POST', `${HARBOR}/users/${maria()?.userId}/lock`, { reason: 'Left.' });
const invite = (email: string): Promise<Reply> =>
  sim.send(ADMIN, 'POST', `${HARBOR}/users/invite_user`, {
    firstName: 'Lou', lastName: 'Lost', email, roleId: 299_914, accessLevel: 'Contributor', defaultOfficeId: 11_860, eSignPermissionProfileId: '10915499',
  });

describe('server-errors', () => {
  it('fails writes before they take effect: nothing changes', async () => {
    await scenario({ name: 'server-errors', rate: 1 });
    expect(failure(await lock(), 500).errorCode).toBe('INTERNAL_SERVER_ERROR');
    expect(maria()?.isLockedOut).toBe(false);
    failure(await invite('lou.lost@example.com'), 500);
    expect(harbor().userByEmail('lou.lost@example.com')).toBeUndefined();
    failure(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${maria()?.userId}`), 500);
    expect(maria()).toBeDefined();
  });
});

describe('lost-replies', () => {
  it('applies the change, then answers 500 in the ApiError shape', async () => {
    await scenario({ name: 'lost-replies', rate: 1 });
    const lost = await lock();
    expect(failure(lost, 500)).toMatchObject({ errorCode: 'INTERNAL_SERVER_ERROR', message: expect.stringContaining('may have taken effect') });
    expect(lost.headers.get('X-DocuSign-TraceToken')).toBeTruthy();
    expect(maria()?.isLockedOut).toBe(true);
    failure(await sim.send(ADMIN, 'PUT', `${HARBOR}/users/${maria()?.userId}`, { defaultOfficeId: 11_861 }), 500);
    expect(maria()?.defaultOfficeId).toBe(11_861);
    failure(await sim.send(ADMIN, 'DELETE', `${HARBOR}/users/${maria()?.userId}`), 500);
    expect(maria()).toBeUndefined();
  });

  it('makes a lost invite visible, and its repetition answers USER_ALREADY_EXISTS', async () => {
    await scenario({ name: 'lost-replies', rate: 1 });
    failure(await invite('lou.lost@example.com'), 500);
    expect(harbor().userByEmail('lou.lost@example.com')?.status).toBe('Pending');
    expect(failure(await invite('LOU.lost@example.com'), 400).errorCode).toBe('USER_ALREADY_EXISTS');
  });

  it('leaves reads and refused writes alone', async () => {
    await scenario({ name: 'lost-replies', rate: 1 });
    expect((await sim.call(ADMIN, `${HARBOR}/users?count=1`)).status).toBe(200);
    expect(failure(await sim.send(ADMIN, 'POST', `${HARBOR}/users/${maria()?.userId}/reinvite`), 400).errorCode).toBe('USER_NOT_PENDING');
    expect(failure(await sim.send('alex.agent@harborpine.example', 'POST', `${HARBOR}/users/${maria()?.userId}/lock`, { reason: 'x' }), 401).errorCode).toBe('USER_LACKS_PERMISSIONS');
  });

  it('loses the same replies every run, and some but not all at the default rate', async () => {
    const run = async () => {
      await scenario({ name: 'lost-replies' });
      const statuses: number[] = [];
      for (let i = 0; i < 30; i += 1) statuses.push((await sim.send(ADMIN, 'POST', `${HARBOR}/users/${maria()?.userId}/${i % 2 ? 'unlock' : 'lock'}`, { reason: 'r' })).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const lost = first.filter((status) => status === 500).length;
    expect(lost).toBeGreaterThan(0);
    expect(lost).toBeLessThan(15);
    expect(first.every((status) => status === 500 || status === 204)).toBe(true);
  });

  it('in timeout mode holds the reply past the client\'s timeout, then drops the connection; the change is made', async () => {
    await scenario({ name: 'lost-replies', rate: 1, mode: 'timeout', holdMs: 400 });
    const token = sim.simulator.mintToken(ADMIN).accessToken;
    const request = (signal?: AbortSignal) =>
      fetch(`${sim.url}/restapi${HARBOR}/users/${maria()?.userId}/lock`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ reason: 'Left.' }),
        signal,
      });
    await expect(request(AbortSignal.timeout(100))).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(maria()?.isLockedOut).toBe(true);
    const started = performance.now();
    await expect(request()).rejects.toThrow();
    expect(performance.now() - started).toBeGreaterThanOrEqual(350);
  });

  it('is set through the control API with defaults, and checks its settings', async () => {
    expect((await scenario({ name: 'lost-replies' })).body).toMatchObject({ scenario: { name: 'lost-replies', rate: 0.2, mode: 'error', holdMs: 30_000 } });
    expect((await scenario({ name: 'lost-replies', mode: 'sometimes' })).status).toBe(400);
    expect((await scenario({ name: 'lost-replies', rate: 2 })).status).toBe(400);
    await scenario({ name: 'none' });
    created(User, await invite('lou.found@example.com'));
    noContent(await lock());
  });
});
