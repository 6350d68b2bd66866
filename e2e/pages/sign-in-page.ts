import { expect, type Locator, type Page } from '@playwright/test';

/** The app's signed-out / session-expired screens and the simulator's sign-in page that follows them. */
export class SignInPage {
  readonly signInButton: Locator;
  readonly signedOutHeading: Locator;
  readonly sessionExpiredHeading: Locator;

  constructor(private readonly page: Page) {
    this.signInButton = page.getByRole('button', { name: /sign in/i }).or(page.getByRole('link', { name: /sign in/i }));
    this.signedOutHeading = page.getByRole('heading', { name: /signed out|sign in to rooms admin/i });
    this.sessionExpiredHeading = page.getByRole('heading', { name: /session (has )?expired/i });
  }

  /** The simulator's choice of identity: one button per identity, named with its email. */
  identityButton(email: string): Locator {
    return this.page.getByRole('button', { name: email });
  }

  /** From the app's sign-in screen (or straight from the simulator's page), signs in as `email`. */
  async signInAs(email: string): Promise<void> {
    const identity = this.identityButton(email);
    await expect(this.signInButton.first().or(identity)).toBeVisible();
    if (!(await identity.isVisible())) await this.signInButton.first().click();
    await identity.click();
  }
}
