import { createStore, del, get, keys, set } from 'idb-keyval';

import { BULK_JOB_DB, BULK_JOB_STORE, markRunningJobs } from '@/api/bulk-job-db';
import { bulkOperation, describeBulkSpec, type BulkInput, type BulkSpec } from '@/api/bulk-operations';
import { createBulkJob, type BulkJob, type BulkSnapshot } from '@/api/bulk-runner';
import { subscribeToResponses } from '@/api/client';
import { parseRateLimitHeaders } from '@/api/rate-limit';

/** A bulk job as saved in the browser: enough to show it, download its results and resume it after a reload. */
export type BulkJobRecord = {
  id: string;
  accountId: string;
  /** The identity (userinfo `sub`) that started it: only they see and resume it on this browser. */
  owner: string;
  spec: BulkSpec;
  title: string;
  createdAt: string;
  /** The uploaded file's header, when the rows came from a CSV. */
  headers?: string[];
  snapshot: BulkSnapshot<BulkInput, unknown>;
};

export type JobStorage = {
  list(): Promise<BulkJobRecord[]>;
  get(id: string): Promise<BulkJobRecord | undefined>;
  put(record: BulkJobRecord): Promise<void>;
  remove(id: string): Promise<void>;
};

/** Tells this browser's other tabs that a saved job changed, so they show it as it is and never run a stale copy. */
export type JobChannel = { post(id: string): void; listen(onChange: (id: string) => void): () => void };

export function broadcastChannel(): JobChannel {
  if (typeof BroadcastChannel === 'undefined') return { post: () => {}, listen: () => () => {} };
  const channel = new BroadcastChannel('rooms-admin:bulk-jobs');
  return {
    post: (id) => channel.postMessage(id),
    listen: (onChange) => {
      const handler = (event: MessageEvent) => typeof event.data === 'string' && onChange(event.data);
      channel.addEventListener('message', handler);
      return () => channel.removeEventListener('message', handler);
    },
  };
}

/** IndexedDB through idb-keyval: a CSV of thousands of rows would not fit localStorage's few megabytes. */
export function indexedDbStorage(): JobStorage {
  const store = createStore(BULK_JOB_DB, BULK_JOB_STORE);
  return {
    list: async () => {
      const ids = await keys<string>(store);
      const records = await Promise.all(ids.map((id) => get<BulkJobRecord>(id, store)));
      return records.filter((record): record is BulkJobRecord => record !== undefined);
    },
    get: (id) => get<BulkJobRecord>(id, store),
    put: (record) => set(record.id, record, store),
    remove: (id) => del(id, store),
  };
}

export function memoryStorage(): JobStorage {
  const records = new Map<string, BulkJobRecord>();
  return {
    list: async () => [...records.values()].map((record) => structuredClone(record)),
    get: async (id) => (records.has(id) ? structuredClone(records.get(id)) : undefined),
    put: async (record) => void records.set(record.id, structuredClone(record)),
    remove: async (id) => void records.delete(id),
  };
}

/** Only one tab runs bulk work at a time, so two tabs never share (and overrun) the account's rate limit. */
type TabLock = { run(work: () => Promise<void>): Promise<'ran' | 'busy'> };

const LOCK_NAME = 'rooms-admin:bulk-runner';

export const webLock: TabLock = {
  run: async (work) => {
    if (typeof navigator === 'undefined' || !navigator.locks) {
      await work();
      return 'ran';
    }
    return navigator.locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
      if (!lock) return 'busy' as const;
      await work();
      return 'ran' as const;
    });
  },
};

const SAVE_INTERVAL_MS = 400;

type Live = { record: BulkJobRecord; job: BulkJob<BulkInput, unknown> };

/**
 * Keeps every bulk job of this browser: creates, runs (one tab at a time), saves progress as it goes, and
 * rebuilds saved jobs after a reload, resuming the ones that were running.
 */
