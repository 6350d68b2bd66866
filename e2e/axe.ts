import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Runs axe (WCAG 2.1 A and AA) on the page as it is now and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page, options: { exclude?: string[] } = {}): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']);
  for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
  const { violations } = await builder.analyze();
  // A few examples per rule are enough to find the cause; a table of 25 rows repeats one mistake 25 times.
  const report = violations.map((violation) => {
    const shown = violation.nodes.slice(0, 3).map((node) => {
      const why = (node.failureSummary ?? '').split('\n').slice(1).join(' ').trim();
      return `    ${node.target.join(' ')}: ${why}`;
    });
    const more = violation.nodes.length - shown.length;
    return [
      `${violation.id} (${violation.impact ?? 'n/a'}, ${violation.nodes.length} elements): ${violation.help}`,
      ...shown,
      ...(more > 0 ? [`    … and ${more} more`] : []),
    ].join('\n');
  });
  expect(report, `axe violations on ${page.url()}`).toEqual([]);
}
