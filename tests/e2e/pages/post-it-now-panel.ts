// The "Post it now" panel above every screen: one card per reminder due on a "Remind me" channel,
// with its text to copy, the network's composer, "I posted it" with a link, and "Snooze 15 min".
import type { Locator, Page } from 'playwright-core';

export class PostItNowPanel {
  constructor(readonly page: Page) {}

  get region(): Locator {
    return this.page.getByRole('region', { name: /^Post (it|these) now/ });
  }

  /** The card "Time to post on TikTok (<channel>)". */
  card(network: string): Locator {
    return this.region.getByRole('article', { name: new RegExp(`^Time to post on ${network} `) });
  }

  /** The text the owner pastes into the network's composer. */
  async textToCopy(network: string): Promise<string> {
    return this.card(network).getByLabel('Text to post').inputValue();
  }

  openButton(network: string): Locator {
    return this.card(network).getByRole('button', { name: `Open ${network}`, exact: true });
  }

  copyButton(network: string): Locator {
    return this.card(network).getByRole('button', { name: 'Copy text', exact: true });
  }

  /** "I posted it", with the live post's address when given. */
  async posted(network: string, liveUrl?: string): Promise<void> {
    const card = this.card(network);
    if (liveUrl !== undefined) await card.getByLabel('Link to the live post (optional)').fill(liveUrl);
    await card.getByRole('button', { name: 'I posted it', exact: true }).click();
  }
}
