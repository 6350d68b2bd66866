import type { Page } from '@playwright/test';
import type { SimulatorControl } from './simulator-control';
import { expect, test } from './fixtures';
import { ADMIN, NORTHEAST_OFFICES, OFFICE_MANAGER, REGION_MANAGER, V6_COMPANY } from './identities';
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
  // Both jobs (the move and its undo) are listed on the office page by what they did, each a way back to its results.
  const recent = page.getByRole('region', { name: 'Recent reassignments' });
  await expect(recent.getByRole('link', { name: 'Move 10 users to Boston Downtown', exact: true })).toHaveCount(1);
  await expect(recent.getByRole('link', { name: 'Undo: move 10 users to Boston Downtown', exact: true })).toHaveCount(1);
  await page.goto(boston);
  await expect(membershipPage.memberRows.first()).toBeVisible();
  const bostonAfter = await membershipPage.memberNames();
  for (const name of names) expect(bostonAfter).not.toContain(name);
});

test('an undone reassignment says so and links to its undo, which links back; neither retry nor a second undo is offered', async ({ page, signIn, simulator, expectErrors, membershipPage }) => {
  test.setTimeout(180_000);
  const accountId = await simulator.accountId(V6_COMPANY);
  const admin = await simulator.apiAs(ADMIN);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const names = await membershipPage.namesAt(['Contributor'], 3);
  const emailOf = async (name: string) => (await membershipPage.memberRows.filter({ hasText: name }).getByRole('cell').nth(2).innerText()).trim();
  const gone = await admin.userIdOf(accountId, await emailOf(names[2]!));
  await membershipPage.select(names);
  await membershipPage.reviewPlan('Boston Downtown');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '3 users will change' })).toBeVisible();
  // Meanwhile another administrator moves the third to San Diego, outside Rita's region: that row fails (404).
  expectErrors(new RegExp(`/users/${gone}$`));
  await admin.setDefaultOffice(accountId, gone, await admin.officeIdOf(accountId, 'San Diego'));
  await admin.changeOffice(accountId, gone, await admin.officeIdOf(accountId, 'Cambridge'), 'remove_from_office');
  await membershipPage.dialog.getByRole('button', { name: 'Apply to 3 users' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Move 3 users to Boston Downtown' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Partly done' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Retry 1 failed row' })).toBeVisible();
  const move = page.url();

  await page.getByRole('button', { name: 'Review undo' }).click();
  await page.getByRole('button', { name: 'Apply undo to 2 users' }).click();
  await expect(page).not.toHaveURL(move);
  await expect(page.getByRole('heading', { level: 1, name: 'Undo: move 3 users to Boston Downtown' })).toBeVisible();
  await membershipPage.expectJobDone();
  await expect(page.getByRole('region', { name: 'Undo this reassignment' })).toHaveCount(0);
  await page.getByRole('note').getByRole('link', { name: 'Move 3 users to Boston Downtown' }).click();

  await expect(page).toHaveURL(move);
  await expect(page.getByRole('note')).toContainText('Undone by Undo: move 3 users to Boston Downtown');
  await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Undo this reassignment' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Review undo' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('note').getByRole('link', { name: 'Undo: move 3 users to Boston Downtown' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Retry/ })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test('an office manager cannot move anyone out of his office: the offices beyond it are listed but cannot be chosen, and say why', async ({ page, signIn, membershipPage }) => {
  // axe over a table of a hundred members, in two themes, is slow on a busy machine.
  test.setTimeout(90_000);
  await signIn(OFFICE_MANAGER);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const names = await membershipPage.namesAt(['Contributor'], 3);
  await membershipPage.select(names);
  await membershipPage.reassign.click();
  const target = membershipPage.dialog.getByLabel('Target', { exact: true });
  await expect(target.locator('option', { hasText: 'Boston Downtown' })).toHaveText('Boston Downtown (outside what you oversee)');
  await expect(target.locator('option', { hasText: 'Boston Downtown' })).toBeDisabled();
  await expect(target.locator('option', { hasText: 'Region West' })).toBeDisabled();
  await expect(target.locator('option', { hasText: /^Cambridge$/ })).toBeEnabled();
  await expect(membershipPage.dialog.getByRole('button', { name: 'Review the plan' })).toBeDisabled();
  await expectNoAxeViolations(page);
});

test('a regional manager sees figures of the users she can see, and an office page reads well on a phone', async ({ page, signIn, membershipPage }) => {
  test.setTimeout(120_000);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await expect(page.getByText('Counts are of the users you can see')).toBeVisible();
  const sanDiego = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'San Diego', exact: true }) });
  await expect(sanDiego.getByRole('cell')).toHaveText(['San Diego', /.*/, 'outside your reach', 'outside your reach']);
  const cambridgeRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Cambridge', exact: true }) });
  await expect(cambridgeRow.getByRole('cell').nth(2)).toHaveText(/^\d+$/);

  await page.setViewportSize({ width: 390, height: 844 });
  await membershipPage.openOffice('Cambridge');
  await expect(page.getByText(/^Office in region Northeast · located in Cambridge, MA$/)).toBeVisible();
  await expect(membershipPage.members.getByRole('caption')).toContainText('(of the users you can see)');
  // The membership shows under each name, and the table does not run off the side of the screen.
  const first = membershipPage.memberRows.first();
  await expect(first.getByText(/^(Default office|Additional)$/).filter({ visible: true })).toHaveCount(1);
  const overflow = await membershipPage.members.evaluate((table) => table.getBoundingClientRect().right - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  // A long list comes a page at a time.
  await expect(membershipPage.memberRows).toHaveCount(50);
  await expect(page.getByRole('status').filter({ hasText: /^1–50 of \d+$/ })).toBeVisible();
  await page.getByRole('navigation', { name: 'Member pages' }).getByRole('button', { name: 'Members page 2', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^51–\d+ of \d+$/ })).toBeVisible();
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

