import { describe, expect, it, vi } from 'vitest';

import { ApiError } from '@/api/errors';
import { progressOf, readTimeOf, type MembershipIndex } from '@/api/membership-index';
import { createMembershipIndexStore, type IndexReads, type IndexStorage } from '@/api/membership-index-store';
import { addUserToOffice } from '@/api/users/requests';
import type { User } from '@/api/users/schemas';

const memory = (): IndexStorage & { saved: Map<string, MembershipIndex> } => {
  const saved = new Map<string, MembershipIndex>();
  return {
    saved,
    load: async (key) => structuredClone(saved.get(key)),
    save: async (index) => void saved.set(`${index.accountId}:${index.owner}`, structuredClone(index)),
  };
};

const detail = (userId: number): User => ({
  userId,
  email: `u${userId}@example.com`,
  firstName: 'U',
  lastName: String(userId),
  isLockedOut: false,
  status: 'Active',
  accessLevel: 'Contributor',
  defaultOfficeId: 1,
  titleId: undefined,
  roleId: undefined,
  profileImageUrl: undefined,
  offices: [1, 2],
  regions: [],
  permissions: {},
});

const reads = (ids: number[], fail?: (userId: number) => Error | undefined): IndexReads & { details: number[] } => {
  const details: number[] = [];
  return {
    details,
    listPage: async (startPosition) => ({ userSummaries: ids.slice(startPosition, startPosition + 100).map((userId) => detail(userId)), totalRowCount: ids.length }),
    detail: async (userId) => {
      details.push(userId);
      const error = fail?.(userId);
      if (error) throw error;
      return detail(userId);
    },
  };
};

const instantClock = { now: () => Date.now(), sleep: async () => {} };

describe('membership index store', () => {
  it('reads every user once, saves, and a new store (a reload) starts from what was saved', async () => {
    const storage = memory();
    const first = createMembershipIndexStore('acc', 'me', { storage, reads: reads([1, 2, 3]), clock: instantClock });
    await first.build();
    expect(progressOf(first.getStatus().index)).toEqual({ read: 3, total: 3, complete: true });
    first.dispose();

    const again = reads([1, 2, 3]);
    const second = createMembershipIndexStore('acc', 'me', { storage, reads: again, clock: instantClock });
    await second.loaded;
    expect(progressOf(second.getStatus().index).complete).toBe(true);
    await second.build();
    expect(again.details).toEqual([]);
    second.dispose();
  });

  it('waits out a 429 and carries on; skips users removed meanwhile', async () => {
    let limited = true;
    const source = reads([1, 2, 3], (userId) => {
      if (userId === 2 && limited) {
        limited = false;
        return new ApiError({ status: 429, message: 'slow down', retryAfter: 0 });
      }
      return userId === 3 ? new ApiError({ status: 404, message: 'gone' }) : undefined;
    });
    const store = createMembershipIndexStore('acc', 'me', { storage: memory(), reads: source, clock: instantClock });
    await store.build();
    expect(Object.keys(store.getStatus().index.members)).toEqual(['1', '2']);
    expect(store.getStatus().error).toBeUndefined();
    store.dispose();
  });

  it('replays a membership job onto the index as its rows finish', async () => {
    const store = createMembershipIndexStore('acc', 'me', { storage: memory(), reads: reads([1]), clock: instantClock });
    await store.build();
    const rows = [{ key: 'user-1', input: { label: 'U 1', userId: 1 }, status: 'succeeded', attempts: 1, result: [{ call: 'removeFromOffice', officeId: 2 }] }];
    const jobs = {
      records: () => [{ id: 'job', accountId: 'acc', owner: 'me', spec: { kind: 'membership' as const }, title: '', createdAt: '', snapshot: { state: 'finished' as const, rows } }],
      job: vi.fn(() => undefined),
    };
    store.syncJobs(jobs as never);
    store.syncJobs(jobs as never);
    expect(store.getStatus().index.members[1]?.offices).toEqual([1]);
    store.dispose();
  });

  it('applies a change made elsewhere in the dashboard as the API answered, instead of forgetting the user', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 204 })));
    try {
      const store = createMembershipIndexStore('acc', 'me', { storage: memory(), reads: reads([1]), clock: instantClock });
      await store.build();
      await addUserToOffice('acc', 1, 3);
      expect(store.getStatus().index.members[1]?.offices).toEqual([1, 2, 3]);
      expect(progressOf(store.getStatus().index).complete).toBe(true);
      store.dispose();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('carries on after a reload with the read that was under way, without being asked', async () => {
    const storage = memory();
    let release: () => void = () => {};
    const stalled = new Promise<void>((resolve) => (release = resolve));
    const first = reads([1, 2, 3]);
    const slow: IndexReads = { ...first, detail: async (userId, signal) => (userId === 3 ? stalled.then(() => first.detail(userId, signal)) : first.detail(userId, signal)) };
    const before = createMembershipIndexStore('acc', 'me', { storage, reads: slow, clock: instantClock });
    void before.build();
    await vi.waitFor(() => expect(first.details).toEqual([1, 2]));
    // The page goes away mid-read: what was saved says a read was under way.
    await vi.waitFor(() => expect(storage.saved.get('acc:me')?.reading).toBe(true));

    const again = reads([1, 2, 3]);
    const after = createMembershipIndexStore('acc', 'me', { storage, reads: again, clock: instantClock });
    await after.loaded;
    await vi.waitFor(() => expect(progressOf(after.getStatus().index).complete).toBe(true));
    expect(again.details).toContain(3);
    await vi.waitFor(() => expect(after.getStatus().building).toBe(false));
    release();
    before.dispose();
    after.dispose();

    // Paused, it stays paused after a reload.
    const held = reads([1, 2, 3]);
    const never: IndexReads = { ...held, detail: (userId, signal) => (userId === 3 ? new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))) : held.detail(userId, signal)) };
    const paused = createMembershipIndexStore('acc', 'other', { storage, reads: never, clock: instantClock });
    const reading = paused.build();
    await vi.waitFor(() => expect(held.details).toEqual([1, 2]));
    paused.pause();
    await reading;
    const reloaded = reads([1, 2, 3]);
    const later = createMembershipIndexStore('acc', 'other', { storage, reads: reloaded, clock: instantClock });
    await later.loaded;
    expect(later.getStatus().building).toBe(false);
    expect(progressOf(later.getStatus().index).complete).toBe(false);
    later.dispose();
    paused.dispose();
  });

  it('is as old as its reading is finished, not as its first record', async () => {
    let now = Date.parse('2025-01-01T10:00:00Z');
    const clock = { now: () => now, sleep: async () => {} };
    const source = reads([1, 2, 3]);
    const slow: IndexReads = { ...source, detail: async (userId, signal) => ((now += 60_000), source.detail(userId, signal)) };
    const store = createMembershipIndexStore('acc', 'me', { storage: memory(), reads: slow, clock });
    await store.build();
    expect(readTimeOf(store.getStatus().index)).toBe(new Date(now).toISOString());
    store.dispose();
  });
});
