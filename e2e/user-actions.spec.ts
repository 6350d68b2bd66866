import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN, AGENT, OFFICE_MANAGER, V5_COMPANY, V6_COMPANY } from './identities';
import type { UserDetailPage } from './pages/user-detail-page';
import type { UsersPage } from './pages/users-page';

/** From the list, finds `name` by search and opens their page. */
async function openUser(usersPage: UsersPage, userDetailPage: UserDetailPage, search: string, name: string): Promise<void> {
  await usersPage.searchFor(search);
  await expect(usersPage.row(name)).toBeVisible();
  await usersPage.openUser(name);
  await userDetailPage.expectUser(name);
  await expect(userDetailPage.actions).toBeVisible();
}

const backToUsers = (page: Page) => page.getByRole('link', { name: 'Back to users' }).click();

test.describe('as the company admin', () => {
  test.beforeEach(async ({ signIn }) => signIn(ADMIN));

  test('locks Maria with a reason, and the list shows her locked without a reload; then unlocks her', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    await userDetailPage.action('Lock').click();
    const dialog = userDetailPage.dialog('Lock Maria Garcia');
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    await expect(dialog.getByText('Enter the reason for locking this user.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Left the brokerage');
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    await expect(dialog).toBeHidden();
    await expect(userDetailPage.notice('Maria Garcia is locked.')).toBeVisible();
    await expect(userDetailPage.field('Locked')).toHaveText('Yes, locked out');

    await backToUsers(page);
    await expect(usersPage.row('Maria Garcia')).toContainText('Locked');

    await usersPage.openUser('Maria Garcia');
    await userDetailPage.action('Unlock').click();
    await expect(userDetailPage.notice('Maria Garcia is unlocked.')).toBeVisible();
    await expect(userDetailPage.field('Locked')).toHaveText('No');
    await expect(userDetailPage.action('Lock')).toBeEnabled();
  });

  test('a lock reason typed when the session expires is back after signing in again', async ({ page, simulator, signInPage, usersPage, userDetailPage, expectErrors }) => {
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    await expect(userDetailPage.action('Lock')).toBeEnabled();
    await userDetailPage.action('Lock').click();
    const dialog = userDetailPage.dialog('Lock Maria Garcia');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Moved to a partner brokerage');

    await simulator.expireTokens({ refresh: true });
    expectErrors(/\/api\/v2\/accounts\/|status of 401/);
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    await expect(signInPage.sessionExpiredDialog).toBeVisible();
    await signInPage.signInAs(ADMIN);

    await expect(page).toHaveURL(/\/users\/\d+/);
    const again = userDetailPage.dialog('Lock Maria Garcia');
    await expect(again.getByRole('textbox', { name: 'Reason' })).toHaveValue('Moved to a partner brokerage');
    await again.getByRole('button', { name: 'Lock user' }).click();
    await expect(again).toBeHidden();
    await expect(userDetailPage.field('Locked')).toHaveText('Yes, locked out');

    // Sent, so it is not offered again.
    await page.reload();
    await expect(userDetailPage.field('Locked')).toHaveText('Yes, locked out');
    await expect(page.getByRole('dialog')).toHaveCount(0);
  });

  test('a failed lock keeps the dialog open with the reason as typed, the server message and the trace token', async ({ simulator, usersPage, userDetailPage, expectErrors }) => {
    expectErrors(/\/lock$|status of 500/);
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    await expect(userDetailPage.action('Lock')).toBeEnabled();
    await simulator.setScenario({ name: 'server-errors', rate: 1 });
    await userDetailPage.action('Lock').click();
    const dialog = userDetailPage.dialog('Lock Maria Garcia');
    await dialog.getByRole('textbox', { name: 'Reason' }).fill('Left the brokerage');
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toContainText('Could not lock this user');
    await expect(alert).toContainText(/trace/i);
    await expect(dialog.getByRole('textbox', { name: 'Reason' })).toHaveValue('Left the brokerage');

    await simulator.setScenario({ name: 'none' });
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    await expect(dialog).toBeHidden();
    await expect(userDetailPage.field('Locked')).toHaveText('Yes, locked out');
  });

  test('reinvites the pending Peter; an active user cannot be reinvited', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'peter', 'Peter Pendleton');
    await userDetailPage.action('Reinvite').click();
    await expect(userDetailPage.notice('A new invitation was sent to peter.pending@harborpine.example.')).toBeVisible();

    await backToUsers(page);
    await usersPage.searchFor('maria');
    await usersPage.openUser('Maria Garcia');
    expect(await userDetailPage.reasonFor('Reinvite')).toBe('Only pending users can be invited again.');
  });

  test('removes a user after a confirmation that says it cannot be undone', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'peter', 'Peter Pendleton');
    await userDetailPage.action('Remove from company').click();
    const dialog = userDetailPage.dialog('Remove Peter Pendleton?');
    await expect(dialog).toContainText('This cannot be undone.');
    await dialog.getByRole('button', { name: 'Remove user' }).click();
    await expect(userDetailPage.notice('Peter Pendleton was removed from the company.')).toBeVisible();
    await expect(page).toHaveURL(/\/users(\?|$)/);
    await expect(usersPage.heading).toBeVisible();
    await expect(page.getByRole('link', { name: 'Peter Pendleton' })).toHaveCount(0);
  });

  test('removing Owen, who owns rooms, is refused with what to do first', async ({ usersPage, userDetailPage, expectErrors }) => {
    expectErrors(/\/users\/\d+$|status of 400/);
    await openUser(usersPage, userDetailPage, 'owen', 'Owen Oliver');
    await userDetailPage.action('Remove from company').click();
    const dialog = userDetailPage.dialog('Remove Owen Oliver?');
    await dialog.getByRole('button', { name: 'Remove user' }).click();
    await expect(dialog.getByText('Owen Oliver owns rooms. Transfer them to someone else in the Rooms console first')).toBeVisible();
    await expect(dialog.getByRole('alert')).toContainText('USER_OWNS_ROOMS');
    await expect(dialog.getByRole('alert')).toContainText(/Trace/i);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(userDetailPage.field('Email')).toHaveText('owen.owner@harborpine.example');
  });

  test('changes the default office, adds an office and removes it again', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    // Nothing is chosen in advance, so nothing changes on one click.
    await expect(userDetailPage.actions.getByRole('combobox', { name: 'New default office' })).toHaveValue('');
    await expect(userDetailPage.action('Change default office')).toBeDisabled();
    await userDetailPage.onPlace('New default office', 'Cambridge', 'Change default office');
    await expect(userDetailPage.notice(/Cambridge is now Maria Garcia's default office(, and one of their offices)?\./)).toBeVisible();
    await expect(userDetailPage.field('Default office')).toHaveText('Cambridge');

    // The old default stays a membership; leaving the new default is refused with the way out.
    await userDetailPage.actions.getByRole('combobox', { name: 'Office to leave' }).selectOption({ label: 'Cambridge' });
    expect(await userDetailPage.reasonFor('Remove from office')).toMatch(/Change the default office first/);

    await userDetailPage.onPlace('Office to add', 'San Diego', 'Add to office');
    await expect(userDetailPage.notice('Maria Garcia was added to San Diego.')).toBeVisible();
    await expect(userDetailPage.field('Offices')).toContainText('San Diego');

    await userDetailPage.onPlace('Office to leave', 'San Diego', 'Remove from office');
    await expect(userDetailPage.notice('Maria Garcia was removed from San Diego.')).toBeVisible();
    await expect(userDetailPage.field('Offices')).not.toContainText('San Diego');

    await backToUsers(page);
    await expect(usersPage.row('Maria Garcia')).toContainText('Cambridge');
  });

  test('adds Rita, a Region-level user, to a region and removes her again; her home region cannot be left', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'rita.region', 'Rita Ramos');
    await expect(userDetailPage.field('Regions')).toHaveText('Northeast');
    await userDetailPage.actions.getByRole('combobox', { name: 'Region to leave' }).selectOption({ label: 'Northeast' });
    expect(await userDetailPage.reasonFor('Remove from region')).toMatch(/Change the default office first/);

    await userDetailPage.onPlace('Region to add', 'West', 'Add to region');
    await expect(userDetailPage.notice('Rita Ramos was added to West.')).toBeVisible();
    await expect(userDetailPage.field('Regions')).toContainText('West');
    await expect(userDetailPage.actions.getByRole('combobox', { name: 'Region to add' }).getByRole('option', { name: 'West', exact: true })).toHaveCount(0);

    await userDetailPage.onPlace('Region to leave', 'West', 'Remove from region');
    await expect(userDetailPage.notice('Rita Ramos was removed from West.')).toBeVisible();
    await expect(userDetailPage.field('Regions')).toHaveText('Northeast');

    // The list and a fresh read of the detail agree.
    await page.reload();
    await userDetailPage.expectUser('Rita Ramos');
    await expect(userDetailPage.field('Regions')).toHaveText('Northeast');
  });

  test('a Contributor is offered no region actions, with the reason', async ({ usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    await expect(userDetailPage.actions.getByText('Only Region-level users belong to regions; Contributor users belong to offices.')).toBeVisible();
    await expect(userDetailPage.actions.getByRole('combobox', { name: 'Region to add' })).toHaveCount(0);
  });

  test('invites Maria into a room with a role and the transaction side her real-estate company needs', async ({ page, usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    const { dialog, roomName } = await startRoomInvite(page, userDetailPage, 'Maria Garcia');
    await dialog.getByRole('combobox', { name: 'Role in the room' }).selectOption({ label: 'Buyer' });
    const side = dialog.getByRole('combobox', { name: 'Transaction side' });
    await expect(side).toBeEnabled();
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await expect(dialog.getByText('Choose a transaction side.')).toBeVisible();
    await side.selectOption({ label: 'Buy side' });
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await expect(dialog).toBeHidden();
    await expect(userDetailPage.notice(`Maria Garcia was invited to ${roomName}.`)).toBeVisible();
  });

  test('outside real estate a room invite asks for no transaction side', async ({ page, simulator, usersPage, userDetailPage }) => {
    await simulator.setRealEstate(V6_COMPANY, false);
    await openUser(usersPage, userDetailPage, 'maria', 'Maria Garcia');
    const { dialog, roomName } = await startRoomInvite(page, userDetailPage, 'Maria Garcia');
    await dialog.getByRole('combobox', { name: 'Role in the room' }).selectOption({ label: 'Seller' });
    await expect(dialog.getByRole('combobox', { name: 'Transaction side' })).toBeHidden();
    await dialog.getByRole('button', { name: 'Invite' }).click();
    await expect(dialog).toBeHidden();
    await expect(userDetailPage.notice(`Maria Garcia was invited to ${roomName}.`)).toBeVisible();
  });
});

