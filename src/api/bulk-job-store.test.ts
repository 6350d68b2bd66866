import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasRunningJobs } from '@/api/bulk-job-db';
import { createBulkJobStore, memoryStorage, type BulkJobRecord } from '@/api/bulk-job-store';
import { CLASSIC_MANAGER_PERMISSIONS } from '@/api/invites/schemas';

const noLock = { run: async (work: () => Promise<void>) => (await work(), 'ran' as const) };

type Call = { method: string; url: string; body?: string };

/** A stand-in Rooms API behind fetch: records calls, invites create users, and the users filter finds them. */
function stubApi(options: { loseFirstInviteReply?: boolean } = {}) {
  const calls: Call[] = [];
  const members = new Map<string, number>();
  let lose = options.loseFirstInviteReply ?? false;
  vi.stubGlobal('fetch', async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({ method, url, body: init.body as string | undefined });
    const headers = { 'Content-Type': 'application/json', 'X-BurstLimit-Limit': '200', 'X-BurstLimit-Remaining': '150', 'X-DocuSign-TraceToken': 't' };
    if (/\/invite_(user|classic_\w+)$/.test(url)) {
      const { email } = JSON.parse(String(init.body)) as { email: string };
      members.set(email.toLowerCase(), 1000 + members.size);
      if (lose) {
        lose = false;
        return new Response(JSON.stringify({ errorCode: 'INTERNAL', message: 'Gateway timeout' }), { status: 504, headers });
      }
      return new Response(JSON.stringify({ userId: members.get(email.toLowerCase()), email }), { status: 201, headers });
    }
    if (method === 'GET' && url.includes('/users?')) {
      const filter = new URL(url, 'http://x').searchParams.get('filter')?.toLowerCase() ?? '';
      const userSummaries = [...members].filter(([email]) => email.startsWith(filter)).map(([email, userId]) => ({ userId, email }));
      return new Response(JSON.stringify({ userSummaries, resultSetSize: userSummaries.length, startPosition: 0 }), { status: 200, headers });
    }
    return new Response(null, { status: 204, headers });
  });
  return { calls };
}

const invite = (email: string) => ({
  key: email,
  input: {
    label: email,
    invite: { email, firstName: 'A', lastName: 'B', roleId: 1, accessLevel: 'Contributor' as const, defaultOfficeId: 1, eSignPermissionProfileId: 'p' },
  },
});

afterEach(() => vi.unstubAllGlobals());

