import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { ADMIN, AGENT, V5_COMPANY } from './identities';

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

  test('user list and user detail', async ({ page, signIn, usersPage, userDetailPage }) => {
    await signIn(ADMIN);
    await usersPage.expectLoaded();
    await expectNoAxeViolations(page);
    await usersPage.searchFor('maria');
    await usersPage.openUser('Maria Garcia');
    await userDetailPage.expectUser('Maria Garcia');
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
