import { expect, type Locator, type Page } from '@playwright/test';

/** The user list: search, sort, filters, paging, and a table whose rows link to the detail page. */
export class UsersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly nextPage: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Users', level: 1 });
    this.search = page.getByRole('searchbox', { name: 'Search users' });
    // The table's name says how it is sorted ("Users, sorted by first name, A to Z").
    this.table = page.getByRole('table', { name: /^Users\b/ });
    // The first row holds the column headers.
    this.rows = this.table.getByRole('row').filter({ has: page.getByRole('cell') });
    this.nextPage = page.getByRole('button', { name: 'Next page' });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.rows.first()).toBeVisible();
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  userLink(name: string): Locator {
    return this.table.getByRole('link', { name });
  }

  async searchFor(text: string): Promise<void> {
    await this.search.fill(text);
  }

  async openUser(name: string): Promise<void> {
    await this.userLink(name).click();
  }

  /** Clicks a column's sort control until it sorts in `direction`. */
  async sortBy(column: string, direction: 'ascending' | 'descending'): Promise<void> {
    const header = this.table.getByRole('columnheader', { name: column, exact: true });
    for (let tries = 0; tries < 3; tries++) {
      const before = await header.getAttribute('aria-sort');
      if (before === direction) break;
      await header.getByRole('button').click();
      // One click at a time: a second click before the first has been applied would skip past `direction`.
      await expect(header).not.toHaveAttribute('aria-sort', before ?? 'none');
    }
    await expect(header).toHaveAttribute('aria-sort', direction);
  }

  /** Waits until the table shows the data of its current URL, not the previous page's rows kept while loading. */
  async expectSettled(): Promise<void> {
    await expect(this.table).toHaveAttribute('aria-busy', 'false');
  }

  /** One of the filters above the table (Status, Access level, Default office, Role, Title). */
  filter(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  async filterBy(label: string, option: string): Promise<void> {
    await this.filter(label).selectOption({ label: option });
  }

  /** The text of the column whose header starts with `header`, for every row shown, in order. */
  async columnValues(header: string): Promise<string[]> {
    const headers = await this.table.getByRole('columnheader').allInnerTexts();
    const index = headers.findIndex((text) => text.trim().toLowerCase().startsWith(header.toLowerCase()));
    if (index < 0) throw new Error(`no column "${header}" among ${JSON.stringify(headers)}`);
    const cells = await this.rows.locator(`xpath=./*[${index + 1}]`).allInnerTexts();
    return cells.map((text) => text.trim());
  }

  /** The names shown in the list, in order (each row's link). */
  async names(): Promise<string[]> {
    const links = await this.rows.getByRole('link').allInnerTexts();
    return links.map((text) => text.trim());
  }

  async defaultOffices(): Promise<string[]> {
    return this.columnValues('Default office');
  }

  async expectSorted(header: string, direction: 'ascending' | 'descending'): Promise<void> {
    await this.expectSettled();
    await expect(async () => {
      const values = await this.columnValues(header);
      const sorted = [...values].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }));
      if (direction === 'descending') sorted.reverse();
      expect(values).toEqual(sorted);
    }).toPass();
  }

  /** The bar above the table with the selection count and the bulk actions. */
  get bulkBar(): Locator {
    return this.page.getByRole('region', { name: 'Selection and bulk actions' });
  }

  async select(name: string): Promise<void> {
    await this.table.getByRole('checkbox', { name: `Select ${name}`, exact: true }).check();
  }

  /** Opens the bulk actions menu and chooses `action` (e.g. "Lock…"); returns the review dialog. */
  async bulk(action: string): Promise<Locator> {
    await this.bulkBar.getByRole('button', { name: 'Bulk actions' }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
    return this.page.getByRole('dialog');
  }
}
