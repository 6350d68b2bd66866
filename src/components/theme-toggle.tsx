import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

import { MoonIcon, SunIcon } from '@/components/icons';

/**
 * Light/dark switch. Mantine keeps the choice in localStorage, so it survives reloads; a toggle button with
 * aria-pressed keeps one stable name ("Dark theme") for screen readers and tests.
 */
export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const dark = computed === 'dark';
  return (
    <ActionIcon
      variant="default"
      size="lg"
      aria-label="Dark theme"
      aria-pressed={dark}
      title={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      onClick={() => setColorScheme(dark ? 'light' : 'dark')}
    >
      {dark ? <SunIcon /> : <MoonIcon />}
    </ActionIcon>
  );
}
