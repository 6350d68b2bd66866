import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, AGENT, V5_COMPANY } from './identities';

/**
 * Pictures of each page in light and dark, narrow and wide, for a person to look at: `SCREENSHOTS=1 npx playwright
 * test screenshots` writes them to screenshots/. Not part of `npm test`.
 */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');

// Pictures are wanted even while a page logs errors; the other specs are the ones that fail on them.
test.beforeEach(({ expectErrors }) => expectErrors(/./));

const VIEWPORTS = { narrow: { width: 390, height: 844 }, wide: { width: 1440, height: 900 } };

async function shoot(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      // Let layout and theme transitions settle before the picture.
      await page.waitForTimeout(300);
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${width}.png`, fullPage: true });
    }
  }
}

test('sign in and signed out', async ({ page, signIn, signInPage, shell }) => {
  await page.goto('/');
  await expect(signInPage.signInHeading).toBeVisible();
  await shoot(page, 'sign-in');
  await signIn(ADMIN);
  await shell.signOut();
  await expect(signInPage.signedOutHeading).toBeVisible();
  await shoot(page, 'signed-out');
});

test('users and user detail (v6)', async ({ page, signIn, usersPage, userDetailPage }) => {
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  await shoot(page, 'users');
  await usersPage.searchFor('maria');
  await usersPage.openUser('Maria Garcia');
  await userDetailPage.expectUser('Maria Garcia');
  await shoot(page, 'user-detail');
});

test('users (v5)', async ({ page, signIn, shell, usersPage }) => {
  await signIn(ADMIN);
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await usersPage.expectLoaded();
  await shoot(page, 'users-v5');
});

test('session expired', async ({ page, signIn, simulator, signInPage }) => {
  await signIn(ADMIN);
  await simulator.expireTokens();
  await page.reload();
  await expect(signInPage.sessionExpiredDialog).toBeVisible();
  await shoot(page, 'session-expired');
});

test('permission denied', async ({ page, signIn, simulator, shell }) => {
  await signIn(AGENT);
  await simulator.lockOut(AGENT);
  await page.reload();
  await expect(shell.permissionDenied).toBeVisible();
  await shoot(page, 'permission-denied');
});
