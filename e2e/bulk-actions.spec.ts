import { expect, test } from './fixtures';
import { ADMIN } from './identities';
import type { UsersPage } from './pages/users-page';

test.beforeEach(async ({ signIn }) => signIn(ADMIN));

test('select users across two pages, lock them with one reason, and see them locked', async ({ page, usersPage }) => {
  await usersPage.expectLoaded();
  const firstPage = await usersPage.names();
  const chosen = firstPage.slice(0, 2);
  for (const name of chosen) await usersPage.select(name);
  await usersPage.nextPage.click();
  await expect.poll(() => usersPage.names()).not.toEqual(firstPage);
  const [third] = await usersPage.names();
  await usersPage.select(third!);
  chosen.push(third!);
  await expect(usersPage.bulkBar).toContainText('3 selected (2 not on this page)');

  let dialog = await usersPage.bulk('Lock…');
  await expect(dialog).toHaveAccessibleName('Lock 3 users');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Quarterly access review');
  // Closed by Escape, the dialog keeps what was typed for the next time it opens.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  dialog = await usersPage.bulk('Lock…');
  await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveValue('Quarterly access review');
  await expect(dialog).toContainText('What you typed earlier in this tab is back.');
  await expect(dialog).toContainText('Lock 3 users: all 3 can be done.');
  await dialog.getByRole('button', { name: 'Start: lock 3' }).click();

  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(/^3 done · 0 failed · 0 remaining/, { timeout: 15_000 });
  // Rooms does not give the reason back, so the job keeps it where it can be read.
  await expect(page.getByText('Reason given: Quarterly access review')).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await expect(usersPage.bulkBar).toContainText('No users selected');
  for (const name of chosen) {
    await usersPage.searchFor(name.split(' ')[0]!);
    await expect(usersPage.row(name).first()).toContainText('Locked');
  }
});

