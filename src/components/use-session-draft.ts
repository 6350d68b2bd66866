import { useCallback, useState } from 'react';

import { clearDraft, readDraft, writeDraft } from '@/components/session-draft';

type Schema<T> = { safeParse: (value: unknown) => { success: true; data: T } | { success: false } };

/** Form state that is written to sessionStorage on every change and read back on the next visit. */
export function useSessionDraft<T extends object>(kind: string, accountId: string, schema: Schema<T>, empty: () => T) {
  const [restored] = useState(() =>
    readDraft(kind, accountId, (value) => {
      const result = schema.safeParse(value);
      return result.success ? result.data : undefined;
    }),
  );
  const [draft, setDraft] = useState<T>(() => restored ?? empty());
  const update = useCallback(
    (patch: Partial<T>) =>
      setDraft((current) => {
        const next = { ...current, ...patch };
        writeDraft(kind, accountId, next);
        return next;
      }),
    [kind, accountId],
  );
  const reset = useCallback(() => {
    clearDraft(kind, accountId);
    setDraft(empty());
  }, [kind, accountId, empty]);
  return { draft, update, reset, restored: restored !== undefined };
}
