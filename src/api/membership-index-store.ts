import { createStore, get, set } from 'idb-keyval';

import type { BulkJobStore } from '@/api/bulk-job-store';
import { realClock, type Clock } from '@/api/bulk-pacer';
import { subscribeToResponses } from '@/api/client';
import { ApiError } from '@/api/errors';
import {
  applyJobRows,
  applyMembershipJob,
  changeFromWrite,
  emptyIndex,
  indexKey,
  memberFromUser,
  unread,
  withChange,
  withMember,
  withUserList,
  type MembershipIndex,
} from '@/api/membership-index';
import { readPaced } from '@/api/paced-reads';
import { MAX_PAGE_SIZE } from '@/api/paging';
import type { MembershipStep } from '@/api/users/membership-steps';
import { getUser, getUsers } from '@/api/users/requests';
import type { User, UserSummaryList } from '@/api/users/schemas';

export type IndexStorage = { load(key: string): Promise<MembershipIndex | undefined>; save(index: MembershipIndex): Promise<void> };

export function indexedDbIndexStorage(): IndexStorage {
  const store = createStore('rooms-admin-membership', 'membership-index');
  return {
    load: (key) => get<MembershipIndex>(key, store),
    save: (index) => set(indexKey(index.accountId, index.owner), index, store),
  };
}

export type IndexReads = {
  listPage(startPosition: number, signal: AbortSignal): Promise<UserSummaryList>;
  detail(userId: number, signal: AbortSignal): Promise<User>;
};

const apiReads = (accountId: string): IndexReads => ({
  listPage: (startPosition, signal) => getUsers(accountId, { startPosition, count: MAX_PAGE_SIZE }, signal),
  detail: (userId, signal) => getUser(accountId, userId, signal),
});

export type IndexStatus = {
  index: MembershipIndex;
  loaded: boolean;
  building: boolean;
  error?: string;
  /** While the rate limit holds the reading back: until when (epoch ms). */
  waitingUntil?: number;
};

/** The share of the burst budget the index leaves to the pages a person is looking at while it reads. */
const RESERVE_FOR_PAGES = 0.3;

const SAVE_EVERY = 25;
const WRITE = /^(POST|PUT|DELETE)$/;

/**
 * One account's membership index as one identity sees it: loaded from IndexedDB, built on request by a paced
 * loop of GET users/{id} (the same rate-limit pacing as bulk jobs), saved as it goes so a reload resumes
 * where it stopped, and kept current from the dashboard's own changes.
 */
