import { lazy, Suspense, useSyncExternalStore } from 'react';

import { dismissSessionExpired, sessionExpiry } from '@/api/session-expiry';

// The dialog is rarely needed, so its code (and Modal's) loads only when a session actually expires.
const SessionExpiredDialog = lazy(() => import('@/features/shell/session-expired-dialog'));

/** Listens for a refused call anywhere in the app and shows the sign-in-again dialog over the current page. */
export function SessionExpiredWatcher() {
  const expired = useSyncExternalStore(sessionExpiry.subscribe, sessionExpiry.getSnapshot);
  if (!expired) return null;
  return (
    <Suspense fallback={null}>
      <SessionExpiredDialog error={expired} onDismiss={dismissSessionExpired} />
    </Suspense>
  );
}