test('a user opened from an office\'s members leads back to that office', async ({ page, signIn, membershipPage }) => {
  test.setTimeout(90_000);
  await signIn(REGION_MANAGER);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  const first = membershipPage.memberRows.first().locator('[data-member-name]');
  const name = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Cambridge' }).click();
  await expect(page.getByRole('heading', { name: 'Cambridge', level: 1 })).toBeVisible();
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

test('users picked on the user list are moved through the reviewed plan, then the move is undone', async ({ page, signIn, usersPage, membershipPage }) => {
  test.setTimeout(180_000);
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  await usersPage.filterBy('Access level', 'Contributor');
  await usersPage.filterBy('Default office', 'Cambridge');
  await usersPage.expectSettled();
  await expect.poll(async () => (await usersPage.defaultOffices()).every((office) => office === 'Cambridge')).toBe(true);
  const cambridge = (await usersPage.names()).slice(0, 2);
  for (const name of cambridge) await usersPage.select(name);
  // One more from another office: no longer on the page shown when the plan is made.
  await usersPage.filterBy('Default office', 'Providence');
  await usersPage.expectSettled();
  await expect.poll(async () => (await usersPage.defaultOffices()).every((office) => office === 'Providence')).toBe(true);
  const [providence] = await usersPage.names();
  await usersPage.select(providence!);
  await usersPage.filterBy('Default office', 'Cambridge');
  await usersPage.expectSettled();
  await expect.poll(async () => (await usersPage.defaultOffices()).every((office) => office === 'Cambridge')).toBe(true);
  await expect(usersPage.bulkBar).toContainText('3 selected (1 not on this page)');

  await usersPage.bulk('Move or add to an office or region…');
  await expect(membershipPage.dialog.getByRole('heading', { name: 'Reassign 3 users' })).toBeVisible();
  await expect(membershipPage.dialog.getByRole('radio', { name: /leave their default office/ })).toBeVisible();
  await membershipPage.planInDialog('Boston Downtown');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '3 users will change (9 calls)' })).toBeVisible();
  for (const [name, from] of [...cambridge.map((name) => [name, 'Cambridge']), [providence!, 'Providence']]) {
    await expect(membershipPage.planFor(name!).getByRole('listitem')).toHaveText([
      'Add to office Boston Downtown',
      `Make Boston Downtown the default office (was ${from})`,
      `Remove from office ${from}`,
    ]);
  }
  await expectNoAxeViolations(page);
  await membershipPage.dialog.getByRole('button', { name: 'Apply to 3 users' }).click();
  await membershipPage.expectJobDone();
  const job = page.url();

  await page.getByRole('button', { name: 'Review undo' }).click();
  await expect(membershipPage.planFor(providence!).getByRole('listitem')).toHaveText([
    'Add to office Providence',
    'Make Providence the default office (was Boston Downtown)',
    'Remove from office Boston Downtown',
  ]);
  await page.getByRole('button', { name: 'Apply undo to 3 users' }).click();
  await expect(page).not.toHaveURL(job);
  await membershipPage.expectJobDone();

  // Back where they were: the list's selection was used up, and the two are in Cambridge again.
  await page.goto('/users');
  await usersPage.expectLoaded();
  await expect(usersPage.bulkBar).toContainText('No users selected');
});

