// Settings: the business's name and time zone, and the channels added by hand.
import type { Locator, Page } from 'playwright-core';

export type NetworkLabel = 'Bluesky' | 'Mastodon' | 'Telegram' | 'Discord' | 'Webhook' | 'X';

export class SettingsPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: 'Settings' });
  }

  get businessName(): Locator {
    return this.main.getByLabel('Business name');
  }

  get timeZone(): Locator {
    return this.main.getByLabel('Time zone');
  }

  async saveBusiness(details: { name?: string; timeZone?: string }): Promise<void> {
    if (details.name !== undefined) await this.businessName.fill(details.name);
    if (details.timeZone !== undefined) await this.timeZone.selectOption(details.timeZone);
    await this.main.getByRole('button', { name: 'Save business details' }).click();
    await this.main.getByText('Business details saved.').waitFor();
  }

  /** Fills the add-channel form and submits it; does not wait, so invalid input can be tried. */
  async addChannel(channel: { network: NetworkLabel; name: string; handle: string }): Promise<void> {
    await this.main.getByLabel('Network').selectOption({ label: channel.network });
    await this.main.getByLabel('Channel name').fill(channel.name);
    await this.main.getByLabel('Handle').fill(channel.handle);
    await this.main.getByRole('button', { name: 'Add channel' }).click();
  }

  /** The list of channels added so far. */
  get channelList(): Locator {
    return this.main.getByRole('list', { name: 'Your channels' });
  }

  channel(displayName: string): Locator {
    return this.channelList.getByRole('listitem').filter({ hasText: displayName });
  }

  async removeChannel(displayName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Remove ${displayName}` }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Remove channel' }).click();
  }

  get alerts(): Locator {
    return this.main.getByRole('alert');
  }
}
