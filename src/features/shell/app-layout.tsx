import { Burger } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, type ReactNode } from 'react';

import type { ActiveSession } from '@/api/session/use-signed-in-session';
import { userQueries } from '@/api/users/queries';
import { BulkJobsWatcher, jobOwner } from '@/components/bulk-job/bulk-jobs-watcher';
import { SkipLink } from '@/components/skip-link';
import classes from '@/features/shell/app-layout.module.css';
import { MainNav } from '@/features/shell/main-nav';
import { ShellHeader } from '@/features/shell/shell-header';

/**
 * Header, navigation and the main landmark of every signed-in page: a CSS grid rather than Mantine's AppShell,
 * which would add more to the first load than this whole layout needs.
 */
export function AppLayout({ session, children }: { session: ActiveSession; children: ReactNode }) {
  const [navOpened, nav] = useDisclosure(false);
  const queryClient = useQueryClient();
  // A finished bulk job changed users: every user list and detail is refetched once, not once per row.
  const refreshUsers = useCallback(() => void queryClient.invalidateQueries({ queryKey: userQueries.all() }), [queryClient]);
  const burger = (
    <Burger
      opened={navOpened}
      onClick={nav.toggle}
      size="sm"
      aria-label={navOpened ? 'Close navigation' : 'Open navigation'}
      aria-expanded={navOpened}
      aria-controls="main-navigation"
      className={classes.burger}
    />
  );
  return (
    <div className={classes.shell}>
      <SkipLink />
      <BulkJobsWatcher owner={jobOwner(session.identity)} onJobEnded={refreshUsers} />
      <header className={classes.header}>
        <ShellHeader session={session} burger={burger} />
      </header>
      <nav id="main-navigation" aria-label="Main" className={classes.nav} data-opened={navOpened || undefined}>
        <MainNav session={session} onNavigate={nav.close} />
      </nav>
      <main id="main-content" tabIndex={-1} className={classes.main}>
        {children}
      </main>
    </div>
  );
}
