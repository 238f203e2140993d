// The drafts list: each draft is a button "Open draft: <excerpt>", newest first.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class DraftsPage extends BasePage {
  protected override readonly title = 'Drafts';
  protected override readonly loadingText = 'Loading drafts…';

  /** Every draft's button, in the order shown. */
  get drafts(): Locator {
    return this.main.getByRole('button', { name: /^Open draft: / });
  }

  /** The draft whose excerpt starts with `text`. */
  draft(text: string): Locator {
    return this.main.getByRole('button', { name: `Open draft: ${text}` });
  }

  async titles(): Promise<string[]> {
    const names = await this.drafts.evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('aria-label') ?? ''),
    );
    return names.map((name) => name.replace(/^Open draft: /, ''));
  }

  async open(text: string): Promise<void> {
    await this.draft(text).first().click();
  }

  get writeFirstPost(): Locator {
    return this.main.getByRole('button', { name: 'Write your first post' });
  }
}
