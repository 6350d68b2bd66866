import { expect, type Locator, type Page } from '@playwright/test';

/** What every signed-in page has: the header with company, Rooms version and account controls, and the navigation. */
export class AppShell {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly signOutButton: Locator;
  readonly accountSwitcher: Locator;
  readonly versionBadge: Locator;
  /** The error panel's heading when the signed-in administrator may not see a page. */
  readonly permissionDenied: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.navigation = page.getByRole('navigation', { name: 'Main' });
    this.signOutButton = this.header.getByRole('button', { name: 'Sign out' });
    this.accountSwitcher = this.header.getByRole('button', { name: 'Switch account' });
    this.versionBadge = this.header.getByText(/^Rooms v[56]$/);
    this.permissionDenied = page.getByRole('heading', { name: /^You don't have permission to / });
  }

  async expectSignedIn(): Promise<void> {
    await expect(this.signOutButton).toBeVisible();
  }

  async expectCompany(name: string, version: 'v5' | 'v6'): Promise<void> {
    await expect(this.header.getByText(name, { exact: true })).toBeVisible();
    await expect(this.versionBadge).toHaveText(`Rooms ${version}`);
  }

  async switchAccount(name: string): Promise<void> {
    await this.accountSwitcher.click();
    await this.page.getByRole('menuitem', { name, exact: true }).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
