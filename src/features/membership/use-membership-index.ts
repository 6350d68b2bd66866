import { useSyncExternalStore } from 'react';

import { createMembershipIndexStore, type MembershipIndexStore } from '@/api/membership-index-store';
import { indexKey } from '@/api/membership-index';
import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';

const stores = new Map<string, MembershipIndexStore>();

/**
 * The membership index of this account as this identity sees it, shared by every membership screen. It follows
 * the identity's bulk jobs from the moment it is first used, so a reassignment is applied to it as it runs.
 */
export function membershipIndexFor(accountId: string, owner: string): MembershipIndexStore {
  const key = indexKey(accountId, owner);
  let store = stores.get(key);
  if (!store) {
    const created = createMembershipIndexStore(accountId, owner);
    store = created;
    void Promise.all([bulkJobStoreFor(owner), created.loaded]).then(([jobs]) => {
      created.syncJobs(jobs);
      jobs.subscribe(() => created.syncJobs(jobs));
      // Rows change without the store hearing of it (it only hears of jobs starting and ending); look again meanwhile.
      setInterval(() => created.syncJobs(jobs), 1000);
    });
    stores.set(key, store);
  }
  return store;
}

const subscribeToClock = (listener: () => void) => {
  const timer = setInterval(listener, 30_000);
  return () => clearInterval(timer);
};
const halfMinute = () => Math.floor(Date.now() / 30_000);

/** The index's state, re-rendered as it is read and every half minute (its age is shown in words). */
export function useMembershipIndex(accountId: string, owner: string) {
  const store = membershipIndexFor(accountId, owner);
  const status = useSyncExternalStore(store.subscribe, store.getStatus, store.getStatus);
  useSyncExternalStore(subscribeToClock, halfMinute, halfMinute);
  return { store, ...status };
}
