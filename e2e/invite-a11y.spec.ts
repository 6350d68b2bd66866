import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ADMIN, V5_COMPANY } from './identities';
import { InvitePage } from './pages/invite-page';

const caseFile = (name: string) => fileURLToPath(new URL(`../fixtures/cases/csv/${name}`, import.meta.url));
// axe in two themes per state, and with SCREENSHOTS=1 four pictures per state.
test.describe.configure({ timeout: 90_000 });

const VIEWPORTS = { narrow: { width: 390, height: 844 }, wide: { width: 1440, height: 900 } };

/** `SCREENSHOTS=1` also writes pictures of each state to screenshots/ in light and dark, narrow and wide. */
async function look(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page);
  if (!process.env.SCREENSHOTS) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const [width, size] of Object.entries(VIEWPORTS)) {
      await page.setViewportSize(size);
      await page.waitForTimeout(300);
      await page.screenshot({ path: `screenshots/${name}-${scheme}-${width}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: null });
  await page.setViewportSize(VIEWPORTS.wide);
}

test('invite wizard (v6): details with errors, review, result — axe clean', async ({ page, signIn }) => {
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite' });
  await invite.fill('First name', 'Ada');
  await invite.reviewButton.click();
  await expect(page.getByText('Enter a last name.')).toBeVisible();
  await look(page, 'invite-v6-details');
  await invite.fill('Last name', 'Agent');
  await invite.fill('Email', 'ada.agent@newhire.example');
  await invite.choose('Role', 'Agent');
  await invite.choose('Access level', 'Office');
  await invite.choose('Default office', 'Cambridge');
  await invite.choose('Offices', 'Boston Downtown');
  await page.keyboard.press('Escape');
  await invite.choose('eSignature permission profile', 'DS Sender');
  await invite.reviewButton.click();
  await expect(invite.review).toBeVisible();
  await look(page, 'invite-v6-review');
  await invite.sendButton.click();
  await expect(page.getByText('Invited Ada Agent')).toBeVisible();
  await look(page, 'invite-v6-done');
});

test('invite wizard (v5): a Manager with errors, review, result — axe clean', async ({ page, signIn, shell }) => {
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite' });
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await shell.navigation.getByRole('link', { name: 'Invite' }).click();
  await page.getByRole('radio', { name: 'Manager' }).check();
  await expect(invite.field('First name')).toBeVisible();
  await look(page, 'invite-v5-manager');
  await invite.fill('First name', 'Mia');
  await invite.reviewButton.click();
  await expect(page.getByText('Enter a last name.')).toBeVisible();
  await look(page, 'invite-v5-manager-errors');
  await invite.fill('Last name', 'Manager');
  await invite.fill('Email', 'mia.manager@cedarclassic.example');
  await invite.choose('Title', 'Title 7101');
  await invite.choose('Access level', 'Office');
  await invite.choose('Default office', 'Shelbyville');
  await invite.reviewButton.click();
  await expect(invite.review).toBeVisible();
  await look(page, 'invite-v5-review');
  await invite.sendButton.click();
  await expect(page.getByText('Invited Mia Manager')).toBeVisible();
  await look(page, 'invite-v5-done');
});

test('bulk invite from CSV: mapping and preview — axe clean', async ({ page, signIn }) => {
  const invite = new InvitePage(page);
  await signIn(ADMIN, { path: '/invite/csv' });
  await look(page, 'invite-csv-empty');
  await invite.upload(caseFile('07-unicode-and-odd-emails.csv'));
  await expect(invite.previewSummary).toBeVisible({ timeout: 20_000 });
  await invite.tab('Invalid').click();
  await look(page, 'invite-csv-preview');
  await invite.upload(caseFile('08-missing-email-column.csv'));
  await expect(page.getByText('The file has no email column')).toBeVisible();
  await look(page, 'invite-csv-missing-column');
});

test('bulk invite from CSV (v5): preview with problems per cell — axe clean', async ({ page, signIn, shell }) => {
  const invite = new InvitePage(page);
  const file = test.info().outputPath('cedar.csv');
  writeFileSync(
    file,
    [
      'kind,email,firstName,lastName,office,title,accessLevel,canManageCompanyRooms',
      'Agent,ann.agent@cedarnew.example,Ann,Agent,Springfield,,,',
      'Boss,bo.boss@cedarnew.example,Bo,Boss,,,,',
      'Manager,lev.less@cedarnew.example,Lev,Less,Springfield,Broker,,maybe',
    ].join('\n'),
  );
  await signIn(ADMIN, { path: '/invite/csv' });
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await invite.openCsv();
  await invite.upload(file);
  await expect(invite.previewSummary).toHaveText('3 rows: 1 ready, 2 invalid, 0 duplicate in file, 0 already a member.', { timeout: 20_000 });
  await invite.tab('Invalid').click();
  await expect(invite.rowList('Invalid')).toContainText('Unknown title "Broker"');
  await look(page, 'invite-csv-v5-preview');
});
