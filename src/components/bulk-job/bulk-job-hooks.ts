import { use, useCallback, useRef, useSyncExternalStore } from 'react';

import type { BulkJobStore } from '@/api/bulk-job-store';
import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-store-loader';

/** Suspends until the store is ready. */
export const useBulkJobStore = (owner: string) => use(bulkJobStoreFor(owner));

/**
 * Subscribes to a store-like source but re-renders at most once per animation frame: a job of thousands of rows
 * changes far more often than a screen can usefully redraw.
 */
function useFrameThrottled<T>(subscribe: (listener: () => void) => () => void, read: () => T): T {
  const frame = useRef<number | undefined>(undefined);
  const throttled = useCallback(
    (listener: () => void) => {
      const unsubscribe = subscribe(() => {
        frame.current ??= requestAnimationFrame(() => {
          frame.current = undefined;
          listener();
        });
      });
      return () => {
        if (frame.current !== undefined) cancelAnimationFrame(frame.current);
        frame.current = undefined;
        unsubscribe();
      };
    },
    [subscribe],
  );
  return useSyncExternalStore(throttled, read, read);
}

export function useBulkJobRecords(store: BulkJobStore) {
  return useFrameThrottled(store.subscribe, store.records);
}

/** The job's view; the store may swap the job for a fresher copy (another tab ran it), so both are watched. */
export function useBulkJobView(store: BulkJobStore, id: string) {
  const job = store.job(id);
  const subscribe = useCallback(
    (listener: () => void) => {
      const fromStore = store.subscribe(listener);
      const fromJob = job?.subscribe(listener);
      return () => {
        fromStore();
        fromJob?.();
      };
    },
    [store, job],
  );
  const read = useCallback(() => store.job(id)?.getView(), [store, id]);
  return useFrameThrottled(subscribe, read);
}
