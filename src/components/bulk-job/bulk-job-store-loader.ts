import type { BulkJobStore } from '@/api/bulk-job-store';

const stores = new Map<string, Promise<BulkJobStore>>();
const loadedListeners = new Set<(owner: string, store: BulkJobStore) => void>();

/**
 * The bulk job store of the signed-in identity, loaded on first use (its code is not on the first page) and
 * shared by every screen. Loading it resumes jobs that were running when the page went away.
 */
export function bulkJobStoreFor(owner: string): Promise<BulkJobStore> {
  let store = stores.get(owner);
  if (!store) {
    store = import('@/api/bulk-job-store').then(async ({ createBulkJobStore, indexedDbStorage, memoryStorage }) => {
      // Without IndexedDB (some private modes, test DOMs) jobs still run; they just do not outlive the page.
      const created = createBulkJobStore(owner, typeof indexedDB === 'undefined' ? memoryStorage() : indexedDbStorage());
      await created.load();
      loadedListeners.forEach((listener) => listener(owner, created));
      return created;
    });
    stores.set(owner, store);
  }
  return store;
}

/** Calls `listener` with each store once it is loaded, including one already loaded. */
export function whenStoreLoaded(listener: (owner: string, store: BulkJobStore) => void): () => void {
  loadedListeners.add(listener);
  for (const [owner, store] of stores) void store.then((loaded) => loadedListeners.has(listener) && listener(owner, loaded));
  return () => void loadedListeners.delete(listener);
}
