import type { ApiError } from '@/api/errors';

/**
 * Remembers that some call was refused because the session ended, so one dialog can ask the user to sign in
 * again while the page underneath (filters, typed input) stays as it is.
 */
type Listener = () => void;

let expired: ApiError | null = null;
const listeners = new Set<Listener>();

const emit = () => {
  for (const listener of listeners) listener();
};

export function reportSessionExpired(error: ApiError): void {
  if (expired) return;
  expired = error;
  emit();
}

/** The user chose to stay on the page for now; the next refused call asks again. */
export function dismissSessionExpired(): void {
  if (!expired) return;
  expired = null;
  emit();
}

export const sessionExpiry = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  getSnapshot: (): ApiError | null => expired,
};
