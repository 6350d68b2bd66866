import { expect, test } from './fixtures';
import { ADMIN, AGENT, V6_COMPANY } from './identities';

test('signs in as the company admin through the simulator page', async ({ page, signInPage, shell, usersPage }) => {
  await page.goto('/');
  await expect(signInPage.signInHeading).toBeVisible();
  await signInPage.signInAs(ADMIN);
  await shell.expectSignedIn();
  await shell.expectCompany(V6_COMPANY, 'v6');
  await usersPage.expectLoaded();
});

test('signing out shows the signed-out screen and protects the app', async ({ page, signIn, shell, signInPage }) => {
  await signIn(ADMIN);
  await shell.signOut();
  await expect(signInPage.signedOutHeading).toBeVisible();
  await page.goto('/users');
  await expect(signInPage.signInHeading).toBeVisible();
  await expect(shell.signOutButton).toBeHidden();
});

test('an expired session asks to sign in again and comes back to the same URL', async ({
  page,
  signIn,
  simulator,
  signInPage,
  shell,
  usersPage,
  expectErrors,
}) => {
  await signIn(ADMIN, { path: '/users?q=maria' });
  await expect(usersPage.row('Maria Garcia')).toBeVisible();
  const url = page.url();

  // Both the access and the refresh token stop working, so the proxy answers 401 SESSION_EXPIRED.
  await simulator.expireTokens();
  expectErrors(/\/api\/v2\/accounts\//);
  await page.reload();
  await expect(signInPage.sessionExpiredDialog).toBeVisible();

  await signInPage.signInAs(ADMIN);
  await shell.expectSignedIn();
  await expect(page).toHaveURL(url);
  await expect(usersPage.search).toHaveValue('maria');
  await expect(usersPage.row('Maria Garcia')).toBeVisible();
});

test('an agent locked out while signed in is told he may not, and stays signed in', async ({
  page,
  signIn,
  simulator,
  shell,
  usersPage,
  expectErrors,
}) => {
  await signIn(AGENT);
  await usersPage.expectLoaded();

  // Another administrator locks him out; the Rooms API now answers 401 USER_LACKS_PERMISSIONS.
  await simulator.lockOut(AGENT);
  expectErrors(/\/api\/v2\/accounts\//);
  await page.reload();

  await expect(shell.permissionDenied).toBeVisible();
  await expect(page.getByText('The user is locked out of this account.')).toBeVisible();
  // "You may not" never signs anyone out.
  await expect(shell.signOutButton).toBeVisible();
});