/** Opens "Invite to a room" for `name` and picks the first open room; returns the dialog and the room's name. */
async function startRoomInvite(page: Page, userDetailPage: UserDetailPage, name: string) {
  await userDetailPage.action('Invite to a room').click();
  const dialog = userDetailPage.dialog(`Invite ${name} to a room`);
  const room = dialog.getByRole('combobox', { name: 'Room', exact: true });
  await room.click();
  const firstRoom = page.getByRole('listbox', { name: 'Room' }).getByRole('option').first();
  const roomName = (await firstRoom.innerText()).trim();
  await firstRoom.click();
  await expect(room).toHaveValue(roomName);
  await expect(dialog.getByRole('combobox', { name: 'Role in the room' })).toBeEnabled();
  return { dialog, roomName };
}

test('on the v5 company the admin invites an agent into a room, with an external role and a side', async ({ page, signIn, shell, usersPage, userDetailPage }) => {
  await signIn(ADMIN);
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await openUser(usersPage, userDetailPage, 'abby.agent', 'Abby Acker');
  const { dialog, roomName } = await startRoomInvite(page, userDetailPage, 'Abby Acker');
  const role = dialog.getByRole('combobox', { name: 'Role in the room' });
  await expect(role.getByRole('option')).toHaveText(['Choose a role', 'Buyer', 'Seller']);
  await role.selectOption({ label: 'Seller' });
  await dialog.getByRole('combobox', { name: 'Transaction side' }).selectOption({ label: 'Sell side' });
  await dialog.getByRole('button', { name: 'Invite' }).click();
  await expect(dialog).toBeHidden();
  await expect(userDetailPage.notice(`Abby Acker was invited to ${roomName}.`)).toBeVisible();
});

