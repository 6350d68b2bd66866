import { expect, type Locator, type Page } from '@playwright/test';

/** What every signed-in page has: the header with company, version and account menu, and the navigation. */
export class AppShell {
  readonly header: Locator;
  readonly navigation: Locator;
  readonly signOutButton: Locator;
  readonly accountSwitcher: Locator;
  readonly versionBadge: Locator;
  readonly permissionDenied: Locator;

  constructor(private readonly page: Page) {
    this.header = page.getByRole('banner');
    this.navigation = page.getByRole('navigation').first();
    this.signOutButton = page.getByRole('button', { name: /sign out/i });
    this.accountSwitcher = page.getByRole('button', { name: /account|company/i }).first();
    this.versionBadge = this.header.getByText(/^Rooms v[56]$|^v[56]$/);
    this.permissionDenied = page.getByRole('heading', { name: /permission|not allowed|access denied/i });
  }

  async expectSignedIn(): Promise<void> {
    await expect(this.header).toBeVisible();
    await expect(this.signOutButton).toBeVisible();
  }

  async expectCompany(name: string, version: 'v5' | 'v6'): Promise<void> {
    await expect(this.header.getByText(name)).toBeVisible();
    await expect(this.versionBadge).toContainText(version);
  }

  async switchAccount(name: string): Promise<void> {
    await this.accountSwitcher.click();
    await this.page.getByRole('menuitem', { name }).or(this.page.getByRole('option', { name })).click();
  }

  async signOut(): Promise<void> {
    await this.signOutButton.click();
  }
}
