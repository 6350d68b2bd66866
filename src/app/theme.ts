import {
  createTheme,
  defaultVariantColorsResolver,
  parseThemeColor,
  type CSSVariablesResolver,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's "light" variant (tinted background, coloured text), its dimmed text and its error red fall short of
 * WCAG AA contrast (axe flagged badges, labels, secondary text and form errors). Light variant text is darkened in
 * the light scheme and lightened in the dark one; everything else stays Mantine's.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const resolved = defaultVariantColorsResolver(input);
  if (input.variant !== 'light') return resolved;
  const parsed = parseThemeColor({ color: input.color ?? input.theme.primaryColor, theme: input.theme });
  if (!parsed.isThemeColor) return resolved;
  const name = parsed.color;
  return {
    ...resolved,
    color: `light-dark(color-mix(in srgb, var(--mantine-color-${name}-9), black 35%), var(--mantine-color-${name}-2))`,
  };
};

/**
 * Dimmed, error and link text at 4.5:1 or more on every surface they sit on (body, inputs, papers, modals, a table
 * row under the pointer): red 9 rather than 6 and links one shade darker in the light scheme; red 4 rather than 8
 * and links one shade lighter in the dark one.
 */
export const cssVariablesResolver: CSSVariablesResolver = (theme) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': theme.colors.gray[7] ?? '#495057',
    '--mantine-color-error': theme.colors.red[9] ?? '#c92a2a',
    '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-8)`,
  },
  dark: {
    '--mantine-color-dimmed': theme.colors.dark[1] ?? '#b8b8b8',
    '--mantine-color-error': theme.colors.red[4] ?? '#ff8787',
    '--mantine-color-anchor': `var(--mantine-color-${theme.primaryColor}-3)`,
  },
});

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 7 keeps white button text above 4.5:1 in both schemes.
  primaryShade: { light: 7, dark: 7 },
  defaultRadius: 'md',
  // Visible focus is a requirement (keyboard users), so the ring shows on keyboard focus everywhere.
  focusRing: 'auto',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: { fontWeight: '650' },
  variantColorResolver,
  components: {
    // A select's list of options opens next to its input, inside the same landmark or dialog (in a portal at the
    // end of the page it is content outside every landmark, and far from its input for a screen reader).
    Combobox: { defaultProps: { withinPortal: false } },
    // A notification's message under its title is grey 6 (light) or dark 2 (dark) in Mantine, below 4.5:1 on
    // the notification's own background; it takes the dimmed colour above instead. Its close button has no name.
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss notification' } },
      styles: { description: { color: 'var(--mantine-color-dimmed)' } },
    },
  },
});
