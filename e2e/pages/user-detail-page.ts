import { expect, type Locator, type Page } from '@playwright/test';

/** One user's page: every field with names resolved, and the actions. */
export class UserDetailPage {
  constructor(private readonly page: Page) {}

  heading(name: string): Locator {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  async expectUser(name: string): Promise<void> {
    await expect(this.heading(name)).toBeVisible();
  }

  /** The value shown for a labelled field (a description list term and its definition). */
  field(label: string): Locator {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.page.locator('dt', { hasText: new RegExp(`^${escaped}$`) }).locator('xpath=following-sibling::dd[1]');
  }
}
