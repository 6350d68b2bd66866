import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, redirect, type RouteObject } from 'react-router';

import { sessionQueries } from '@/api/session/queries';
import { paths } from '@/config/paths';
import { FullPageLoader, RootLayout } from '@/features/shell/root-layout';
import { RootRouteError, RouteError } from '@/app/route-error';

/**
 * The data router: the shell (session gate, header, navigation) is in the first bundle; every page is a lazy
 * route whose loader starts its data with the same query options the page then reads, so code and data load
 * in parallel. Loaders never block on API data (see routes/preload.ts); only the session is awaited, because
 * nothing can be drawn before we know who is signed in.
 */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: paths.signedOut.path,
      lazy: async () => ({ Component: (await import('@/routes/signed-out')).Component }),
      HydrateFallback: FullPageLoader,
      ErrorBoundary: RootRouteError,
    },
    {
      id: 'root',
      path: paths.home.path,
      loader: async () => {
        await queryClient.ensureQueryData(sessionQueries.current());
        return null;
      },
      Component: RootLayout,
      HydrateFallback: FullPageLoader,
      ErrorBoundary: RootRouteError,
      children: [
        { index: true, loader: () => redirect(paths.users.href()) },
        {
          path: paths.users.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/users-list');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: paths.user.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/user-detail');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: paths.invite.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/invite');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: paths.inviteCsv.path,
          ErrorBoundary: RouteError,
          lazy: async () => ({ Component: (await import('@/routes/invite-csv')).Component }),
        },
        {
          path: paths.jobs.path,
          ErrorBoundary: RouteError,
          lazy: async () => ({ Component: (await import('@/routes/jobs')).Component }),
        },
        {
          path: paths.job.path,
          ErrorBoundary: RouteError,
          lazy: async () => ({ Component: (await import('@/routes/job-detail')).Component }),
        },
        {
          path: paths.offices.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/offices');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: paths.office.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/office-detail');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: paths.region.path,
          ErrorBoundary: RouteError,
          lazy: async () => {
            const route = await import('@/routes/region-detail');
            return { Component: route.Component, loader: route.loader(queryClient) };
          },
        },
        {
          path: '*',
          ErrorBoundary: RouteError,
          lazy: async () => ({ Component: (await import('@/routes/not-found')).Component }),
        },
      ],
    },
  ];
}

export const createAppRouter = (queryClient: QueryClient) => createBrowserRouter(createRoutes(queryClient));
