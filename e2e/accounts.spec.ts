import { expect, test } from './fixtures';
import { ADMIN, V5_COMPANY, V6_COMPANY } from './identities';

test('switching to the v5 company shows the v5 badge and classic titles', async ({ signIn, shell, usersPage }) => {
  await signIn(ADMIN);
  await shell.expectCompany(V6_COMPANY, 'v6');
  await shell.switchAccount(V5_COMPANY);
  await shell.expectCompany(V5_COMPANY, 'v5');
  await usersPage.expectLoaded();
  await expect(usersPage.table.getByRole('columnheader', { name: 'Title' })).toBeVisible();
  await expect(usersPage.table.getByRole('columnheader', { name: 'Role' })).toBeHidden();
});
