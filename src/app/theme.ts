import { createTheme } from '@mantine/core';

/** Mantine's defaults with a calmer primary colour and a focus ring on every keyboard focus. */
export const theme = createTheme({
  primaryColor: 'indigo',
  primaryShade: { light: 7, dark: 4 },
  defaultRadius: 'md',
  // Visible focus is a requirement (keyboard users), so the ring shows on keyboard focus everywhere.
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
});
