// Settings > Backups: "Back up now", the list of backups with their Restore buttons and the
// confirm dialog, the backup folder (typed in web mode), and exporting and importing everything.
import type { Locator, Page } from 'playwright-core';

export class BackupsSection {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('main').getByRole('region', { name: 'Backups', exact: true });
  }

  /** The backups listed, newest first, each as its row's text (date, kind, size, posts). */
  get rows(): Locator {
    return this.region.getByRole('list', { name: 'Your backups' }).getByRole('listitem');
  }

  /** What the section last said it did ("Backed up 1 post."). */
  get status(): Locator {
    return this.region.getByRole('status').first();
  }

  get alert(): Locator {
    return this.region.getByRole('alert');
  }

  /** Clicks "Back up now" and waits until the new backup is listed. */
  async backUpNow(): Promise<void> {
    const before = await this.rows.count();
    await this.region.getByRole('button', { name: 'Back up now', exact: true }).click();
    await this.status.filter({ hasText: /^Backed up/ }).waitFor();
    await this.rows.nth(before).waitFor();
  }

  /** Restores the backup listed at `index` (0: the newest), confirming in the dialog. */
  async restore(index: number): Promise<void> {
    await this.rows
      .nth(index)
      .getByRole('button', { name: /^Restore the backup of / })
      .click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /^Restore the backup of .*\?$/ }).waitFor();
    await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  }

  /** Types a folder for the backups and uses it. */
  async useFolder(folder: string): Promise<void> {
    const form = this.region.getByRole('form', { name: 'Backup folder' });
    await form.getByLabel('Folder for backups').fill(folder);
    await form.getByRole('button', { name: 'Use this folder' }).click();
  }
}
