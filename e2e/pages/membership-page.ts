import { expect, type Locator, type Page } from '@playwright/test';

/** The offices overview, an office's or region's members, the reassignment dialog with its plan, and undo. */
export class MembershipPage {
  readonly members: Locator;
  readonly memberRows: Locator;
  readonly reassign: Locator;
  readonly dialog: Locator;
  readonly plan: Locator;

  constructor(private readonly page: Page) {
    this.members = page.getByRole('table').filter({ has: page.getByRole('checkbox', { name: /^Select all [\d,]+ members$/ }) });
    this.memberRows = this.members.getByRole('row').filter({ has: page.getByRole('cell') });
    this.reassign = page.getByRole('button', { name: 'Reassign', exact: true });
    this.dialog = page.getByRole('dialog');
    this.plan = page.getByRole('list', { name: 'Plan per user' });
  }

  async openOffices(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Offices' }).click();
    await expect(this.page.getByRole('heading', { name: 'Offices', level: 1 })).toBeVisible();
  }

  /** From the offices overview. */
  async openOffice(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
    await expect(this.page.getByRole('heading', { name, level: 1 })).toBeVisible();
    await expect(this.memberRows.first()).toBeVisible();
  }

  /** The names of the members, on every page of the table, with how they belong (e.g. "Default office"). */
  async memberNames(via?: string): Promise<string[]> {
    const names: string[] = [];
    const pages = this.page.getByRole('navigation', { name: 'Member pages' });
    const range = this.page.getByRole('status').filter({ hasText: /^[\d,]+–[\d,]+ of [\d,]+$/ });
    if (await pages.count()) await pages.getByRole('button', { name: 'Members page 1', exact: true }).click();
    for (;;) {
      const rows = via ? this.memberRows.filter({ hasText: via }) : this.memberRows;
      names.push(...(await rows.evaluateAll((elements) => elements.map((row) => row.querySelector('[data-member-name]')?.textContent?.trim() ?? ''))));
      const next = pages.getByRole('button', { name: 'Next page of members' });
      if (!(await next.count()) || (await next.isDisabled())) return names;
      const before = await range.innerText();
      await next.click();
      await expect(range).not.toHaveText(before);
    }
  }

  /** Names of the first `count` default-office members at one of `levels`. */
  async namesAt(levels: string[], count: number): Promise<string[]> {
    const rows = await this.memberRows.evaluateAll((elements) =>
      elements.map((row) => {
        const cells = row.querySelectorAll('td');
        return { name: row.querySelector('[data-member-name]')?.textContent?.trim() ?? '', level: cells[3]?.textContent?.trim() ?? '', via: cells[4]?.textContent ?? '' };
      }),
    );
    return rows
      .filter((row) => levels.includes(row.level) && row.via.includes('Default office'))
      .slice(0, count)
      .map((row) => row.name);
  }

  async select(names: string[]): Promise<void> {
    for (const name of names) await this.page.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  async reviewPlan(target: string, mode: 'Move' | 'Add only' = 'Move'): Promise<void> {
    await this.reassign.click();
    await this.planInDialog(target, mode);
  }

  /** In the open reassignment dialog (from an office or region page, or the user list's bulk actions). */
  async planInDialog(target: string, mode: 'Move' | 'Add only' = 'Move'): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.dialog.getByRole('radio', { name: new RegExp(`^${mode}`) }).check();
    await this.dialog.getByLabel('Target', { exact: true }).selectOption({ label: target });
    await this.dialog.getByRole('button', { name: 'Review the plan' }).click();
    await expect(this.plan).toBeVisible();
  }

  planFor(name: string): Locator {
    return this.plan.getByRole('listitem', { name, exact: true });
  }

  /** The box that says how far the full memberships are read, and how old they are. */
  get indexStatus(): Locator {
    return this.page.getByRole('region', { name: 'Full memberships' });
  }

  async readMemberships(): Promise<void> {
    await this.indexStatus.getByRole('button', { name: 'Read memberships' }).click();
  }

  async expectJobDone(): Promise<void> {
    await expect(this.page).toHaveURL(/\/jobs\//);
    await expect(this.page.getByRole('alert').filter({ hasText: 'Done' })).toBeVisible({ timeout: 30_000 });
  }
}
