// The drafts list: each draft is a button "Open draft: <excerpt>", newest first.
import type { Locator, Page } from 'playwright-core';

export class DraftsPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: 'Drafts' });
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.main.getByText('Loading drafts…').waitFor({ state: 'hidden' });
  }

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
