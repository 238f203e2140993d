// The brand voice kit editor: words to avoid and prefer, required tags per post kind, limits,
// link rules, saving, and sharing the kit as a JSON file.
import { readFile } from 'node:fs/promises';
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class BrandKitPage extends BasePage {
  protected override readonly title = 'Brand voice kit';

  override async waitUntilLoaded(): Promise<void> {
    await super.waitUntilLoaded();
    await this.voice.waitFor();
  }

  get voice(): Locator {
    return this.main.getByLabel('How your business sounds');
  }

  async avoid(term: string, suggestion?: string): Promise<void> {
    await this.main.getByLabel('Word or phrase to avoid').fill(term);
    if (suggestion) await this.main.getByLabel('Say instead (optional)').fill(suggestion);
    await this.main.getByRole('button', { name: 'Add word to avoid' }).click();
  }

  get avoidList(): Locator {
    return this.main.getByRole('list', { name: 'Words to avoid' });
  }

  async removeAvoided(term: string): Promise<void> {
    await this.main.getByRole('button', { name: `Remove “${term}” from words to avoid` }).click();
  }

  /** The chips of a term list, such as "Campaign posts must include". */
  terms(label: string): Locator {
    return this.main.getByRole('list', { name: label });
  }

  async addTerm(label: string, term: string): Promise<void> {
    await this.main.getByRole('textbox', { name: label, exact: true }).fill(term);
    await this.main.getByRole('button', { name: `Add to ${label.toLowerCase()}` }).click();
  }

  get maxEmoji(): Locator {
    return this.main.getByLabel('Most emoji per post');
  }

  get maxHashtags(): Locator {
    return this.main.getByLabel('Most hashtags per post');
  }

  async save(): Promise<void> {
    await this.main.getByRole('button', { name: 'Save kit' }).click();
    await this.main
      .getByRole('status')
      .filter({ hasText: /^Saved$/ })
      .waitFor();
  }

  /** Exports the kit and returns the downloaded file's name and text. */
  async export(): Promise<{ fileName: string; text: string }> {
    const download = this.page.waitForEvent('download');
    await this.main.getByRole('button', { name: 'Export kit…' }).click();
    const file = await download;
    return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
  }

  /** Imports a file through the file chooser, as the owner picks it. */
  async import(file: { name: string; text: string }): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.main.getByRole('button', { name: 'Import kit…' }).click();
    await (
      await chooser
    ).setFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
  }

  get confirmation(): Locator {
    return this.main.getByRole('status');
  }
}
