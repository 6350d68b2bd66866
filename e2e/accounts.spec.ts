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

test('on a phone the company name keeps room to be read, with its Rooms version under it', async ({ page, signIn, shell, usersPage }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(ADMIN);
  await usersPage.expectLoaded();
  await shell.expectCompany(V6_COMPANY, 'v6');
  const name = shell.header.getByText(V6_COMPANY);
  const nameBox = await name.boundingBox();
  const badgeBox = await shell.versionBadge.boundingBox();
  expect(nameBox?.width).toBeGreaterThan(120);
  expect(badgeBox?.y).toBeGreaterThan((nameBox?.y ?? 0) + (nameBox?.height ?? 0) - 2);
});
