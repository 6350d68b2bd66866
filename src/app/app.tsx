import { useState } from 'react';
import { RouterProvider } from 'react-router/dom';

import { AppProvider } from '@/app/provider';
import { createQueryClient } from '@/app/query-client';
import { createAppRouter } from '@/app/router';

export function App() {
  // One cache and one router for the app's lifetime; the router's loaders fill the same cache the pages read.
  const [queryClient] = useState(createQueryClient);
  const [router] = useState(() => createAppRouter(queryClient));
  return (
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  );
}
