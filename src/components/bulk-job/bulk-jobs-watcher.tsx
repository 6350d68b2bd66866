import { useEffect } from 'react';

import { bulkJobStoreFor } from '@/components/bulk-job/bulk-job-hooks';

/** Whose jobs these are: the identity's subject, or its email when the proxy has no subject. */
export const jobOwner = (identity: { sub?: string | null; email?: string | null }) => identity.sub || identity.email || 'anonymous';

/**
 * Loads the signed-in identity's bulk jobs once the shell is on screen (resuming any that a reload interrupted)
 * and reports each job that ends, so screens refresh once per job rather than once per row.
 */
export function BulkJobsWatcher({ owner, onJobEnded }: { owner: string; onJobEnded: () => void }) {
  useEffect(() => {
    let stop: (() => void) | undefined;
    let cancelled = false;
    const ended = new Set<string>();
    void bulkJobStoreFor(owner).then((store) => {
      if (cancelled) return;
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
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [owner, onJobEnded]);
  return null;
}
