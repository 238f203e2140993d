// Settings: the business's name and time zone, the channels (connected or added by hand), and
// the publishing preferences.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type NetworkLabel =
  | 'Bluesky'
  | 'Mastodon'
  | 'Telegram'
  | 'Discord'
  | 'Webhook'
  | 'X'
  | 'Facebook'
  | 'Instagram'
  | 'Threads'
  | 'LinkedIn'
  | 'Remind me';
export type ConnectableLabel = NetworkLabel;
export type GraceWindowLabel = '15 min' | '30 min' | '1 hour' | '2 hours' | '6 hours' | '24 hours';

const BADGE = /^(Connected|Sign-in expired — reconnect|Not connected \(can't publish\))$/;

export class SettingsPage extends BasePage {
  protected override readonly title = 'Settings';

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

  // ---- Channels ----

  get channelsSection(): Locator {
    return this.main.getByRole('region', { name: 'Channels', exact: true });
  }

  get webModeNotice(): Locator {
    return this.channelsSection.getByText('This window is running in web mode');
  }

  /** The line under the channel list that says what just happened ("Connected …", "Removed …"). */
  get channelStatus(): Locator {
    return this.channelsSection.getByRole('status').last();
  }

  get manualForm(): Locator {
    return this.main.getByRole('form', { name: 'Add a channel by hand' });
  }

  /** Fills the add-by-hand form and submits it; does not wait, so invalid input can be tried. */
  async addChannel(channel: { network: NetworkLabel; name: string; handle: string }): Promise<void> {
    if (!(await this.manualForm.isVisible())) {
      await this.main.getByRole('button', { name: 'Add a channel by hand', exact: true }).click();
    }
    await this.manualForm.getByLabel('Network').selectOption({ label: channel.network });
    await this.manualForm.getByLabel('Channel name').fill(channel.name);
    await this.manualForm.getByLabel('Handle').fill(channel.handle);
    await this.manualForm.getByRole('button', { name: 'Add channel' }).click();
  }

  /** The list of channels added so far. */
  get channelList(): Locator {
    return this.main.getByRole('list', { name: 'Your channels' });
  }

  channel(displayName: string): Locator {
    return this.channelList.getByRole('listitem').filter({ hasText: displayName });
  }

  /** The connection state in words: "Connected", "Sign-in expired — reconnect" or "Not connected (can't publish)". */
  async channelBadge(displayName: string): Promise<string> {
    return ((await this.channel(displayName).getByText(BADGE).textContent()) ?? '').trim();
  }

  async waitForBadge(displayName: string, badge: string): Promise<void> {
    await this.channel(displayName).getByText(badge, { exact: true }).waitFor();
  }

  /** Clicks "Test connection" and returns what it found (the account, or the core's error). */
  async testConnection(displayName: string): Promise<string> {
    const row = this.channel(displayName);
    await row.getByRole('button', { name: `Test connection: ${displayName}` }).click();
    const outcome = row.getByRole('status').or(row.getByRole('alert'));
    await outcome.waitFor();
    return ((await outcome.textContent()) ?? '').trim();
  }

  async disconnect(displayName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Disconnect ${displayName}`, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Disconnect', exact: true }).click();
  }

  /** Opens the channel's sign-in form ("Reconnect <name>"), with the channel kept. */
  async reconnect(displayName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Reconnect ${displayName}`, exact: true }).click();
  }

  async removeChannel(displayName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Remove ${displayName}`, exact: true }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Remove channel' }).click();
  }

  // ---- Connecting ----

  /** The open "Connect an account" (or "Reconnect …") panel. */
  get connectPanel(): Locator {
    return this.channelsSection.getByRole('region', { name: /^(Connect an account|Reconnect )/ });
  }

  connectForm(network: ConnectableLabel): Locator {
    return this.main.getByRole('form', { name: `Connect ${network}` });
  }

  /** Opens "Connect an account" and picks the network. */
  async openConnect(network: ConnectableLabel): Promise<Locator> {
    const panel = this.channelsSection.getByRole('region', { name: 'Connect an account', exact: true });
    if (!(await panel.isVisible())) {
      await this.main.getByRole('button', { name: 'Connect an account', exact: true }).click();
    }
    await panel.getByRole('radio', { name: network, exact: true }).check();
    return this.connectForm(network);
  }

  /** Fills the Bluesky form (a new account, or the reconnect form if one is open) and submits. */
  async connectBluesky(account: {
    server?: string;
    identifier?: string;
    appPassword: string;
    name?: string;
  }): Promise<void> {
    const form = (await this.connectForm('Bluesky').isVisible())
      ? this.connectForm('Bluesky')
      : await this.openConnect('Bluesky');
    if (account.server !== undefined) await form.getByLabel('Server').fill(account.server);
    if (account.identifier !== undefined) await form.getByLabel('Handle or email').fill(account.identifier);
    await form.getByLabel('App password').fill(account.appPassword);
    if (account.name !== undefined) await form.getByLabel('Name in Cadence').fill(account.name);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** Opens the Webhook form and fills it; the secret is typed, or generated when omitted. Submits. */
  async connectWebhook(webhook: { url: string; signingSecret?: string; name?: string }): Promise<void> {
    const form = await this.openConnect('Webhook');
    await form.getByLabel('Webhook URL').fill(webhook.url);
    if (webhook.signingSecret !== undefined)
      await form.getByLabel('Signing secret').fill(webhook.signingSecret);
    else await this.generateSigningSecret();
    if (webhook.name !== undefined) await form.getByLabel('Name in Cadence').fill(webhook.name);
    await form.getByRole('button', { name: 'Connect', exact: true }).click();
  }

  /** Adds a "Remind me" channel for a network's preset ("TikTok"): no sign-in, only the network. */
  async addReminder(network: string): Promise<void> {
    const form = await this.openConnect('Remind me');
    await form.getByLabel('Network', { exact: true }).selectOption({ label: network });
    await form.getByRole('button', { name: 'Add channel', exact: true }).click();
  }

  /** Clicks "Generate" in the Webhook form and returns the secret it filled in. */
  async generateSigningSecret(): Promise<string> {
    const form = this.connectForm('Webhook');
    await form.getByRole('button', { name: 'Generate', exact: true }).click();
    return form.getByLabel('Signing secret').inputValue();
  }

  // ---- Publishing preferences ----

  get publishingSection(): Locator {
    return this.main.getByRole('region', { name: 'Publishing', exact: true });
  }

  get closeToTray(): Locator {
    return this.publishingSection.getByRole('checkbox', { name: /Keep Cadence running in the tray/ });
  }

  get notifyOnSuccess(): Locator {
    return this.publishingSection.getByRole('checkbox', { name: 'Notify me when a post is published' });
  }

  get graceWindow(): Locator {
    return this.publishingSection.getByLabel('Publish missed posts if they are late by up to');
  }

  async setCloseToTray(on: boolean): Promise<void> {
    await this.closeToTray.setChecked(on);
    await this.waitForSaved();
  }

  async setNotifyOnSuccess(on: boolean): Promise<void> {
    await this.notifyOnSuccess.setChecked(on);
    await this.waitForSaved();
  }

  async setGraceWindow(label: GraceWindowLabel): Promise<void> {
    await this.graceWindow.selectOption({ label });
    await this.waitForSaved();
  }

  private async waitForSaved(): Promise<void> {
    await this.publishingSection.getByRole('status').getByText('Saved', { exact: true }).waitFor();
  }
}
