import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ADMIN, OFFICE_MANAGER } from './identities';

/**
 * Pictures of the user actions and bulk screens for a person to look at: `SCREENSHOTS=1 npx playwright test
 * user-actions-screenshots` writes them to screenshots/. Each screen is also checked with axe in both themes.
 */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');
// Two themes, two pictures and an axe run per screen take a while on a busy machine.
test.setTimeout(120_000);

async function shoot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `screenshots/${name}-${scheme}.png`, fullPage });
  }
  // axe checks both themes itself.
  await expectNoAxeViolations(page);
}

test('user detail actions and the lock dialog', async ({ page, signIn, usersPage, userDetailPage }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(ADMIN);
  await usersPage.searchFor('maria');
  await usersPage.openUser('Maria Garcia');
  await userDetailPage.expectUser('Maria Garcia');
  await expect(userDetailPage.action('Lock')).toBeEnabled();
  await shoot(page, 'user-actions-admin');
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, 'user-actions-admin-narrow');
  await page.setViewportSize({ width: 1280, height: 900 });
  await userDetailPage.action('Lock').click();
  await expect(userDetailPage.dialog('Lock Maria Garcia')).toBeVisible();
  await shoot(page, 'lock-dialog', { fullPage: false });
});

test('user detail actions refused for an office manager', async ({ page, signIn, usersPage, userDetailPage }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(OFFICE_MANAGER);
  await usersPage.searchFor('peter');
  await usersPage.openUser('Peter Pendleton');
  await userDetailPage.reasonFor('Remove from company');
  await shoot(page, 'user-actions-office-manager');
});

test('bulk selection, review and job', async ({ page, signIn, usersPage }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  const names = await usersPage.names();
  for (const name of names.slice(0, 3)) await usersPage.select(name);
  await usersPage.searchFor('maria.garcia');
  await usersPage.select('Maria Garcia');
  await usersPage.searchFor('');
  await expect(usersPage.bulkBar).toContainText('4 selected');
  await shoot(page, 'bulk-selection', { fullPage: false });
  const dialog = await usersPage.bulk('Unlock…');
  await expect(dialog).toContainText('cannot');
  await shoot(page, 'bulk-review', { fullPage: false });
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  const lock = await usersPage.bulk('Lock…');
  await lock.getByRole('textbox', { name: 'Reason' }).fill('Access review');
  await lock.getByRole('button', { name: /^Start: lock/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(/0 remaining/, { timeout: 15_000 });
  await shoot(page, 'bulk-job');
});
