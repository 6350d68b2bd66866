import { expect, test } from './fixtures';
import { ADMIN, NORTHEAST_OFFICES, OFFICE_MANAGER, REGION_MANAGER } from './identities';
import { expectNoAxeViolations } from './axe';

test('a regional manager moves ten users from Cambridge to Boston Downtown, then undoes it', async ({ page, signIn, membershipPage }) => {
  test.setTimeout(180_000);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const cambridge = page.url();
  // Rita may manage members below her own (Region) level.
  const names = await membershipPage.namesAt(['Office', 'Contributor'], 10);
  expect(names).toHaveLength(10);
  await membershipPage.select(names);
  await expect(page.getByRole('status').filter({ hasText: '10 selected' })).toBeVisible();

  await membershipPage.reviewPlan('Boston Downtown');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '10 users will change (30 calls)' })).toBeVisible();
  for (const name of names) {
    const plan = membershipPage.planFor(name);
    await expect(plan.getByRole('listitem')).toHaveText([
      'Add to office Boston Downtown',
      'Make Boston Downtown the default office (was Cambridge)',
      'Remove from office Cambridge',
    ]);
  }
  await membershipPage.dialog.getByRole('button', { name: 'Apply to 10 users' }).click();
  await membershipPage.expectJobDone();
  const job = page.url();

  // Straight to each office (the overview costs a call per office, and the burst budget is shared with the job).
  await page.goto(cambridge);
  await expect(membershipPage.memberRows.first()).toBeVisible();
  const cambridgeAfter = await membershipPage.memberNames();
  for (const name of names) expect(cambridgeAfter).not.toContain(name);
  await page.getByRole('link', { name: 'Northeast' }).click();
  await page.getByRole('link', { name: 'Boston Downtown', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Boston Downtown', level: 1 })).toBeVisible();
  const boston = page.url();
  await expect.poll(() => membershipPage.memberNames('Default office')).toEqual(expect.arrayContaining(names));

  await page.goto(job);
  await page.getByRole('button', { name: 'Review undo' }).click();
  for (const name of names) {
    await expect(membershipPage.planFor(name).getByRole('listitem')).toHaveText([
      'Add to office Cambridge',
      'Make Cambridge the default office (was Boston Downtown)',
      'Remove from office Boston Downtown',
    ]);
  }
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Apply undo to 10 users' }).click();
  await expect(page).not.toHaveURL(job);
  await membershipPage.expectJobDone();

  await page.goto(cambridge);
  await expect.poll(() => membershipPage.memberNames('Default office')).toEqual(expect.arrayContaining(names));
  // Both jobs (the move and its undo) are listed on the office page, each a way back to its results.
  await expect(page.getByRole('region', { name: 'Recent reassignments' }).getByRole('link', { name: 'Reassign 10 users' })).toHaveCount(2);
  await page.goto(boston);
  await expect(membershipPage.memberRows.first()).toBeVisible();
  const bostonAfter = await membershipPage.memberNames();
  for (const name of names) expect(bostonAfter).not.toContain(name);
});

test('an office manager cannot plan a move out of his office: each user is blocked with the reason', async ({ page, signIn, membershipPage }) => {
  // axe over a table of a hundred members, in two themes, is slow on a busy machine.
  test.setTimeout(90_000);
  await signIn(OFFICE_MANAGER);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const names = await membershipPage.namesAt(['Contributor'], 3);
  await membershipPage.select(names);
  await membershipPage.reviewPlan('Boston Downtown');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '0 users will change' })).toBeVisible();
  for (const name of names) {
    await expect(membershipPage.planFor(name)).toContainText('Cannot be done');
    await expect(membershipPage.planFor(name)).toContainText('outside the offices and regions you oversee');
  }
  await expect(membershipPage.dialog.getByRole('button', { name: /^Apply/ })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test('offices overview and an office page have no axe violations', async ({ page, signIn, membershipPage }) => {
  test.setTimeout(90_000);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await expect(page.getByRole('link', { name: 'Cambridge', exact: true })).toBeVisible();
  await expectNoAxeViolations(page);
  await membershipPage.openOffice('Cambridge');
  await expectNoAxeViolations(page);
});

test('the user list filtered by region pages through users of that region\'s offices only, sorted', async ({ page, signIn, usersPage }) => {
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  await usersPage.filterBy('Region', 'Northeast');
  await expect(page).toHaveURL(/[?&]region=\d+/);
  await usersPage.sortBy('Last name', 'ascending');
  const seen: string[] = [];
  for (let pageNumber = 1; pageNumber <= 3; pageNumber++) {
    await expect.poll(async () => (await usersPage.defaultOffices()).every((office) => NORTHEAST_OFFICES.includes(office))).toBe(true);
    await usersPage.expectSorted('Last name', 'ascending');
    const names = await usersPage.names();
    // Pages never overlap.
    expect(names.filter((name) => seen.includes(name))).toEqual([]);
    seen.push(...names);
    await usersPage.nextPage.click();
    await expect.poll(() => usersPage.names()).not.toEqual(names);
  }
  await page.reload();
  await expect(usersPage.filter('Region')).toHaveValue(/\d+/);
});
