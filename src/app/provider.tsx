import { Button, Center, MantineProvider, Stack } from '@mantine/core';
import { useNotifications } from '@mantine/notifications';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState, type ReactNode } from 'react';

import { cssVariablesResolver, theme } from '@/app/theme';
import { AppErrorBoundary } from '@/components/app-error-boundary';
import { ErrorPanel } from '@/components/error-panel';

// notifications.show() only needs the small store; the container that draws them (and its CSS) loads the first
// time there is something to show, so it costs the first page nothing.
const NotificationsHost = lazy(() => import('@/app/notifications-host'));

function LazyNotifications() {
  const { notifications } = useNotifications();
  const [needed, setNeeded] = useState(false);
  if (!needed && notifications.length > 0) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <NotificationsHost />
    </Suspense>
  ) : null;
}

function Crashed({ error, reset }: { error: unknown; reset: () => void }) {
  return (
    <Center mih="100dvh" p="md">
      <Stack maw={560} w="100%">
        <ErrorPanel error={error} action="show this page" headingOrder={1} />
        <Button variant="default" onClick={reset}>
          Try again
        </Button>
      </Stack>
    </Center>
  );
}

/** Theme (light/dark, remembered by Mantine in localStorage), notifications, the query cache, and a last-resort boundary. */
export function AppProvider({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <LazyNotifications />
      <AppErrorBoundary fallback={(error, reset) => <Crashed error={error} reset={reset} />}>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AppErrorBoundary>
    </MantineProvider>
  );
}
