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

  /** The Actions section. */
  get actions(): Locator {
    return this.page.getByRole('region', { name: 'Actions' });
  }

  action(name: string): Locator {
    return this.actions.getByRole('button', { name, exact: true });
  }

  /** The reason shown under a disabled action, tied to it by aria-describedby. */
  async reasonFor(name: string): Promise<string> {
    const button = this.action(name);
    await expect(button).toBeDisabled();
    const id = await button.getAttribute('aria-describedby');
    if (!id) throw new Error(`"${name}" has no reason attached`);
    const reason = this.page.locator(`[id="${id}"]`);
    // The rights are read once per visit; until then every action waits with "Checking your rights…".
    await expect(reason).not.toHaveText('Checking your rights…');
    return (await reason.innerText()).trim();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** The success notice that an action shows. */
  notice(text: string | RegExp): Locator {
    return this.page.getByRole('alert').filter({ hasText: text });
  }

  async lock(name: string, reason: string): Promise<void> {
    await this.action('Lock').click();
    const dialog = this.dialog(`Lock ${name}`);
    await dialog.getByRole('textbox', { name: 'Reason' }).fill(reason);
    await dialog.getByRole('button', { name: 'Lock user' }).click();
    await expect(dialog).toBeHidden();
  }

  /** Chooses a place in one of the office or region selects, then presses its button. */
  async onPlace(select: string, place: string, button: string): Promise<void> {
    await this.actions.getByRole('combobox', { name: select }).selectOption({ label: place });
    await this.action(button).click();
  }
}
