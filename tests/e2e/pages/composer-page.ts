// The composer as an owner uses it: text, channels, per-channel counters and text, images with
// alt text, the save indicator, scheduling (with the time-choice dialog for skipped or repeated
// times), publishing now, the delivery status per channel, the activity log and deleting.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export class ComposerPage extends BasePage {
  get text(): Locator {
    return this.main.getByLabel('Post text');
  }

  /** The autosave indicator: "Saving…", "Saved" or "Not saved — …". */
  get saveStatus(): Locator {
    return this.main.getByRole('status').filter({ hasText: /Sav|saved|Not saved/ });
  }

  /** The composer is open once its text box is. */
  override async waitUntilLoaded(): Promise<void> {
    await this.text.waitFor();
  }

  async write(text: string): Promise<void> {
    await this.text.fill(text);
  }

  /** Types key by key, as a person does, so every keystroke goes through autosave. */
  async type(text: string): Promise<void> {
    await this.text.pressSequentially(text);
  }

  async waitUntilSaved(): Promise<void> {
    await this.saveStatus.filter({ hasText: /^Saved$/ }).waitFor();
  }

  /** A channel checkbox, named "<display name> (<network>)". */
  channel(displayName: string): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`^${escape(displayName)} \\(`) });
  }

  async pickChannel(displayName: string): Promise<void> {
    await this.channel(displayName).check();
  }

  get addChannelInvitation(): Locator {
    return this.main.getByRole('button', { name: 'Add a channel' });
  }

  get imageInput(): Locator {
    return this.main.getByLabel('Add images');
  }

  async attachImages(...paths: string[]): Promise<void> {
    await this.imageInput.setInputFiles(paths);
  }

  image(fileName: string): Locator {
    return this.main.getByRole('listitem').filter({ has: this.page.getByLabel(`Alt text for ${fileName}`) });
  }

  altText(fileName: string): Locator {
    return this.main.getByLabel(`Alt text for ${fileName}`);
  }

  async describeImage(fileName: string, altText: string): Promise<void> {
    await this.altText(fileName).fill(altText);
  }

  async removeImage(fileName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Remove ${fileName}` }).click();
  }

  get date(): Locator {
    return this.main.getByLabel('Date', { exact: true });
  }

  get time(): Locator {
    return this.main.getByLabel('Time', { exact: true });
  }

  /** "Best: Tue 6:00 PM" (one channel chosen) or "Best for Shop: …" (several) under the time. */
  get bestTimes(): Locator {
    return this.main.getByRole('button', { name: /^Best( for .*)?: / });
  }

  /** "also Thu 12:00 PM": the next best hour, beside the best one. */
  get alsoBestTime(): Locator {
    return this.main.getByRole('button', { name: /^also / });
  }

  get scheduleButton(): Locator {
    return this.main.getByRole('button', { name: /^(Schedule|Reschedule)$/ });
  }

  /** Fills the date ("2026-12-01") and time ("09:00") and presses Schedule (or Reschedule). */
  async schedule(date: string, time: string): Promise<void> {
    await this.date.fill(date);
    await this.time.fill(time);
    await this.scheduleButton.click();
  }

  /** "Scheduled for Tue, Dec 1, 2026 at 9:00 AM (America/New_York)", once scheduled. */
  get addToQueueButton(): Locator {
    return this.main.getByRole('button', { name: /^(Add to queue|Move to the next free time)$/ });
  }

  /** "In the queue for <time>.", once the post sits in a queue slot. */
  get queuedSummary(): Locator {
    return this.main.getByText(/^In the queue for /);
  }

  /** Alt+Q, the composer's "Add to queue" shortcut. */
  async addToQueueByKeyboard(): Promise<void> {
    await this.page.keyboard.press('Alt+KeyQ');
  }

  get scheduledSummary(): Locator {
    return this.main.getByRole('region', { name: 'When' }).getByText(/^Scheduled for /);
  }

  async moveToDrafts(): Promise<void> {
    await this.main.getByRole('button', { name: 'Move to drafts' }).click();
  }

  /** The dialog that asks which real time the owner means when the clocks skip or repeat one. */
  get timeChoiceDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Choose a time' });
  }

  /** The options the time-choice dialog offers, as their button labels ("Use 03:30 EDT on 2027-03-14"). */
  async timeChoices(): Promise<string[]> {
    const buttons = this.timeChoiceDialog.getByRole('button', { name: /^Use / });
    return (await buttons.allTextContents()).map((label) => label.trim());
  }

  async chooseTime(label: string): Promise<void> {
    await this.timeChoiceDialog.getByRole('button', { name: label, exact: true }).click();
  }

  async deletePost(): Promise<void> {
    await this.main.getByRole('button', { name: 'Delete post' }).click();
    await this.page
      .getByRole('dialog', { name: 'Delete this post?' })
      .getByRole('button', { name: 'Delete permanently' })
      .click();
  }

  /** The live length counter for a channel: "Bluesky · Corner Bakery 36/300". */
  /** The preview of the post on a network ("Preview on Bluesky"). */
  preview(network: string): Locator {
    return this.main.getByRole('article', { name: `Preview on ${network}` });
  }

  counter(displayName: string): Locator {
    return this.main
      .getByRole('group', { name: 'Length for each channel' })
      .getByRole('listitem')
      .filter({ hasText: ` · ${displayName}` });
  }

  /** The channel's own text card row (a group named after the channel). */
  variant(displayName: string): Locator {
    return this.main.getByRole('group', { name: displayName, exact: true });
  }

  async customizeFor(displayName: string): Promise<void> {
    await this.main.getByRole('button', { name: `Customize for ${displayName}` }).click();
  }

  variantText(displayName: string): Locator {
    return this.main.getByLabel(`Text for ${displayName}`);
  }

  async useMainText(displayName: string): Promise<void> {
    await this.variant(displayName).getByRole('button', { name: 'Use the main text' }).click();
  }

  get publishCard(): Locator {
    return this.main.getByRole('region', { name: 'Publish' });
  }

  get publishNowButton(): Locator {
    return this.publishCard.getByRole('button', { name: /^(Publish now|Publishing…)$/ });
  }

  /** Why Publish now is disabled, when it is. */
  get publishBlockedReason(): Locator {
    return this.publishCard.locator('.publish-blocked');
  }

  async publishNow(): Promise<void> {
    await this.publishNowButton.click();
  }

  get delivery(): Locator {
    return this.main.getByRole('region', { name: 'Delivery' });
  }

  /** One channel's delivery row: "Shop (Bluesky) Published · View post". */
  deliveryRow(displayName: string): Locator {
    return this.delivery.getByRole('listitem').filter({ hasText: displayName });
  }

  viewPostLink(displayName: string): Locator {
    return this.deliveryRow(displayName).getByRole('link', { name: 'View post' });
  }

  get activity(): Locator {
    return this.main.getByRole('region', { name: 'Activity' });
  }

  async showActivity(): Promise<void> {
    await this.activity.getByRole('button', { name: 'Show activity' }).click();
  }

  /** The activity entries shown, newest first, as their text. */
  async activityEntries(): Promise<string[]> {
    const texts = await this.activity.getByRole('listitem').allTextContents();
    return texts.map((text) => text.trim());
  }

  /** Duplicate: a new draft from this post, which the composer then opens. */
  get duplicateButton(): Locator {
    return this.main.getByRole('button', { name: 'Duplicate', exact: true });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
