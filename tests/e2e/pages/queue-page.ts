// The Queue: a channel picked from a list, its weekly posting times by weekday, and the posts
// waiting in its queue, each an item named "<time>: <excerpt>".
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class QueuePage extends BasePage {
  protected override readonly title = 'Queue';

  override async waitUntilLoaded(): Promise<void> {
    await super.waitUntilLoaded();
    await this.main.getByText('Loading the queue…').waitFor({ state: 'hidden' });
  }

  async pickChannel(displayName: string): Promise<void> {
    const select = this.main.getByLabel('Channel');
    const option = select.locator('option', { hasText: displayName });
    await select.selectOption((await option.getAttribute('value'))!);
    await this.waitUntilLoaded();
  }

  /** Adds a time ("09:00") on a weekday named as the page writes it ("Monday"). */
  async addTime(day: string, time: string): Promise<void> {
    await this.main.getByLabel(`New time on ${day}`).fill(time);
    await this.main.getByRole('button', { name: `Add a time on ${day}` }).click();
    await this.main
      .getByRole('button', { name: new RegExp(`^Remove .* on ${day}$`) })
      .first()
      .waitFor();
  }

  get useSuggested(): Locator {
    return this.main.getByRole('button', { name: 'Use the suggested times' });
  }

  /** "Use the best times: Tue 6:00 PM, Thu 12:00 PM, and Sat 10:00 AM": the channel's best hours as its posting times. */
  get useBestTime(): Locator {
    return this.main.getByRole('button', { name: /^Use the best times?: / });
  }

  /** The question asked before the channel's posting times are replaced. */
  get replaceDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Replace the posting times?' });
  }

  /** The times on a weekday, as shown. */
  async times(day: string): Promise<string[]> {
    const row = this.main.getByRole('listitem').filter({ has: this.page.getByText(day, { exact: true }) });
    return (await row.locator('.slot-chip').allTextContents()).map((text) => text.replace('×', '').trim());
  }

  get items(): Locator {
    return this.main.locator('.queue-item');
  }

  async excerpts(): Promise<string[]> {
    return (await this.items.locator('.queue-excerpt').allTextContents()).map((text) => text.trim());
  }

  item(excerpt: string): Locator {
    return this.items.filter({ hasText: excerpt });
  }

  /** Moves a post one place earlier with the keyboard (Alt+↑), as a keyboard user does. */
  async moveEarlierByKeyboard(excerpt: string): Promise<void> {
    await this.item(excerpt).focus();
    await this.page.keyboard.press('Alt+ArrowUp');
  }

  get pauseButton(): Locator {
    return this.main.getByRole('button', { name: /^(Pause|Resume) queue$/ });
  }

  get status(): Locator {
    return this.main.getByRole('status');
  }
}
