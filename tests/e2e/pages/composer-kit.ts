// The composer's brand-kit parts: the post kind, the problems marked in the text and listed
// with "Show", and the "Post anyway" question before a post that breaks the kit goes out.
import type { Locator, Page } from 'playwright-core';

export class ComposerKit {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async chooseKind(kind: 'Organic' | 'Campaign'): Promise<void> {
    await this.main.getByRole('group', { name: 'Post kind' }).getByRole('radio', { name: kind }).check();
  }

  /** "This post fits your brand kit." or "2 things do not fit your brand kit." */
  get summary(): Locator {
    return this.main.getByRole('group', { name: 'Brand kit' }).getByRole('status');
  }

  get problems(): Locator {
    return this.main.getByRole('list', { name: 'Brand kit problems' }).getByRole('listitem');
  }

  async problemMessages(): Promise<string[]> {
    return (await this.problems.locator('span').allTextContents()).map((text) => text.trim());
  }

  /** The texts marked in the mirror behind the textarea. */
  async markedTexts(): Promise<string[]> {
    return this.main.locator('.kit-mirror mark.kit-mark').allTextContents();
  }

  async show(messageStart: string): Promise<void> {
    await this.problems
      .filter({ hasText: messageStart })
      .getByRole('button', { name: /^Show in the text/ })
      .click();
  }

  /** The selected range of the post text: [start, end]. */
  async selection(): Promise<[number, number]> {
    return this.main
      .getByLabel('Post text')
      .evaluate((element: HTMLTextAreaElement) => [element.selectionStart, element.selectionEnd]);
  }

  get postAnywayDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'This post breaks your brand kit' });
  }

  async postAnyway(): Promise<void> {
    await this.postAnywayDialog.getByRole('button', { name: 'Post anyway' }).click();
  }

  async fixFirst(): Promise<void> {
    await this.postAnywayDialog.getByRole('button', { name: 'Fix it first' }).click();
  }
}
