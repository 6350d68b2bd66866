import { expect, type Locator, type Page } from '@playwright/test';
import { V6_COMPANY } from '../identities';

/**
 * Everything between "not signed in" and the app shell: the app's sign-in and signed-out screens, the
 * session-expired dialog, the simulator's identity page, and the account choice for identities with several.
 */
export class SignInPage {
  /** "Sign in" on the sign-in and signed-out screens, "Sign in again" in the session-expired dialog. */
  readonly signInButton: Locator;
  readonly signInHeading: Locator;
  readonly signedOutHeading: Locator;
  readonly sessionExpiredDialog: Locator;
  readonly chooseAccountHeading: Locator;
  /** The app shell's sign-out button: there once signed in with an account chosen. */
  private readonly signedIn: Locator;

  constructor(private readonly page: Page) {
    this.signInButton = page
      .getByRole('link', { name: /^sign in( again)?$/i })
      .or(page.getByRole('button', { name: /^sign in( again)?$/i }))
      .first();
    this.signInHeading = page.getByRole('heading', { name: 'Sign in to Rooms Admin', level: 1 });
    this.signedOutHeading = page.getByRole('heading', { name: 'You have signed out', level: 1 });
    this.sessionExpiredDialog = page.getByRole('dialog', { name: 'Your session expired' });
    this.chooseAccountHeading = page.getByRole('heading', { name: 'Choose an account', level: 1 });
    this.signedIn = page.getByRole('banner').getByRole('button', { name: 'Sign out' });
  }

  /** The simulator's choice of identity: one button per identity, named with its email. */
  identityButton(email: string): Locator {
    return this.page.getByRole('button', { name: email, exact: true });
  }

  /**
   * From any of the app's sign-in prompts (or straight from the simulator's page), signs in as `email` and, if
   * the app asks which company to administer, chooses `account`.
   */
  async signInAs(email: string, account = V6_COMPANY): Promise<void> {
    const identity = this.identityButton(email);
    await expect(this.signInButton.or(identity)).toBeVisible();
    if (!(await identity.isVisible())) await this.signInButton.click();
    await identity.click();
    await expect(this.signedIn.or(this.chooseAccountHeading)).toBeVisible();
    if (await this.chooseAccountHeading.isVisible()) await this.chooseAccount(account);
    await expect(this.signedIn).toBeVisible();
  }

  /** On the account choice, picks the company to administer. */
  async chooseAccount(name: string): Promise<void> {
    await expect(this.chooseAccountHeading).toBeVisible();
    await this.page.getByRole('button', { name, exact: true }).click();
  }
}