/** GET users/{id} calls of other users than `self` (whose own record gives their permissions): the index reads one per user. */
const countUserReads = (page: Page, self: number) => {
  const seen: string[] = [];
  page.on('request', (request) => {
    const match = /\/api\/v2\/accounts\/[^/]+\/users\/(\d+)$/.exec(new URL(request.url()).pathname);
    if (request.method() === 'GET' && match && Number(match[1]) !== self) seen.push(request.url());
  });
  return seen;
};

/** Reading every user meets the burst limit; the index waits out each 429 and carries on. */
const USER_READ = /\/api\/v2\/accounts\/[^/]+\/users\/\d+$/;

const adminId = async (simulator: SimulatorControl) =>
  (await simulator.apiAs(ADMIN)).userIdOf(await simulator.accountId(V6_COMPANY), ADMIN);

test('an office page reads the full memberships once, with progress and age, and keeps them across a reload', async ({ page, signIn, simulator, expectErrors, membershipPage }) => {
  test.setTimeout(180_000);
  expectErrors(USER_READ);
  await simulator.reset({ users: 300 });
  const self = await adminId(simulator);
  await signIn(ADMIN);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  await expect(membershipPage.indexStatus).toContainText('It takes one call per user');
  await membershipPage.readMemberships();
  await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Reading memberships: [\d,]+ of [\d,]+ users read/);
  await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Full memberships of [\d,]+ users, read just now/, { timeout: 120_000 });
  const read = await membershipPage.indexStatus.getByRole('status').innerText();

  const reads = countUserReads(page, self);
  await page.reload();
  await expect(membershipPage.memberRows.first()).toBeVisible();
  await expect(membershipPage.indexStatus.getByRole('status')).toHaveText(read);
  await expect(membershipPage.indexStatus.getByRole('button', { name: 'Read memberships' })).toHaveCount(0);
  expect(reads).toEqual([]);
});

test('a read of memberships under way carries on after a reload by itself, and leaves room for the user list meanwhile', async ({ page, signIn, simulator, expectErrors, usersPage, membershipPage }) => {
  test.setTimeout(180_000);
  expectErrors(USER_READ);
  await simulator.reset({ users: 300 });
  await signIn(ADMIN);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  await membershipPage.readMemberships();
  await expect(membershipPage.indexStatus.getByRole('status').first()).toContainText(/Reading memberships: [\d,]+ of [\d,]+ users read/);
  await page.reload();
  await expect(membershipPage.indexStatus.getByRole('status').first()).toContainText(/Reading memberships/);
  await expect(membershipPage.indexStatus.getByRole('button', { name: 'Resume reading' })).toHaveCount(0);

  // While it reads, the pages in view still get their share of the rate limit.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await usersPage.expectLoaded();
  await usersPage.filterBy('Default office', 'Providence');
  await usersPage.expectSettled();
  await expect(page.getByText(/Too many requests/)).toHaveCount(0);
  await membershipPage.openOffices();
  await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Full memberships of [\d,]+ users, read just now/, { timeout: 150_000 });
});