test.describe('as the Cambridge office manager', () => {
  test.beforeEach(async ({ signIn }) => signIn(OFFICE_MANAGER));

  test('may lock a Cambridge user, but Remove is disabled with the reason', async ({ usersPage, userDetailPage }) => {
    await openUser(usersPage, userDetailPage, 'peter', 'Peter Pendleton');
    expect(await userDetailPage.reasonFor('Remove from company')).toMatch(/may not remove members/);
    await userDetailPage.lock('Peter Pendleton', 'On leave');
    await expect(userDetailPage.notice('Peter Pendleton is locked.')).toBeVisible();
    await expect(userDetailPage.field('Locked')).toHaveText('Yes, locked out');
  });

  test('Boston users are outside his offices: not offered as places, and their pages are closed to him', async ({ page, simulator, usersPage, userDetailPage, expectErrors }) => {
    await openUser(usersPage, userDetailPage, 'peter', 'Peter Pendleton');
    const offices = await userDetailPage.actions.getByRole('combobox', { name: 'New default office' }).locator('option').allInnerTexts();
    expect(offices).not.toContain('Boston Downtown');

    expectErrors(/\/users\/\d+$|status of 404/);
    const api = await simulator.apiAs(ADMIN);
    const maria = await api.userIdOf(await simulator.accountId(V6_COMPANY), 'maria.garcia@harborpine.example');
    await page.goto(`/users/${maria}`);
    await expect(page.getByRole('heading', { name: 'User not found', level: 1 })).toBeVisible();
  });
});

test('as an agent, every action is disabled with a reason', async ({ signIn, usersPage, userDetailPage }) => {
  await signIn(AGENT);
  // An agent sees only himself.
  await openUser(usersPage, userDetailPage, 'alex', 'Alex Alvarez');
  expect(await userDetailPage.reasonFor('Lock')).toBe('You cannot lock yourself out.');
  expect(await userDetailPage.reasonFor('Reinvite')).toBe('Only pending users can be invited again.');
  expect(await userDetailPage.reasonFor('Remove from company')).toBe('You cannot remove yourself.');
  for (const action of ['Change default office', 'Add to office', 'Remove from office']) {
    expect(await userDetailPage.reasonFor(action), action).toMatch(/may not manage members/);
  }
});
