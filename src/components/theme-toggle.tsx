import { Button, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';

import { MoonIcon, SunIcon } from '@/components/icons';

/**
 * Light/dark switch, a square Button like its neighbours in the header (ActionIcon would add its own code and
 * styles to the first load). Mantine keeps the choice in localStorage, so it survives reloads; a toggle button with
 * aria-pressed keeps one stable name ("Dark theme") for screen readers and tests.
 */
export function ThemeToggle() {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const dark = computed === 'dark';
  return (
    <Button
      variant="default"
      px={0}
      w={36}
      aria-label="Dark theme"
      aria-pressed={dark}
      title={dark ? 'Switch to light theme' : 'Switch to dark theme'}
      onClick={() => setColorScheme(dark ? 'light' : 'dark')}
    >
      {dark ? <SunIcon /> : <MoonIcon />}
    </Button>
  );
}
