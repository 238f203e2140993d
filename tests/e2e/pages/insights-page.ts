// The Insights screen as an owner uses it: the date range, the management numbers, the
// campaign table with its figures and formulas, the campaign form, CSV imports and spend.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export interface CampaignFields {
  name: string;
  goal?: 'Awareness' | 'Traffic' | 'Sales';
  firstDay?: string;
  lastDay?: string;
  budget?: string;
  currency?: string;
  channels?: string[];
  landingPage?: string;
}

export type FigureColumn =
  | 'Impressions'
  | 'Clicks'
  | 'CTR'
  | 'Conversions'
  | 'Conversion rate'
  | 'Spend'
  | 'CPC'
  | 'CPA'
  | 'Revenue'
  | 'ROAS'
  | 'ROI';

export class InsightsPage extends BasePage {
  protected override readonly title = 'Insights';

  get onDeviceNotice(): Locator {
    return this.main.getByText('Everything here stays on this device');
  }

  get dateRange(): Locator {
    return this.main.getByLabel('Date range', { exact: true });
  }

  /** The date range's preset: "Last 7 days", "Last 30 days", "Last 90 days" or "Custom". */
  get rangePreset(): Locator {
    return this.main.getByRole('combobox', { name: 'Date range', exact: true });
  }

  section(name: 'Management' | 'Marketing'): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^${name}:`) });
  }

  async createCampaign(fields: CampaignFields): Promise<void> {
    await this.main.getByRole('button', { name: 'New campaign', exact: true }).click();
    const form = this.main.getByRole('form', { name: 'New campaign' });
    await form.getByLabel('Campaign name').fill(fields.name);
    if (fields.goal) await form.getByLabel('Goal').selectOption({ label: fields.goal });
    if (fields.firstDay) await form.getByLabel('First day').fill(fields.firstDay);
    if (fields.lastDay) await form.getByLabel('Last day').fill(fields.lastDay);
    if (fields.budget) await form.getByLabel('Budget').fill(fields.budget);
    if (fields.currency) await form.getByLabel('Currency').fill(fields.currency);
    for (const channel of fields.channels ?? []) await form.getByLabel(channel).check();
    if (fields.landingPage) await form.getByLabel('Landing page').fill(fields.landingPage);
    await form.getByRole('button', { name: 'Create campaign' }).click();
    await form.waitFor({ state: 'detached' });
  }

  get campaignTable(): Locator {
    return this.main.getByRole('table', { name: 'Campaign figures' });
  }

  campaignRow(name: string): Locator {
    return this.campaignTable
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** The figure cell's shown value (its formula is in the cell's title and tooltip). */
  async figure(campaign: string, column: FigureColumn): Promise<Locator> {
    return this.figureIn(this.campaignTable, this.campaignRow(campaign), column);
  }

  get postTable(): Locator {
    return this.main.getByRole('table', { name: 'Campaign post figures' });
  }

  /** A campaign post's figure; the post is found by the start of its text. */
  async postFigure(textStart: string, column: FigureColumn): Promise<Locator> {
    const row = this.postTable.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${textStart}`) }),
    });
    return this.figureIn(this.postTable, row, column);
  }

  private async figureIn(table: Locator, row: Locator, column: FigureColumn): Promise<Locator> {
    const headers = await table.getByRole('columnheader').allTextContents();
    const index = headers.findIndex((h) => h.trim() === column);
    // The first column is the row's header, not a cell.
    return row
      .getByRole('cell')
      .nth(index - 1)
      .locator('.figure-value');
  }

  get roiForRange(): Locator {
    return this.main.getByText('ROI for this range:').locator('..').locator('.figure-value');
  }

  get fileInput(): Locator {
    return this.main.getByLabel('CSV file');
  }

  async chooseCsv(fileName: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** "Meta Ads Manager export detected in …: 5 rows, …". */
  get detected(): Locator {
    return this.main.getByRole('status').filter({ hasText: 'detected in' });
  }

  importButton(): Locator {
    return this.main.getByRole('button', { name: /^Import \d+ rows?$/ });
  }

  get importResult(): Locator {
    return this.main.getByRole('status').filter({ hasText: /^Imported / });
  }

  get fileCurrency(): Locator {
    return this.main.getByLabel('Currency of the amounts in this file');
  }

  async addSpend(campaign: string, day: string, amount: string, currency: string): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Add ad spend' });
    await form.getByLabel('Campaign').selectOption({ label: campaign });
    await form.getByLabel('Day').fill(day);
    await form.getByLabel('Amount spent').fill(amount);
    await form.getByLabel('Spend currency').fill(currency);
    await form.getByRole('button', { name: 'Add spend' }).click();
    await form.getByText('Spend saved.').waitFor();
  }

  get howCalculated(): Locator {
    return this.main.getByText('How is this calculated?');
  }
}
