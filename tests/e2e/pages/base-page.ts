// What every page object shares: the main area, its top heading, the errors shown, and the
// wait until the page shows what it loaded.
import type { Locator, Page } from 'playwright-core';

export abstract class BasePage {
  /** The name of the page's top heading, where it always has the same one. */
  protected readonly title?: string;
  /** What the page shows while it loads, gone once it has. */
  protected readonly loadingText?: string;

  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The main area's top heading. */
  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, ...(this.title ? { name: this.title } : {}) });
  }

  /** Every error currently shown (role=alert), anywhere on the page. */
  get alerts(): Locator {
    return this.page.getByRole('alert');
  }

  /** Waits until the page is up and has loaded what it shows (or failed to, visibly). */
  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    if (this.loadingText) await this.main.getByText(this.loadingText).waitFor({ state: 'hidden' });
  }
}
