// The drafts list: each draft is a button named by what it shows, its excerpt first, newest first.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class DraftsPage extends BasePage {
  protected override readonly title = 'Drafts';
  protected override readonly loadingText = 'Loading drafts…';

  /** Every draft's button, in the order shown. */
  get drafts(): Locator {
    return this.main.getByRole('listitem').getByRole('button');
  }

  /** The draft whose excerpt starts with `text`. */
  draft(text: string): Locator {
    return this.drafts.filter({ has: this.page.locator('.draft-excerpt', { hasText: text }) });
  }

  async titles(): Promise<string[]> {
    return (await this.drafts.locator('.draft-excerpt').allTextContents()).map((title) => title.trim());
  }

  async open(text: string): Promise<void> {
    await this.draft(text).first().click();
  }

  get writeFirstPost(): Locator {
    return this.main.getByRole('button', { name: 'Write your first post' });
  }
}