test('a user added to an office on their page shows there as an additional member, without reading anyone again', async ({ page, signIn, simulator, expectErrors, usersPage, userDetailPage, membershipPage }) => {
  test.setTimeout(180_000);
  expectErrors(USER_READ);
  await simulator.reset({ users: 300 });
  const self = await adminId(simulator);
  await signIn(ADMIN);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  await membershipPage.readMemberships();
  await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Full memberships of [\d,]+ users/, { timeout: 120_000 });
  const read = await membershipPage.indexStatus.getByRole('status').innerText();
  expect(await membershipPage.memberNames('Additional')).not.toContain('Maria Garcia');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
  await usersPage.expectLoaded();
  await usersPage.searchFor('maria.garcia');
  await usersPage.openUser('Maria Garcia');
  await userDetailPage.onPlace('Office to add', 'Cambridge', 'Add to office');
  await expect(page.getByText('Maria Garcia was added to Cambridge.')).toBeVisible();

  const reads = countUserReads(page, self);
  await membershipPage.openOffices();
  await membershipPage.openOffice('Cambridge');
  await expect(membershipPage.indexStatus.getByRole('status')).toHaveText(read);
  await expect.poll(() => membershipPage.memberNames('Additional')).toContain('Maria Garcia');
  expect(reads).toEqual([]);
});

test('an office manager can plan only for his own office\'s users: each user outside it is listed with the reason', async ({ page, signIn, simulator, expectErrors, usersPage, membershipPage }) => {
  test.setTimeout(120_000);
  // Two agents of Boston Downtown who also work in Cambridge, so Omar sees them on his list.
  const accountId = await simulator.accountId(V6_COMPANY);
  const admin = await simulator.apiAs(ADMIN);
  const cambridge = await admin.officeIdOf(accountId, 'Cambridge');
  const maria = await admin.userIdOf(accountId, 'maria.garcia@harborpine.example');
  const owen = await admin.userIdOf(accountId, 'owen.owner@harborpine.example');
  for (const userId of [maria, owen]) await admin.changeOffice(accountId, userId, cambridge, 'add_to_office');
  // Omar reads Owen once he has left Cambridge: the API answers 404, as for anyone Omar cannot see.
  expectErrors(new RegExp(`/users/${owen}$`));

  await signIn(OFFICE_MANAGER);
  await usersPage.expectLoaded();
  for (const [email, name] of [['maria.garcia', 'Maria Garcia'], ['owen.owner', 'Owen Oliver']] as const) {
    await usersPage.searchFor(email);
    await expect.poll(() => usersPage.names()).toEqual([name]);
    await usersPage.select(name);
  }
  // Meanwhile Owen leaves Cambridge: he is now outside the offices Omar oversees.
  await admin.changeOffice(accountId, owen, cambridge, 'remove_from_office');

  await usersPage.bulk('Move or add to an office or region…');
  // Offices and regions beyond his own are listed, but cannot be chosen, and say why.
  const target = membershipPage.dialog.getByLabel('Target', { exact: true });
  await expect(target.locator('option', { hasText: 'Providence' })).toHaveText('Providence (outside what you oversee)');
  await expect(target.locator('option', { hasText: 'Providence' })).toBeDisabled();
  await expect(target.locator('option', { hasText: 'Region Northeast' })).toBeDisabled();
  await expect(target.locator('option', { hasText: /^Cambridge$/ })).toBeEnabled();

  // Into his own office, Maria's move can be planned; Owen still cannot, with the reason.
  await membershipPage.planInDialog('Cambridge');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '1 user will change (2 calls) · 1 cannot be done' })).toBeVisible();
  await expect(membershipPage.planFor('Maria Garcia').getByRole('listitem')).toHaveText([
    'Make Cambridge the default office (was Boston Downtown)',
    'Remove from office Boston Downtown',
  ]);
  await expect(membershipPage.planFor('Owen Oliver')).toContainText('no longer in the offices and regions you oversee');
  // Boston Downtown is beyond his reach: he may take Maria out of it, but could not put her back, and is told so.
  await expect(membershipPage.planFor('Maria Garcia')).toContainText('You could not undo this: that office is outside the offices and regions you oversee.');
  await expect(membershipPage.dialog.getByRole('status').filter({ hasText: '1 you could not undo' })).toBeVisible();
  await expect(membershipPage.dialog.getByRole('button', { name: 'Apply to 1 user' })).toBeEnabled();
  await expectNoAxeViolations(page);
});
