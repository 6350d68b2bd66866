import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, vi } from 'vitest';

import { setCsrfToken } from '@/api/client';
import { dismissSessionExpired } from '@/api/session-expiry';

// The shell loads the bulk job store lazily; loaded up front, that import cannot land after a test file's
// environment is torn down.
beforeAll(async () => {
  await import('@/api/bulk-job-store');
});

// A test that replaced fetch (the simulator bridge, a stub) leaves no trace for the next one.
// The same for the app's module-level state: the CSRF token and an expired-session report.
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(undefined);
  dismissSessionExpired();
});

/**
 * Runs before every test file of the app project. jsdom lacks a few browser APIs Mantine uses; these stand-ins
 * answer the way a desktop browser would. Node-environment test files skip them.
 */
if (typeof window !== 'undefined') {
  // Route-level tests wait on real HTTP to the simulator; a loaded machine can need more than the 1 s default.
  configure({ asyncUtilTimeout: 5_000 });

  window.matchMedia ??= (query: string) =>
    ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;

  window.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };

  Element.prototype.scrollIntoView ??= () => {};
  window.scrollTo = () => {};

  afterEach(() => {
    cleanup();
    sessionStorage.clear();
    localStorage.clear();
  });
}