test('the review lists who is included and who cannot be, and why', async ({ usersPage }) => {
  await usersPage.searchFor('peter.pending');
  await usersPage.select('Peter Pendleton');
  await usersPage.searchFor('maria.garcia');
  await usersPage.select('Maria Garcia');
  await expect(usersPage.bulkBar).toContainText('2 selected (1 not on this page)');

  const dialog = await usersPage.bulk('Reinvite…');
  await expect(dialog).toContainText('Reinvite 2 users: 1 can be done; 1 cannot.');
  await expect(dialog.getByRole('list', { name: 'Users that cannot be included' })).toHaveText(
    'Maria Garcia — Only pending users can be invited again.',
  );
  await expect(dialog.getByRole('list', { name: 'Users included' })).toHaveText(/^Peter Pendleton <peter\.pending@/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(usersPage.bulkBar).toContainText('2 selected');
});

test('a job with skipped rows ends as partly done, saying what was skipped and why', async ({ page, usersPage }) => {
  for (const [search, name] of [['peter.pending', 'Peter Pendleton'], ['maria.garcia', 'Maria Garcia'], ['lena.locked', 'Lena Lockhart']]) {
    await usersPage.searchFor(search!);
    await usersPage.select(name!);
  }
  const dialog = await usersPage.bulk('Reinvite…');
  await expect(dialog).toContainText('Reinvite 3 users: 1 can be done; 2 cannot.');
  await dialog.getByRole('button', { name: 'Start: reinvite 1' }).click();

  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(/^1 done · 2 skipped · 0 failed · 0 remaining/, { timeout: 15_000 });
  const outcome = page.getByRole('alert').filter({ hasText: 'of 3 done' });
  await expect(outcome).toHaveText('Partly done1 of 3 done; 2 skipped: Only pending users can be invited again. See each row below.');
  await expect(outcome).toHaveAttribute('style', /orange/);
  // Each skipped row keeps its own reason.
  await expect(page.getByLabel('Row results').getByRole('listitem').filter({ hasText: 'Maria Garcia' })).toContainText('skippedMaria Garcia <maria.garcia@harborpine.example>Only pending users can be invited again.');
});

test('a cancelled job with failed rows offers to retry them', async ({ page, usersPage, simulator, expectErrors }) => {
  test.setTimeout(120_000);
  expectErrors(/\/reinvite\b/);
  await usersPage.expectLoaded();
  await usersPage.filterBy('Status', 'Pending');
  await expect.poll(async () => [...new Set(await usersPage.columnValues('Status'))]).toEqual(['Pending']);
  await usersPage.table.getByRole('checkbox', { name: 'Select every user on this page' }).check();
  await expect(usersPage.bulkBar).toContainText(/^\d+ selected/);
  const dialog = await usersPage.bulk('Reinvite…');
  const start = dialog.getByRole('button', { name: /^Start: reinvite \d+$/ });
  const count = Number((await start.innerText()).replace(/\D/g, ''));
  expect(count).toBeGreaterThan(8);
  // Every call fails, slowly enough that the job is still running when it is cancelled.
  await simulator.setScenario({ name: 'server-errors', rate: 1 });
  await simulator.setLatency(1_000);
  await start.click();

  const status = page.getByRole('status').filter({ hasText: 'remaining' });
  await expect(status).toHaveText(/ [1-9]\d* failed · [1-9]\d* remaining/, { timeout: 60_000 });
  // Cancelling cannot be taken back, so it is asked first; keeping the job leaves it running.
  const cancel = page.getByRole('button', { name: 'Cancel', exact: true });
  const question = page.getByRole('group', { name: 'Cancel this job?' });
  await cancel.click();
  await expect(question).toContainText(/The [\d,]+ rows not yet sent will not be sent, and a cancelled job cannot be resumed/);
  await expect(question.getByRole('button', { name: 'Keep the job' })).toBeFocused();
  await question.getByRole('button', { name: 'Keep the job' }).click();
  await expect(question).toBeHidden();
  await expect(page.getByText('Running', { exact: true })).toBeVisible();
  await cancel.click();
  await question.getByRole('button', { name: 'Cancel the job' }).click();
  const outcome = page.getByRole('alert').filter({ hasText: 'Cancelled' });
  await expect(outcome).toContainText(/^Cancelled0 of \d+ done; \d+ failed: .+; \d+ cancelled\. Retry the failed rows/);
  await expect(outcome).toHaveAttribute('style', /orange/);

  await simulator.setScenario({ name: 'none' });
  await simulator.setLatency(0);
  await page.getByRole('button', { name: /^Retry \d+ failed rows?$/ }).click();
  // The retried rows are done; those cancelled before they were sent stay cancelled, and say so.
  await expect(outcome).toHaveText(/^Cancelled[1-9]\d* of \d+ done; \d+ cancelled\. See each row below\.$/, { timeout: 30_000 });
  await expect(status).toHaveText(/ 0 failed · [1-9]\d* cancelled · 0 remaining/);
  await expect(page.getByRole('button', { name: /^Retry/ })).toBeHidden();

  // Rows of another height take the places of those shown before: each still has room for its whole message.
  await page.locator('label').filter({ hasText: /^Skipped$/ }).click();
  const rows = page.getByLabel('Row results').getByRole('listitem');
  await expect(rows.first()).toContainText('Cancelled before it was sent.');
  // The list is as tall as its rows, so none is squeezed out of sight at its end.
  await expect
    .poll(() =>
      rows.evaluateAll((items) => {
        const list = items[0]?.parentElement;
        if (!list) return 0;
        const box = list.getBoundingClientRect();
        return Math.max(...items.map((item) => item.getBoundingClientRect().bottom)) - box.bottom;
      }),
    )
    .toBeLessThanOrEqual(1);
});

/** Filters to pending users and waits until the list (and so its total) is the filtered one. */
async function showPendingOnly(usersPage: UsersPage): Promise<void> {
  await usersPage.filterBy('Status', 'Pending');
  await expect.poll(async () => [...new Set(await usersPage.columnValues('Status'))]).toEqual(['Pending']);
}

test('select all users matching a filter, gathered page by page', async ({ usersPage }) => {
  await showPendingOnly(usersPage);
  const selectAll = usersPage.bulkBar.getByRole('button', { name: /^Select all [\d,]+ matching$/ });
  const total = Number((await selectAll.innerText()).replace(/\D/g, ''));
  expect(total).toBeGreaterThan(await usersPage.rows.count());
  await selectAll.click();
  await expect(usersPage.bulkBar).toContainText(`${total.toLocaleString('en-US')} selected`);
  await usersPage.bulkBar.getByRole('button', { name: 'Clear selection' }).click();
  await expect(usersPage.bulkBar).toContainText('No users selected');
});

test('removing more than ten users asks for REMOVE typed out', async ({ usersPage }) => {
  await showPendingOnly(usersPage);
  await usersPage.bulkBar.getByRole('button', { name: /^Select all [\d,]+ matching$/ }).click();
  await expect(usersPage.bulkBar).toContainText(/\d+ selected/);
  const dialog = await usersPage.bulk('Remove from company…');
  const start = dialog.getByRole('button', { name: /^Start: remove \d+$/ });
  await expect(start).toBeDisabled();
  await dialog.getByRole('textbox', { name: /^Type REMOVE to remove \d+ users/ }).fill('remove');
  await expect(start).toBeEnabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

const URL_PARAM = { Region: 'region', 'Access level': 'accessLevel', Status: 'status', 'Default office': 'office', Role: 'role' } as const;

/** Every filter of the list narrows "Select all N matching" exactly as it narrows the list. */
for (const filters of [
  [['Region', 'Northeast']],
  [['Region', 'West'], ['Access level', 'Contributor'], ['Status', 'Pending']],
  [['Region', 'Northeast'], ['Default office', 'Cambridge'], ['Role', 'Agent']],
  [['Access level', 'Office'], ['Default office', 'Boston Downtown']],
] as const) {
  test(`select all matching gathers exactly the list's users: ${filters.map(([label, option]) => `${label} ${option}`).join(', ')}`, async ({ page, usersPage }) => {
    await usersPage.expectLoaded();
    // The filtered list is opened from its link, so no earlier list's count can be read by mistake.
    const search = new URLSearchParams();
    for (const [label, option] of filters) {
      const value = await usersPage.filter(label).locator('option').filter({ hasText: new RegExp(`^${option}$`) }).getAttribute('value');
      search.set(URL_PARAM[label], value ?? '');
    }
    await page.goto(`/users?${search}`);
    await usersPage.expectLoaded();
    await usersPage.expectSettled();
    const selectAll = usersPage.bulkBar.getByRole('button', { name: /^Select all [\d,]+ matching$/ });
    const total = Number((await selectAll.innerText()).replace(/\D/g, ''));
    const shown = await usersPage.rows.count();
    expect(total).toBeGreaterThanOrEqual(shown);
    await selectAll.click();
    await expect(usersPage.bulkBar).toContainText(`${total.toLocaleString('en-US')} selected`);
    // Those on this page are among them, and nobody beyond the count the button named.
    if (total > shown) await expect(usersPage.bulkBar).toContainText(`(${(total - shown).toLocaleString('en-US')} not on this page)`);
    else await expect(usersPage.bulkBar).not.toContainText('not on this page');
  });
}

test('a second tab follows a job the first runs, and both say when the rate limit holds it back', async ({ page, context, usersPage, simulator, expectErrors }) => {
  test.setTimeout(150_000);
  expectErrors(/\/lock$|status of 429/);
  await usersPage.expectLoaded();
  await usersPage.table.getByRole('checkbox', { name: 'Select every user on this page' }).check();
  const dialog = await usersPage.bulk('Lock…');
  await dialog.getByRole('textbox', { name: 'Reason' }).fill('Annual access review');
  const start = dialog.getByRole('button', { name: /^Start: lock \d+$/ });
  await expect(start).toBeEnabled();
  await simulator.setScenario({ name: 'rate-limit', burstLimit: 5 });
  await start.click();
  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByText(/^Waiting for the account's API rate limit; sending goes on in about \d+ s\.$/)).toBeVisible({ timeout: 30_000 });

  const other = await context.newPage();
  await other.goto(page.url());
  await expect(other.getByText('Running in another tab')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Cancel', exact: true })).toHaveCount(0);
  await expect(other.getByRole('button', { name: 'Start', exact: true })).toHaveCount(0);

  await simulator.setScenario({ name: 'none' });
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(/^\d+ done · (\d+ skipped · )?0 failed · 0 remaining/, { timeout: 90_000 });
  // The second tab hears of the end without a reload.
  await expect(other.getByRole('status').filter({ hasText: 'done' })).toHaveText(/^\d+ done · (\d+ skipped · )?0 failed · 0 remaining/);
  await expect(other.getByText('Finished', { exact: true })).toBeVisible();
});
