import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ADMIN, AGENT, V5_COMPANY } from './identities';

// Each state is checked in the light and the dark theme; a test walks through the states of one page.
test.describe.configure({ timeout: 120_000 });

test.describe('no axe violations', () => {
  test('sign-in and signed-out screens', async ({ page, signIn, shell, signInPage }) => {
    await page.goto('/');
    await expect(signInPage.signInHeading).toBeVisible();
    await expectNoAxeViolations(page);
    await signIn(ADMIN);
    await shell.signOut();
    await expect(signInPage.signedOutHeading).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('user list: a selection, the bulk menu, the bulk lock review and the reassignment plan', async ({ page, signIn, usersPage, membershipPage }) => {
    await signIn(ADMIN);
    await usersPage.expectLoaded();
    await expectNoAxeViolations(page);

    const [first, second] = await usersPage.names();
    await usersPage.select(first!);
    await usersPage.select(second!);
    await expect(usersPage.bulkBar).toContainText('2 selected');
    await usersPage.row(first!).hover();
    await expectNoAxeViolations(page);

    await usersPage.bulkBar.getByRole('button', { name: 'Bulk actions' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('menuitem', { name: 'Lock…', exact: true }).click();
    const lock = page.getByRole('dialog', { name: 'Lock 2 users' });
    await lock.getByRole('textbox', { name: 'Reason' }).fill('Quarterly access review');
    await expect(lock).toContainText('Lock 2 users: all 2 can be done.');
    await expectNoAxeViolations(page);
    await lock.getByRole('button', { name: 'Cancel' }).click();

    await usersPage.bulk('Move or add to an office or region…');
    await membershipPage.planInDialog('Boston Downtown');
    await expectNoAxeViolations(page);
  });

  test('user detail: an action\'s error, the lock dialog with its error, the room invite', async ({ page, signIn, simulator, usersPage, userDetailPage, expectErrors }) => {
    expectErrors(/\/reinvite$|\/lock$|\/rooms\/\d+\/users$|status of 500/);
    await signIn(ADMIN);
    await usersPage.searchFor('peter.pending');
    await usersPage.openUser('Peter Pendleton');
    await userDetailPage.expectUser('Peter Pendleton');
    await expect(userDetailPage.action('Reinvite')).toBeEnabled();
    await expectNoAxeViolations(page);

    await simulator.setScenario({ name: 'server-errors', rate: 1 });
    await userDetailPage.action('Reinvite').click();
    await expect(userDetailPage.actions.getByRole('alert')).toContainText('Could not reinvite this user');
    await expectNoAxeViolations(page);

    await userDetailPage.action('Lock').click();
    const lock = userDetailPage.dialog('Lock Peter Pendleton');
    await lock.getByRole('button', { name: 'Lock user' }).click();
    await expect(lock.getByText('Enter the reason for locking this user.')).toBeVisible();
    await expectNoAxeViolations(page);
    await lock.getByRole('textbox', { name: 'Reason' }).fill('On leave');
    await lock.getByRole('button', { name: 'Lock user' }).click();
    await expect(lock.getByRole('alert')).toContainText('Could not lock this user');
    await expectNoAxeViolations(page);
    await lock.getByRole('button', { name: 'Cancel' }).click();
    await expect(lock).toBeHidden();

    await simulator.setScenario({ name: 'none' });
    await userDetailPage.action('Invite to a room').click();
    const invite = userDetailPage.dialog('Invite Peter Pendleton to a room');
    const room = invite.getByRole('combobox', { name: 'Room', exact: true });
    await room.click();
    await expect(page.getByRole('listbox', { name: 'Room' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('listbox', { name: 'Room' }).getByRole('option').first().click();
    await expect(invite.getByRole('combobox', { name: 'Role in the room' })).toBeEnabled();
    await invite.getByRole('button', { name: 'Invite' }).click();
    await expect(invite.getByText('Choose a role.')).toBeVisible();
    await expectNoAxeViolations(page);
    await invite.getByRole('combobox', { name: 'Role in the room' }).selectOption({ index: 1 });
    const side = invite.getByRole('combobox', { name: 'Transaction side' });
    if (await side.isEnabled()) await side.selectOption({ index: 1 });
    await invite.getByRole('button', { name: 'Invite' }).click();
    await expect(invite).toBeHidden();

    // The notice stays while the pointer is on it.
    const notice = userDetailPage.notice(/was invited to/);
    await notice.hover();
    await expectNoAxeViolations(page);
  });

  test('jobs: a finished job with failed and skipped rows, and the list of jobs', async ({ page, signIn, simulator, usersPage, expectErrors }) => {
    expectErrors(/\/reinvite$|status of 500/);
    await signIn(ADMIN);
    for (const [search, name] of [['peter.pending', 'Peter Pendleton'], ['maria.garcia', 'Maria Garcia']] as const) {
      await usersPage.searchFor(search);
      await usersPage.select(name);
    }
    const dialog = await usersPage.bulk('Reinvite…');
    await expect(dialog).toContainText('Reinvite 2 users: 1 can be done; 1 cannot.');
    await simulator.setScenario({ name: 'server-errors', rate: 1 });
    await dialog.getByRole('button', { name: 'Start: reinvite 1' }).click();
    await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
    await expect(page.getByRole('status').filter({ hasText: 'remaining' })).toHaveText(/^0 done · 1 skipped · 1 failed · 0 remaining/, { timeout: 60_000 });
    await expect(page.getByRole('button', { name: 'Retry 1 failed row' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Bulk jobs' }).click();
    await expect(page.getByRole('heading', { name: 'Bulk jobs', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Reinvite/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('offices, an office and a region with the memberships read, and the reassignment plan', async ({ page, signIn, simulator, membershipPage, expectErrors }) => {
    test.setTimeout(240_000);
    // Reading every user meets the burst limit; the index waits out each 429 and carries on.
    expectErrors(/\/api\/v2\/accounts\/[^/]+\/users\/\d+$/);
    await simulator.reset({ users: 300 });
    await signIn(ADMIN);
    await membershipPage.openOffices();
    await page.getByRole('link', { name: 'Cambridge', exact: true }).hover();
    await expectNoAxeViolations(page);

    await membershipPage.openOffice('Cambridge');
    // A row under the pointer is highlighted: its links must stay readable on it.
    await membershipPage.memberRows.first().hover();
    await expectNoAxeViolations(page);
    await membershipPage.readMemberships();
    await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Reading memberships: [\d,]+ of [\d,]+ users read/);
    await expectNoAxeViolations(page);
    await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Full memberships of [\d,]+ users, read/, { timeout: 180_000 });
    await expectNoAxeViolations(page);

    const names = await membershipPage.namesAt(['Contributor'], 2);
    await membershipPage.select(names);
    await membershipPage.reviewPlan('Boston Downtown');
    await expectNoAxeViolations(page);
    await membershipPage.dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('link', { name: 'All offices' }).click();
    await page.getByRole('link', { name: 'Northeast', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Northeast', level: 1 })).toBeVisible();
    await membershipPage.memberRows.first().hover();
    await expectNoAxeViolations(page);

    await membershipPage.openOffices();
    await expect(membershipPage.indexStatus.getByRole('status')).toContainText(/Full memberships of/);
    await expectNoAxeViolations(page);
  });

  test('v5 user list', async ({ page, signIn, shell, usersPage }) => {
    await signIn(ADMIN);
    await shell.switchAccount(V5_COMPANY);
    await shell.expectCompany(V5_COMPANY, 'v5');
    await usersPage.expectLoaded();
    await expectNoAxeViolations(page);
  });

  test('session-expired screen', async ({ page, signIn, simulator, signInPage, expectErrors }) => {
    await signIn(ADMIN);
    await simulator.expireTokens();
    expectErrors(/\/api\/v2\/accounts\//);
    await page.reload();
    await expect(signInPage.sessionExpiredDialog).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('permission-denied screen', async ({ page, signIn, simulator, shell, expectErrors }) => {
    await signIn(AGENT);
    await simulator.lockOut(AGENT);
    expectErrors(/\/api\/v2\/accounts\//);
    await page.reload();
    await expect(shell.permissionDenied).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
