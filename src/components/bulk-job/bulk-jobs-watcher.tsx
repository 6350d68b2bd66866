import { useEffect } from 'react';

import { hasRunningJobs } from '@/api/bulk-job-db';
import type { BulkJobStore } from '@/api/bulk-job-store';
import { bulkJobStoreFor, whenStoreLoaded } from '@/components/bulk-job/bulk-job-store-loader';

/** Whose jobs these are: the identity's subject, or its email when the proxy has no subject. */
export const jobOwner = (identity: { sub?: string | null; email?: string | null }) => identity.sub || identity.email || 'anonymous';

/**
 * Resumes the signed-in identity's jobs that a reload interrupted (loading the job store only when there is one)
 * and reports each job that ends, so screens refresh once per job rather than once per row.
 */
export function BulkJobsWatcher({ owner, onJobEnded }: { owner: string; onJobEnded: () => void }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    const watch = (store: BulkJobStore) => {
      if (stop) return;
      const ended = new Set<string>();
      const isEnded = (id: string) => ['finished', 'cancelled'].includes(store.job(id)?.getView().state ?? '');
      // Jobs that had already ended before this page loaded are not news.
      for (const record of store.records()) if (isEnded(record.id)) ended.add(record.id);
      stop = store.subscribe(() => {
        for (const record of store.records()) {
          if (!isEnded(record.id)) ended.delete(record.id);
          else if (!ended.has(record.id)) {
            ended.add(record.id);
            onJobEnded();
          }
        }
      });
    };
    // A page that starts or shows a job loads the store; from then on its jobs are watched.
    const unlisten = whenStoreLoaded((loadedOwner, store) => loadedOwner === owner && watch(store));
    // A job left running (a mark the store keeps) is resumed at once; otherwise the store waits for a page to need it.
    if (hasRunningJobs(owner)) void bulkJobStoreFor(owner);
    return () => {
      unlisten();
      stop?.();
    };
  }, [owner, onJobEnded]);
  return null;
}