export function createBulkJobStore(
  owner: string,
  storage: JobStorage = indexedDbStorage(),
  lock: TabLock = webLock,
  channel: JobChannel = broadcastChannel(),
) {
  const live = new Map<string, Live>();
  const listeners = new Set<() => void>();
  /** Jobs this tab is running: only their copy here is newer than the saved one. */
  const runningHere = new Set<string>();
  let records: BulkJobRecord[] = [];
  let loaded: Promise<void> | undefined;
  const notify = () => listeners.forEach((listener) => listener());

  const persist = async (id: string) => {
    const entry = live.get(id);
    if (!entry) return;
    entry.record = { ...entry.record, snapshot: entry.job.snapshot() };
    records = records.map((record) => (record.id === id ? entry.record : record));
    await storage.put(entry.record);
    markRunningJobs(owner, records.some((record) => record.snapshot.state === 'running'));
    channel.post(id);
  };

  /** Takes the saved copy of a job this tab is not running: another tab may have run it since it was read here. */
  async function reread(id: string): Promise<void> {
    if (runningHere.has(id)) return;
    const saved = await storage.get(id);
    if (runningHere.has(id)) return;
    live.delete(id);
    if (!saved || saved.owner !== owner) {
      records = records.filter((record) => record.id !== id);
    } else {
      const known = records.some((record) => record.id === id);
      records = known ? records.map((record) => (record.id === id ? saved : record)) : [saved, ...records];
    }
    notify();
  }

  function attach(record: BulkJobRecord, options: { fresh?: boolean } = {}): Live {
    const existing = live.get(record.id);
    if (existing && !options.fresh) return existing;
    const operation = bulkOperation(record.accountId, record.spec);
    // A call that must not be repeated is sent only once its row is saved as running, so a reload in the middle
    // finds it unconfirmed and checks it (by email, for an invite) instead of sending it again.
    const job = createBulkJob(
      record.snapshot,
      operation.idempotent
        ? operation
        : { ...operation, execute: async (input, signal, previous, context) => (await persist(record.id), operation.execute(input, signal, previous, context)) },
    );
    const entry = { record, job };
    live.set(record.id, entry);
    let timer: ReturnType<typeof setTimeout> | undefined;
    job.subscribe(() => {
      const { state } = job.getView();
      if (state !== 'running') {
        clearTimeout(timer);
        timer = undefined;
        void persist(record.id).then(notify);
      } else {
        timer ??= setTimeout(() => {
          timer = undefined;
          void persist(record.id);
        }, SAVE_INTERVAL_MS);
      }
    });
    return entry;
  }

  /**
   * Runs the job while this tab holds the lock; the rate-limit headers of every reply pace it. It starts from the
   * saved copy, so rows another tab finished meanwhile are never sent again.
   */
  async function run(id: string, start: (job: BulkJob<BulkInput, unknown>) => Promise<void>): Promise<'ran' | 'busy'> {
    return lock.run(async () => {
      if (runningHere.has(id)) return;
      const saved = await storage.get(id);
      const entry = saved ? attach(saved, { fresh: true }) : live.get(id);
      if (!entry) return;
      records = records.map((record) => (record.id === id ? entry.record : record));
      runningHere.add(id);
      notify();
      const stop = subscribeToResponses(({ headers }) => {
        const info = parseRateLimitHeaders(headers);
        if (info) entry.job.observeRateLimit(info);
      });
      try {
        await start(entry.job);
      } finally {
        stop();
        runningHere.delete(id);
        await persist(id);
        notify();
      }
    });
  }

  /** Reads the saved jobs once; jobs that were running when the page went away carry on. */
  function load(): Promise<void> {
    loaded ??= storage.list().then((saved) => {
      channel.listen((id) => void reread(id));
      records = saved.filter((record) => record.owner === owner).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
      markRunningJobs(owner, records.some((record) => record.snapshot.state === 'running'));
      notify();
      for (const record of records) if (record.snapshot.state === 'running') void run(record.id, (job) => job.start());
    });
    return loaded;
  }

  return {
    load,
    /** Rows given a final status (e.g. invalid lines of a file) are kept for the results but never sent. */
    async create(
      accountId: string,
      spec: BulkSpec,
      rows: { key: string; input: BulkInput; status?: 'skipped' | 'failed'; message?: string }[],
      { fileName, ...extra }: { headers?: string[]; fileName?: string } = {},
    ) {
      await load();
      const sent = rows.filter((row) => !row.status).length;
      const record: BulkJobRecord = {
        id: crypto.randomUUID(),
        accountId,
        owner,
        spec,
        title: describeBulkSpec(spec, sent, fileName === undefined ? undefined : { name: fileName, rows: rows.length }),
        createdAt: new Date().toISOString(),
        ...extra,
        snapshot: {
          state: 'idle',
          rows: rows.map(({ key, input, status, message }) => ({ key, input, status: status ?? ('queued' as const), message, attempts: 0 })),
        },
      };
      records = [record, ...records];
      attach(record);
      await storage.put(record);
      channel.post(record.id);
      notify();
      return record;
    },
    start: (id: string) => run(id, (job) => job.start()),
    retryFailed: (id: string) => run(id, (job) => job.retryFailed()),
    pause: (id: string) => live.get(id)?.job.pause(),
    cancel: (id: string) => live.get(id)?.job.cancel(),
    async remove(id: string) {
      live.get(id)?.job.cancel();
      live.delete(id);
      records = records.filter((record) => record.id !== id);
      await storage.remove(id);
      channel.post(id);
      notify();
    },
    /** The live job, rebuilt from its record when needed (e.g. opened after a reload). */
    job(id: string): BulkJob<BulkInput, unknown> | undefined {
      const record = records.find((candidate) => candidate.id === id);
      return live.get(id)?.job ?? (record ? attach(record).job : undefined);
    },
    record: (id: string) => records.find((record) => record.id === id),
    /** Saved as running but not run by this tab: another tab of this browser has it (or had it, and closed). */
    runningElsewhere: (id: string) =>
      !runningHere.has(id) && records.find((record) => record.id === id)?.snapshot.state === 'running',
    records: () => records,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type BulkJobStore = ReturnType<typeof createBulkJobStore>;
