// The Import and export screen: a CSV of posts with its column mapping, preview and import, and
// the schedule saved as a calendar (.ics) file.
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class PostFilesPage extends BasePage {
  protected override readonly title = 'Import and export';

  get importCard(): Locator {
    return this.main.getByRole('region', { name: 'Import posts from a CSV' });
  }

  async chooseCsv(fileName: string, text: string): Promise<void> {
    await this.importCard.getByLabel('CSV file').setInputFiles({
      name: fileName,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** The column chosen for a field ("Text", "Date", …) in the mapping step. */
  column(field: string): Locator {
    return this.importCard.getByRole('group', { name: 'Which column holds what' }).getByLabel(field);
  }

  get previewRows(): Locator {
    return this.importCard
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell') });
  }

  /** A preview row by its line in the file. */
  row(line: number): Locator {
    return this.previewRows.filter({ has: this.page.getByRole('cell', { name: String(line), exact: true }) });
  }

  get importButton(): Locator {
    return this.importCard.getByRole('button', { name: /^Import \d+ posts?$/ });
  }

  get exportCard(): Locator {
    return this.main.getByRole('region', { name: 'Export the schedule as a calendar' });
  }

  /** Saves the calendar file and returns its name and text. */
  async exportCalendar(options: { channel?: string } = {}): Promise<{ name: string; text: string }> {
    if (options.channel) await this.exportCard.getByLabel('Channel').selectOption({ label: options.channel });
    const download = this.page.waitForEvent('download');
    await this.exportCard.getByRole('button', { name: 'Export calendar file' }).click();
    const file = await download;
    return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
  }
}
