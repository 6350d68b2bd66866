import { Burger } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

import type { ActiveSession } from '@/api/session/use-signed-in-session';
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
