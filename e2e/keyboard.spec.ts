import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ADMIN } from './identities';

test.describe.configure({ timeout: 90_000 });

/** Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, { back = false, most = 80 } = {}): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  await expect(target, `reached with ${back ? 'Shift+Tab' : 'Tab'}`).toBeFocused();
}

test('keyboard only: select two users with Space, lock them from the bulk menu with a reason, and follow the job', async ({ page, signIn, usersPage }) => {
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  const [first, second] = await usersPage.names();
  const box = (name: string) => usersPage.table.getByRole('checkbox', { name: `Select ${name}`, exact: true });

  await usersPage.search.focus();
  await tabTo(page, box(first!));
  await page.keyboard.press('Space');
  await tabTo(page, box(second!));
  await page.keyboard.press('Space');
  await expect(box(first!)).toBeChecked();
  await expect(box(second!)).toBeChecked();
  await expect(usersPage.bulkBar).toContainText('2 selected');

  const bulk = usersPage.bulkBar.getByRole('button', { name: 'Bulk actions' });
  await tabTo(page, bulk, { back: true });
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Bulk actions' });
  await expect(menu.getByRole('menuitem', { name: 'Lock…', exact: true })).toBeFocused();
  // Escape closes the menu and gives the focus back to its button; ArrowDown opens it again.
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(bulk).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Lock…', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Lock 2 users' });
  const reason = dialog.getByRole('textbox', { name: 'Reason' });
  await expect(reason).toBeFocused();
  await page.keyboard.type('Quarterly access review');
  await expect(dialog).toContainText('Lock 2 users: all 2 can be done.');
  await tabTo(page, dialog.getByRole('button', { name: 'Start: lock 2' }));
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/\/jobs\/[\w-]+$/);
  await expect(page.getByRole('status').filter({ hasText: 'done' })).toHaveText(/^2 done · 0 failed · 0 remaining/, { timeout: 30_000 });
  await expect(page.getByRole('alert').filter({ hasText: 'Done' })).toBeVisible();
});

test('keyboard only: the bulk review and the plan dialog close with Escape and give the focus back to the bulk menu\'s button', async ({ page, signIn, usersPage, membershipPage }) => {
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  const [first] = await usersPage.names();
  await usersPage.select(first!);
  const bulk = usersPage.bulkBar.getByRole('button', { name: 'Bulk actions' });
  const menu = page.getByRole('menu', { name: 'Bulk actions' });

  // The menu's code arrives with the first selection; until then the button is shown disabled.
  await expect(bulk).toBeEnabled();
  await bulk.focus();
  await page.keyboard.press('Enter');
  await expect(menu.getByRole('menuitem', { name: 'Lock…', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Lock 1 user' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(bulk).toBeFocused();

  await page.keyboard.press('Enter');
  const reassign = menu.getByRole('menuitem', { name: 'Move or add to an office or region…' });
  await expect(menu.getByRole('menuitem', { name: 'Lock…', exact: true })).toBeFocused();
  for (let presses = 0; presses < 8 && !(await reassign.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('ArrowDown');
  }
  await expect(reassign).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(membershipPage.dialog.getByRole('heading', { name: 'Reassign 1 user' })).toBeVisible();
  // The dialog's controls, by keyboard: a mode, a target, then the plan.
  await tabTo(page, membershipPage.dialog.getByRole('radio', { name: /^Move/ }));
  await page.keyboard.press('Space');
  const target = membershipPage.dialog.getByLabel('Target', { exact: true });
  await tabTo(page, target);
  await target.selectOption({ label: 'Boston Downtown' });
  await tabTo(page, membershipPage.dialog.getByRole('button', { name: 'Review the plan' }));
  await page.keyboard.press('Enter');
  await expect(membershipPage.plan).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(bulk).toBeFocused();
});

test('keyboard only: on a user\'s page the lock and room-invite dialogs are used and closed by keyboard, and the focus goes back to their buttons', async ({ page, signIn, usersPage, userDetailPage }) => {
  await signIn(ADMIN);
  await usersPage.searchFor('maria');
  await usersPage.openUser('Maria Garcia');
  await userDetailPage.expectUser('Maria Garcia');
  const lock = userDetailPage.action('Lock');
  await expect(lock).toBeEnabled();

  await lock.focus();
  await page.keyboard.press('Enter');
  const lockDialog = userDetailPage.dialog('Lock Maria Garcia');
  await expect(lockDialog.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await tabTo(page, lockDialog.getByRole('button', { name: 'Lock user' }));
  await page.keyboard.press('Enter');
  await expect(lockDialog.getByText('Enter the reason for locking this user.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(lockDialog).toBeHidden();
  await expect(lock).toBeFocused();

  const inviteButton = userDetailPage.action('Invite to a room');
  await inviteButton.focus();
  await page.keyboard.press('Enter');
  const invite = userDetailPage.dialog('Invite Maria Garcia to a room');
  const room = invite.getByRole('combobox', { name: 'Room', exact: true });
  await expect(room).toBeFocused();
  await page.keyboard.press('ArrowDown');
  const options = page.getByRole('listbox', { name: 'Room' }).getByRole('option');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(room).not.toHaveValue('');
  await expect(invite.getByRole('combobox', { name: 'Role in the room' })).toBeEnabled();
  // Escape in an open list closes the list only; the next one closes the dialog.
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(options.first()).toBeHidden();
  await expect(invite).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(invite).toBeHidden();
  await expect(inviteButton).toBeFocused();
});

test('keyboard only: Unlock with Enter keeps the focus, on the Lock button that takes its place', async ({ page, signIn, usersPage, userDetailPage }) => {
  await signIn(ADMIN);
  await usersPage.searchFor('abigale');
  await usersPage.openUser('Abigale Tremblay');
  await userDetailPage.expectUser('Abigale Tremblay');
  const lock = userDetailPage.action('Lock');
  await expect(lock).toBeEnabled();
  await lock.focus();
  await page.keyboard.press('Enter');
  const lockDialog = userDetailPage.dialog('Lock Abigale Tremblay');
  await page.keyboard.type('Leave of absence');
  await tabTo(page, lockDialog.getByRole('button', { name: 'Lock user' }));
  await page.keyboard.press('Enter');
  await expect(lockDialog).toBeHidden();
  const unlock = userDetailPage.action('Unlock');
  await expect(unlock).toBeFocused();

  await page.keyboard.press('Enter');
  await expect(userDetailPage.notice('Abigale Tremblay is unlocked.')).toBeVisible();
  await expect(lock).toBeFocused();
});
