import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { REGION_MANAGER } from './identities';

/** Pictures of the membership pages: `SCREENSHOTS=1 npx playwright test membership-screenshots`. Not part of `npm test`. */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to take screenshots');
test.beforeEach(({ expectErrors }) => expectErrors(/./));

const VIEWPORTS = { narrow: { width: 390, height: 844 }, wide: { width: 1440, height: 900 } };

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      // A phone-width page of a long member list is too tall to look at whole: its first screen is what matters.
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${width}.png`, fullPage: fullPage && width === 'wide' });
    }
  }
}

test('offices, an office, the plan review and the job with undo', async ({ page, signIn, membershipPage }) => {
  test.setTimeout(180_000);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await expect(page.getByRole('link', { name: 'Cambridge', exact: true })).toBeVisible();
  await page.waitForTimeout(1500);
  await shoot(page, 'offices');
  await page.getByRole('link', { name: 'Northeast' }).click();
  await expect(page.getByRole('heading', { name: 'Region Northeast', level: 1 })).toBeVisible();
  await expect(membershipPage.memberRows.first()).toBeVisible();
  await shoot(page, 'region');
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const names = await membershipPage.namesAt(['Office', 'Contributor'], 3);
  await membershipPage.select(names);
  await shoot(page, 'office');
  await membershipPage.reviewPlan('Boston Downtown');
  await shoot(page, 'plan-review', false);
  await membershipPage.dialog.getByRole('button', { name: /^Apply to/ }).click();
  await membershipPage.expectJobDone();
  await page.getByRole('button', { name: 'Review undo' }).click();
  await expect(membershipPage.plan).toBeVisible();
  await shoot(page, 'job-undo');
  const job = page.url();
  await page.getByRole('button', { name: /^Apply undo/ }).click();
  await expect(page).not.toHaveURL(job);
  await membershipPage.expectJobDone();
  await page.goto('/offices');
  await membershipPage.openOffice('Cambridge');
  await expect(page.getByRole('region', { name: 'Recent reassignments' })).toBeVisible();
  await shoot(page, 'office-after');
});

test('the user list\'s bulk menu and the plan of a list selection', async ({ page, signIn, usersPage, membershipPage }) => {
  test.setTimeout(180_000);
  await signIn(REGION_MANAGER);
  await usersPage.expectLoaded();
  await usersPage.filterBy('Default office', 'Cambridge');
  await usersPage.expectSettled();
  for (const name of (await usersPage.names()).slice(0, 3)) await usersPage.select(name);
  await usersPage.bulkBar.getByRole('button', { name: 'Bulk actions' }).click();
  await expect(page.getByRole('menuitem', { name: 'Move or add to an office or region…' })).toBeVisible();
  await shoot(page, 'list-bulk-menu', false);
  await page.getByRole('menuitem', { name: 'Move or add to an office or region…' }).click();
  await membershipPage.planInDialog('Boston Downtown');
  await shoot(page, 'list-plan-review', false);
  await membershipPage.dialog.getByRole('button', { name: 'Cancel' }).click();
  await usersPage.bulk('Change default office only…');
  await shoot(page, 'list-default-office', false);
});
