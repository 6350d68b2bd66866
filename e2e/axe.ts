import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** A few examples per rule are enough to find the cause; a table of 25 rows repeats one mistake 25 times. */
function describe(violation: Result, scheme: string): string {
  const shown = violation.nodes.slice(0, 3).map((node) => {
    const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
    return `    ${node.target.join(' ')}: ${why}`;
  });
  const more = violation.nodes.length - shown.length;
  return [
    `[${scheme}] ${violation.id} (${violation.impact ?? 'n/a'}, ${violation.nodes.length} elements): ${violation.help}`,
    ...shown,
    ...(more > 0 ? [`    … and ${more} more`] : []),
  ].join('\n');
}

/**
 * Runs axe (WCAG 2.1 A and AA, plus best practices) on the page as it is now, in the light and the dark theme,
 * and fails with a readable list of violations.
 */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  const report: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    // Let the theme's colour transitions finish, or axe measures colours halfway.
    await page.waitForTimeout(250);
    let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    const { violations } = await builder.analyze();
    report.push(...violations.map((violation) => describe(violation, scheme)));
  }
  await page.emulateMedia({ colorScheme: null });
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
