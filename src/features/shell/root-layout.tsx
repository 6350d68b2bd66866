import { Center, Loader } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { Outlet, ScrollRestoration } from 'react-router';

import { sessionQueries } from '@/api/session/queries';
import { claimTabStorage } from '@/features/shell/tab-storage';
import { ErrorPanel } from '@/components/error-panel';
import { AppLayout } from '@/features/shell/app-layout';
import { SessionExpiredWatcher } from '@/features/shell/session-expired-watcher';

// Seen once per sign-in at most, so kept off the first load of a signed-in page.
const SignInScreen = lazy(() => import('@/features/shell/sign-in-screen').then((module) => ({ default: module.SignInScreen })));
const ChooseAccountScreen = lazy(() =>
  import('@/features/shell/choose-account-screen').then((module) => ({ default: module.ChooseAccountScreen })),
);

export function FullPageLoader() {
  return (
    <Center mih="100dvh">
      <Loader aria-label="Loading Rooms Admin" />
    </Center>
  );
}

/**
 * The session gate around every signed-in page: nobody signed in → the sign-in screen for this very URL;
 * no account chosen → the account choice; otherwise the app shell with the page.
 */
export function RootLayout() {
  const session = useQuery(sessionQueries.current());
  let content;
  if (session.data === undefined) {
    content = session.isError ? (
      <Center mih="100dvh" p="md">
        <ErrorPanel error={session.error} action="check your session" onRetry={() => void session.refetch()} headingOrder={1} />
      </Center>
    ) : (
      <FullPageLoader />
    );
  } else if (!session.data.signedIn) {
    content = (
      <Suspense fallback={<FullPageLoader />}>
        <SignInScreen />
      </Suspense>
    );
  } else if (session.data.accountId === null) {
    content = (
      <Suspense fallback={<FullPageLoader />}>
        <ChooseAccountScreen accounts={session.data.accounts} />
      </Suspense>
    );
  } else {
    // Before any page reads this tab's storage: another person's selection or drafts must not carry over.
    claimTabStorage(session.data.identity.sub ?? session.data.identity.email ?? '');
    content = (
      <>
        <AppLayout session={{ ...session.data, accountId: session.data.accountId }}>
          <Outlet />
        </AppLayout>
        <SessionExpiredWatcher />
      </>
    );
  }
  return (
    <>
      {content}
      <ScrollRestoration />
    </>
  );
}