export function createMembershipIndexStore(
  accountId: string,
  owner: string,
  { storage = indexedDbIndexStorage(), reads = apiReads(accountId), clock = realClock }: { storage?: IndexStorage; reads?: IndexReads; clock?: Clock } = {},
) {
  let status: IndexStatus = { index: emptyIndex(accountId, owner), loaded: false, building: false };
  const listeners = new Set<() => void>();
  let controller: AbortController | undefined;
  let current: Promise<void> | undefined;
  let membershipJobUsers = new Set<number>();
  const notify = () => listeners.forEach((listener) => listener());
  const update = (next: Partial<IndexStatus>) => {
    status = { ...status, ...next };
    notify();
  };
  const save = () => storage.save(status.index);

  const loaded = storage.load(indexKey(accountId, owner)).then((saved) => {
    update({ index: saved ?? status.index, loaded: true });
    // A read that a reload interrupted carries on by itself.
    if (saved?.reading) void build();
  });

  // Every change the dashboard makes is applied as the API answered it (outside a reassignment's rows, which are
  // replayed from the job as they run), so the screens stay right without reading anyone again.
  const stopListening = subscribeToResponses(({ method, path, status: code, body, reply }) => {
    if (!WRITE.test(method) || code >= 400) return;
    const change = changeFromWrite({ method, path, body, reply });
    if (!change || membershipJobUsers.has(change.userId)) return;
    const next = withChange(status.index, change);
    if (next !== status.index) {
      update({ index: next });
      void save();
    }
  });

  async function readList(signal: AbortSignal) {
    const users: { userId: number }[] = [];
    for (;;) {
      const page = await reads.listPage(users.length, signal);
      users.push(...page.userSummaries);
      const total = page.totalRowCount ?? undefined;
      if (page.userSummaries.length === 0 || page.nextUri === null) break;
      if (total !== undefined ? users.length >= total : page.userSummaries.length < MAX_PAGE_SIZE) break;
    }
    update({ index: withUserList(status.index, users) });
    await save();
  }

  function build(options: { relist?: boolean } = {}): Promise<void> {
    current ??= run(options).finally(() => (current = undefined));
    return current;
  }

  async function run(options: { relist?: boolean }) {
    await loaded;
    controller = new AbortController();
    const { signal } = controller;
    update({ building: true, error: undefined, index: { ...status.index, reading: true } });
    void save();
    try {
      if (options.relist || !status.index.userIds) await readList(signal);
      let sinceSave = 0;
      await readPaced(unread(status.index), (userId, inner) => reads.detail(userId, inner), {
        signal,
        clock,
        reserve: RESERVE_FOR_PAGES,
        onWait: (until) => update({ waitingUntil: until }),
        onRead: (_userId, user) => {
          update({ index: withMember(status.index, memberFromUser(user), new Date(clock.now()).toISOString()) });
          if (++sinceSave >= SAVE_EVERY) {
            sinceSave = 0;
            void save();
          }
        },
        // A user removed since the list was read: nothing to know about them.
        ignore: (error) => error instanceof ApiError && error.status === 404,
      });
      if (!signal.aborted && unread(status.index).length === 0) {
        update({ index: { ...status.index, finishedAt: new Date(clock.now()).toISOString() } });
      }
    } catch (error) {
      if (!signal.aborted) update({ error: error instanceof Error ? error.message : String(error) });
    } finally {
      controller = undefined;
      // Paused, failed or finished: a reload does not start it again (a page going away aborts nothing here).
      update({ building: false, waitingUntil: undefined, index: { ...status.index, reading: false } });
      await save();
    }
  }

  /** Brings in what bulk jobs changed: a membership job's done steps are replayed, other jobs' rows by their kind. */
  function syncJobs(jobs: Pick<BulkJobStore, 'records' | 'job'>) {
    let next = status.index;
    const running = new Set<number>();
    for (const record of jobs.records()) {
      if (record.accountId !== accountId) continue;
      const rows = jobs.job(record.id)?.getView().rows ?? record.snapshot.rows;
      if (record.spec.kind === 'membership') {
        for (const row of rows) if (row.status === 'queued' || row.status === 'running') running.add(row.input.userId ?? -1);
        next = applyMembershipJob(
          next,
          record.id,
          rows.map((row) => ({ key: row.key, userId: row.input.userId, done: Array.isArray(row.result) ? (row.result as MembershipStep[]) : undefined })),
        );
      } else {
        next = applyJobRows(
          next,
          record.id,
          record.spec,
          rows.map((row) => ({ key: row.key, userId: row.input.userId, status: row.status, result: row.result, invite: row.input.invite })),
        );
      }
    }
    membershipJobUsers = running;
    if (next !== status.index) {
      update({ index: next });
      void save();
    }
  }

  return {
    loaded,
    build,
    /** Reads the user list again (new and removed users), then whatever is not yet known. */
    refresh: () => build({ relist: true }),
    /** Starts over: every user is read again. */
    async rebuild() {
      await loaded;
      controller?.abort();
      await current;
      update({ index: { ...emptyIndex(accountId, owner), appliedJobs: status.index.appliedJobs } });
      await build({ relist: true });
    },
    pause: () => controller?.abort(),
    syncJobs,
    getStatus: () => status,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    dispose() {
      controller?.abort();
      stopListening();
    },
  };
}

export type MembershipIndexStore = ReturnType<typeof createMembershipIndexStore>;