describe('bulk job store', () => {
  it('counts a user added behind a lost reply as done, not as "already in the office"', async () => {
    const added = new Set<number>();
    vi.stubGlobal('fetch', async (url: string) => {
      const headers = { 'Content-Type': 'application/json', 'X-DocuSign-TraceToken': 't' };
      const userId = Number(/users\/(\d+)\//.exec(url)?.[1]);
      if (added.has(userId)) {
        const body = { errorCode: 'USER_ALREADY_IN_OFFICE', message: `User ${userId} is already in the office 'Boise'.` };
        return new Response(JSON.stringify(body), { status: 400, headers });
      }
      added.add(userId);
      // User 1's first call takes effect but its reply is lost; user 2 was in the office before the job.
      if (userId === 1) return new Response(JSON.stringify({ errorCode: 'INTERNAL', message: 'Gateway timeout' }), { status: 504, headers });
      return new Response(null, { status: 204, headers });
    });
    const store = createBulkJobStore('me', memoryStorage(), noLock);
    const record = await store.create('acc', { kind: 'addToOffice', officeId: 7, officeName: 'Boise' }, [
      { key: '1', input: { label: 'One', userId: 1 } },
      { key: '2', input: { label: 'Two', userId: 2 } },
    ]);
    added.add(2);

    await store.start(record.id);

    const rows = store.job(record.id)!.getView().rows;
    expect(rows.map((row) => [row.key, row.status])).toEqual([
      ['1', 'succeeded'],
      ['2', 'skipped'],
    ]);
    expect(rows[0]?.message).toMatch(/confirmed after an unclear reply/);
    expect(rows[1]?.message).toBe("User 2 is already in the office 'Boise'.");
  });

  it('runs a job, saves its outcome and shows it to a store opened later', async () => {
    const { calls } = stubApi();
    const storage = memoryStorage();
    const store = createBulkJobStore('me', storage, noLock);
    const record = await store.create('acc', { kind: 'lock', reason: 'Left the company' }, [
      { key: '1', input: { label: 'One', userId: 1 } },
      { key: '2', input: { label: 'Two', userId: 2 } },
    ]);
    expect(record.title).toBe('Lock 2 users');

    await store.start(record.id);

    expect(calls.filter((call) => call.method === 'POST').map((call) => [call.url, call.body])).toEqual([
      ['/api/v2/accounts/acc/users/1/lock', '{"reason":"Left the company"}'],
      ['/api/v2/accounts/acc/users/2/lock', '{"reason":"Left the company"}'],
    ]);
    const later = createBulkJobStore('me', storage, noLock);
    await later.load();
    expect(later.job(record.id)?.getView()).toMatchObject({ state: 'finished', counts: { succeeded: 2 } });
  });

  it('resumes a job that was running at reload, checking an in-flight invite before sending it again', async () => {
    const { calls } = stubApi();
    const storage = memoryStorage();
    const saved: BulkJobRecord = {
      id: 'job-1',
      accountId: 'acc',
      owner: 'me',
      spec: { kind: 'invite' },
      title: 'Invite 2 people',
      createdAt: new Date().toISOString(),
      snapshot: {
        state: 'running',
        rows: [
          { ...invite('ana@x.example'), status: 'running', attempts: 1 },
          { ...invite('bo@x.example'), status: 'queued', attempts: 0 },
        ],
      },
    };
    await storage.put(saved);
    // The first invite did reach the service before the page went away.
    await fetch('/api/v2/accounts/acc/users/invite_user', { method: 'POST', body: JSON.stringify({ email: 'ana@x.example' }) });
    calls.length = 0;

    const store = createBulkJobStore('me', storage, noLock);
    await store.load();
    await vi.waitFor(() => expect(store.job('job-1')?.getView().state).toBe('finished'));

    const invites = calls.filter((call) => call.url.endsWith('/invite_user'));
    expect(invites.map((call) => JSON.parse(call.body!).email)).toEqual(['bo@x.example']);
    expect(store.job('job-1')?.getView().rows.map((row) => [row.key, row.status, row.result])).toEqual([
      ['ana@x.example', 'succeeded', 1000],
      ['bo@x.example', 'succeeded', 1001],
    ]);
  });

  it('a second tab shows the job as the first left it, and starting it there sends nothing twice', async () => {
    const { calls } = stubApi();
    const storage = memoryStorage();
    // Two tabs of one browser: one saved store, one channel between them.
    const tabs = new Set<(id: string) => void>();
    const channel = {
      post: (id: string) => queueMicrotask(() => tabs.forEach((onChange) => onChange(id))),
      listen: (onChange: (id: string) => void) => (tabs.add(onChange), () => void tabs.delete(onChange)),
    };
    const first = createBulkJobStore('me', storage, noLock, channel);
    const record = await first.create('acc', { kind: 'invite' }, [invite('di@x.example'), invite('ed@x.example'), invite('fy@x.example')]);
    const second = createBulkJobStore('me', storage, noLock, channel);
    await second.load();
    expect(second.job(record.id)?.getView().counts.queued).toBe(3);
    // A third tab that misses the news.
    const deaf = createBulkJobStore('me', storage, noLock, { post: () => {}, listen: () => () => {} });
    await deaf.load();

    await first.start(record.id);

    await vi.waitFor(() => expect(second.job(record.id)?.getView()).toMatchObject({ state: 'finished', counts: { succeeded: 3 } }));
    await second.start(record.id);
    expect(calls.filter((call) => call.url.endsWith('/invite_user'))).toHaveLength(3);

    // It still starts from the saved copy.
    await deaf.start(record.id);
    expect(calls.filter((call) => call.url.endsWith('/invite_user'))).toHaveLength(3);
    expect((await storage.get(record.id))?.snapshot.rows.map((row) => row.result)).toEqual([1000, 1001, 1002]);
  });

  it('names an invite from a file by the rows it sends out of the file\'s rows, and the file', async () => {
    const store = createBulkJobStore('me', memoryStorage(), noLock);
    const skipped = (key: string) => ({ key, input: { label: key, notSent: 'invalid' as const }, status: 'skipped' as const, message: 'Not sent' });
    const some = await store.create('acc', { kind: 'invite' }, [invite('cy@x.example'), skipped('a'), skipped('b')], { headers: ['email'], fileName: 'staff.csv' });
    expect(some.title).toBe('Invite 1 of 3 people from staff.csv');
    const all = await store.create('acc', { kind: 'invite' }, [invite('dy@x.example')], { headers: ['email'], fileName: 'one.csv' });
    expect(all.title).toBe('Invite 1 person from one.csv');
    expect(all).not.toHaveProperty('fileName');
  });

  it('marks, for the next page load, whether a job is left running', async () => {
    stubApi();
    const saved = new Map<string, string>();
    vi.stubGlobal('localStorage', {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
      removeItem: (key: string) => void saved.delete(key),
    });
    const storage = memoryStorage();
    const first = createBulkJobStore('me', storage, noLock);
    const record = await first.create('acc', { kind: 'unlock' }, [{ key: '1', input: { label: 'One', userId: 1 } }]);
    expect(hasRunningJobs('me')).toBe(false);
    // The page went away while the job ran.
    await storage.put({ ...record, snapshot: { ...record.snapshot, state: 'running' } });

    const next = createBulkJobStore('me', storage, noLock);
    await next.load();
    expect(hasRunningJobs('me')).toBe(true);
    await vi.waitFor(() => expect(next.job(record.id)?.getView().state).toBe('finished'));
    await vi.waitFor(() => expect(hasRunningJobs('me')).toBe(false));
    expect(hasRunningJobs('someone-else')).toBe(false);
  });

  it('never sends an invite twice when its reply is lost', async () => {
    const { calls } = stubApi({ loseFirstInviteReply: true });
    const store = createBulkJobStore('me', memoryStorage(), noLock);
    const record = await store.create('acc', { kind: 'invite' }, [invite('cy@x.example')]);

    await store.start(record.id);
    await vi.waitFor(() => expect(store.job(record.id)?.getView().state).toBe('finished'), { timeout: 5_000 });

    expect(calls.filter((call) => call.url.endsWith('/invite_user'))).toHaveLength(1);
    expect(store.job(record.id)?.getView().rows[0]).toMatchObject({ status: 'succeeded', message: 'Done (confirmed after an unclear reply).' });
  });

  it('sends each v5 row to the classic endpoint of its kind, and checks a lost reply by email before any resend', async () => {
    const { calls } = stubApi({ loseFirstInviteReply: true });
    const store = createBulkJobStore('me', memoryStorage(), noLock);
    const person = (email: string) => ({ email, firstName: 'A', lastName: 'B' });
    const permissions = Object.fromEntries(CLASSIC_MANAGER_PERMISSIONS.map((name) => [name, false])) as Record<(typeof CLASSIC_MANAGER_PERMISSIONS)[number], boolean>;
    const record = await store.create('acc', { kind: 'invite' }, [
      { key: 'm', input: { label: 'm', classic: { type: 'Manager', body: { ...person('m@x.example'), accessLevel: 'Office', defaultOfficeId: 1, titleId: 7, permissions, offices: [1] } } } },
      { key: 'a', input: { label: 'a', classic: { type: 'Admin', body: person('a@x.example') } } },
      { key: 'g', input: { label: 'g', classic: { type: 'Agent', body: { ...person('g@x.example'), officeId: 1 } } } },
    ]);

    await store.start(record.id);
    await vi.waitFor(() => expect(store.job(record.id)?.getView().state).toBe('finished'), { timeout: 5_000 });

    const sent = calls.filter((call) => call.method === 'POST').map((call) => [call.url.replace(/.*\//, ''), JSON.parse(call.body!).email]);
    expect(sent.sort()).toEqual([
      ['invite_classic_admin', 'a@x.example'],
      ['invite_classic_agent', 'g@x.example'],
      ['invite_classic_manager', 'm@x.example'],
    ]);
    expect(store.job(record.id)?.getView().rows.map((row) => row.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
  });

  it("keeps one person's jobs from another who signs in on the same browser", async () => {
    stubApi();
    const storage = memoryStorage();
    await createBulkJobStore('me', storage, noLock).create('acc', { kind: 'unlock' }, [{ key: '1', input: { label: 'One', userId: 1 } }]);
    const other = createBulkJobStore('someone-else', storage, noLock);
    await other.load();
    expect(other.records()).toEqual([]);
  });

  it('refuses to run while another tab holds the lock', async () => {
    stubApi();
    const busy = { run: async () => 'busy' as const };
    const store = createBulkJobStore('me', memoryStorage(), busy);
    const record = await store.create('acc', { kind: 'unlock' }, [{ key: '1', input: { label: 'One', userId: 1 } }]);
    expect(await store.start(record.id)).toBe('busy');
    expect(store.job(record.id)?.getView().counts.queued).toBe(1);
  });
});
