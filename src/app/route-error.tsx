import { Button, Center, Stack } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

import { ApiError } from '@/api/errors';
import { ErrorPanel } from '@/components/error-panel';

/** A route's loader or lazy code failed (often a new deploy replaced the chunk): explain, and offer a reload. */
function toError(error: unknown): unknown {
  if (isRouteErrorResponse(error)) return new ApiError({ status: error.status, message: error.statusText || 'Page error' });
  return error;
}

export function RouteError() {
  const error = toError(useRouteError());
  return (
    <Stack gap="sm">
      <ErrorPanel error={error} action="open this page" headingOrder={1} />
      <div>
        <Button variant="default" onClick={() => window.location.reload()}>
          Reload the page
        </Button>
      </div>
    </Stack>
  );
}

/** The same outside the app shell, when even the session could not be read. */
export function RootRouteError() {
  return (
    <Center mih="100dvh" p="md">
      <div style={{ maxWidth: 560, width: '100%' }}>
        <RouteError />
      </div>
    </Center>
  );
}
