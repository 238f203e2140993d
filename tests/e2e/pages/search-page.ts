// The search over all posts: the search field, the filters, the posts found (each a button that
// opens it, with a checkbox), the bar of bulk actions on the selected ones, and the Undo toast.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class SearchPage extends BasePage {
  protected override readonly title = 'Search posts';

  get field(): Locator {
    return this.main.getByRole('searchbox', { name: 'Search posts' });
  }

  /** Every post found, in the order shown. */
  get results(): Locator {
    return this.main.getByRole('list', { name: 'Matching posts' }).getByRole('listitem');
  }

  /** The button that opens the found post whose title contains `text`. */
  result(text: string): Locator {
    return this.results.filter({ hasText: text }).getByRole('button');
  }

  async titles(): Promise<string[]> {
    return (await this.results.locator('.found-post-title').allTextContents()).map((title) => title.trim());
  }

  /** Searches for `text` and waits until exactly `count` posts show. */
  async search(text: string, count: number): Promise<void> {
    await this.field.fill(text);
    await this.results.nth(count - 1).waitFor();
    await this.results.nth(count).waitFor({ state: 'detached' });
  }

  get status(): Locator {
    return this.main.getByLabel('Status', { exact: true });
  }

  get bulkBar(): Locator {
    return this.main.getByRole('toolbar', { name: 'Selected posts' });
  }

  /** Moves the selected posts to a day (YYYY-MM-DD), each keeping its time. */
  async moveSelectedTo(date: string): Promise<void> {
    await this.bulkBar.getByLabel('Move to day').fill(date);
    await this.bulkBar.getByRole('button', { name: 'Move', exact: true }).click();
  }

  async deleteSelected(): Promise<void> {
    await this.bulkBar.getByRole('button', { name: 'Delete', exact: true }).click();
  }

  /** The toast that offers Undo for the last change. */
  get undoToast(): Locator {
    return this.page.getByRole('region', { name: 'Last change' });
  }

  get undoButton(): Locator {
    return this.undoToast.getByRole('button', { name: 'Undo', exact: true });
  }
}
