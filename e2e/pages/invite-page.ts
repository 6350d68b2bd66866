import { expect, type Locator, type Page } from '@playwright/test';

/** The single invite wizard (/invite) and the bulk invite from a CSV file (/invite/csv). */
export class InvitePage {
  readonly heading: Locator;
  readonly csvHeading: Locator;
  readonly reviewButton: Locator;
  readonly sendButton: Locator;
  readonly review: Locator;
  readonly fileInput: Locator;
  readonly previewSummary: Locator;
  readonly mapping: Locator;

  constructor(private readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Invite a user', level: 1 });
    this.csvHeading = page.getByRole('heading', { name: 'Invite from a CSV file', level: 1 });
    this.reviewButton = page.getByRole('button', { name: 'Review', exact: true });
    this.sendButton = page.getByRole('button', { name: 'Send invite' });
    this.review = page.getByRole('list', { name: 'The invite' });
    this.fileInput = page.getByLabel('CSV file to upload');
    this.previewSummary = page.getByTestId('preview-summary');
    this.mapping = page.getByRole('table', { name: 'Column mapping' });
  }

  async open(): Promise<void> {
    await this.page.goto('/invite');
    await expect(this.heading).toBeVisible();
  }

  async openCsv(): Promise<void> {
    await this.page.goto('/invite/csv');
    await expect(this.csvHeading).toBeVisible();
  }

  field(label: string): Locator {
    return this.page.getByRole('textbox', { name: label, exact: true });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.field(label).fill(value);
  }

  /** Picks `option` in the Mantine Select (or MultiSelect) labelled `label`. */
  async choose(label: string, option: string): Promise<void> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    await this.page.getByRole('option', { name: option, exact: true }).click();
  }

  async options(label: string): Promise<Locator> {
    await this.page.getByRole('combobox', { name: label, exact: true }).click();
    return this.page.getByRole('option');
  }

  option(name: string): Locator {
    return this.page.getByRole('option', { name, exact: true });
  }

  async upload(file: string): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  tab(name: string): Locator {
    return this.page.getByRole('tab', { name: new RegExp(`^${name}`) });
  }

  rowList(name: string): Locator {
    return this.page.getByRole('list', { name, exact: true });
  }
}
