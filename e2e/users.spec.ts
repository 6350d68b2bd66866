import { expect, test } from './fixtures';
import { ADMIN, NORTHEAST_OFFICES, REGION_MANAGER } from './identities';

test('search finds Maria Garcia and her detail shows her default office', async ({
  page,
  signIn,
  usersPage,
  userDetailPage,
}) => {
  await signIn(ADMIN);
  await usersPage.searchFor('maria');
  await expect(page).toHaveURL(/[?&]q=maria/);
  await expect(usersPage.row('Maria Garcia')).toBeVisible();
  await usersPage.openUser('Maria Garcia');
  await userDetailPage.expectUser('Maria Garcia');
  await expect(userDetailPage.field('Default office')).toHaveText('Boston Downtown');
});

test('a regional manager sees only users of her region\'s offices', async ({ signIn, usersPage }) => {
  await signIn(REGION_MANAGER, { path: '/users?size=100' });
  await usersPage.expectLoaded();
  const seen = new Set<string>();
  // Every page, not just the first: a leak from another region could sort anywhere.
  for (let pageNumber = 1; pageNumber <= 20; pageNumber++) {
    for (const office of await usersPage.defaultOffices()) seen.add(office);
    if (await usersPage.nextPage.isDisabled()) break;
    const first = await usersPage.names();
    await usersPage.nextPage.click();
    await expect.poll(() => usersPage.names()).not.toEqual(first);
  }
  expect([...seen].sort()).toEqual(expect.arrayContaining(['Boston Downtown', 'Cambridge']));
  expect([...seen].filter((office) => !NORTHEAST_OFFICES.includes(office))).toEqual([]);
});

test('a filtered, sorted, paged list comes back the same after a reload', async ({ page, signIn, usersPage }) => {
  await signIn(ADMIN);
  await usersPage.filterBy('Status', 'Active');
  await usersPage.sortBy('Last name', 'descending');
  const firstPage = await usersPage.names();
  await usersPage.nextPage.click();
  await expect.poll(() => usersPage.names()).not.toEqual(firstPage);
  const url = page.url();
  const names = await usersPage.names();

  await page.reload();
  await usersPage.expectLoaded();
  await expect(page).toHaveURL(url);
  await expect(usersPage.filter('Status')).toHaveValue('Active');
  await expect.poll(() => usersPage.names()).toEqual(names);
  await usersPage.expectSorted('Last name', 'descending');
});

test('keyboard only: Tab to a user link and Enter opens the detail', async ({ page, signIn, usersPage, userDetailPage }) => {
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  const firstLink = usersPage.rows.first().getByRole('link').first();
  const name = (await firstLink.innerText()).trim();

  await page.locator('body').focus();
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    if (await firstLink.evaluate((element) => element === document.activeElement)) break;
  }
  await expect(firstLink).toBeFocused();
  await page.keyboard.press('Enter');
  await userDetailPage.expectUser(name);
});

test('on a phone the list fits the screen: each name with its address, level, office and status, and a sort field', async ({ page, signIn, usersPage }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  const scroller = page.getByRole('region', { name: /^Users table/ });
  expect(await scroller.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  await expect(usersPage.table.getByRole('columnheader', { name: 'Email' })).toBeHidden();
  const first = usersPage.rows.first();
  const details = first.getByText(/@harborpine\.example · /);
  await expect(details).toHaveText(/^\S+@harborpine\.example · (Contributor|Office|Region|Company) · \S/);
  await expect(first).toContainText(/Active|Pending/);
  await expect(details).toHaveText(/^a/i);
  await page.getByLabel('Sort by').selectOption({ label: 'email, Z to A' });
  await expect(page).toHaveURL(/[?&]sort=EmailDesc/);
  await expect(details).toHaveText(/^[yz]/i);
});
