// The inbox as an owner sees it: the sidebar link with its unread count, filters, the list of
// items (each a checkbox and an "open" button), the open thread and its reply box.
import type { Locator } from 'playwright-core';
import { BasePage } from './base-page';

export type StatusFilter = 'New and read' | 'New' | 'Read' | 'Done' | 'All';

export class InboxPage extends BasePage {
  protected override readonly title = 'Inbox';
  protected override readonly loadingText = 'Loading the inbox…';

  /** The sidebar's Inbox button: "Inbox" or "Inbox, 3 unread". */
  get navButton(): Locator {
    return this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name: /^Inbox(, \d+ unread)?$/ });
  }

  async open(): Promise<void> {
    await this.navButton.click();
    await this.waitUntilLoaded();
  }

  /** The unread count the sidebar announces: 3 for "Inbox, 3 unread", 0 for "Inbox". */
  async sidebarUnread(): Promise<number> {
    const name = (await this.navButton.getAttribute('aria-label')) ?? '';
    return Number(/, (\d+) unread$/.exec(name)?.[1] ?? 0);
  }

  /** Waits until the sidebar shows `count` unread. */
  async waitForSidebarUnread(count: number): Promise<void> {
    const name = count === 0 ? 'Inbox' : `Inbox, ${count} unread`;
    await this.page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('button', { name, exact: true })
      .waitFor();
  }

  get list(): Locator {
    return this.main.getByRole('region', { name: 'Inbox items' });
  }

  /** Every item's open button, in list order; names read "<Kind> from <author>: <snippet>". */
  get items(): Locator {
    return this.list.locator('.inbox-row-open');
  }

  /** The open buttons' accessible names, in list order. */
  async itemNames(): Promise<string[]> {
    return this.items.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label') ?? ''));
  }

  /** The open button of the item whose text contains `text`. */
  item(text: string): Locator {
    return this.items.filter({ hasText: text });
  }

  /** The bulk checkbox of the item whose text contains `text`. */
  checkbox(text: string): Locator {
    return this.list.locator('.inbox-row').filter({ hasText: text }).getByRole('checkbox');
  }

  /** The current item's open button (aria-current="true"). */
  get current(): Locator {
    return this.list.locator('.inbox-row-open[aria-current="true"]');
  }

  async waitForItemCount(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('.inbox-row-open').length === n, count);
  }

  /** Presses a key with nothing typed into: j, k, e, u or r. */
  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  get announcement(): Locator {
    return this.main.getByRole('status');
  }

  filter(name: 'Channel' | 'Kind' | 'Status' | 'Label'): Locator {
    return this.main.getByRole('combobox', { name, exact: true });
  }

  get search(): Locator {
    return this.main.getByRole('searchbox', { name: 'Search' });
  }

  get refreshButton(): Locator {
    return this.main.getByRole('button', { name: 'Refresh', exact: true });
  }

  get thread(): Locator {
    return this.main.getByRole('region', { name: 'Thread' });
  }

  get replyBox(): Locator {
    return this.thread.getByRole('textbox', { name: 'Reply', exact: true });
  }

  get sendReply(): Locator {
    return this.thread.getByRole('button', { name: 'Send reply' });
  }

  /** Our replies in the thread, each with where it stands ("Queued", "Sent"…). */
  get ownReplies(): Locator {
    return this.thread.getByRole('listitem', { name: 'Your reply' });
  }

  triage(name: 'Mark done' | 'Mark undone' | 'Mark read' | 'Mark unread'): Locator {
    return this.thread.getByRole('toolbar', { name: 'Triage' }).getByRole('button', { name, exact: true });
  }

  bulk(name: 'Mark read' | 'Mark unread' | 'Mark done' | 'Mark undone'): Locator {
    return this.list
      .getByRole('toolbar', { name: 'Bulk actions' })
      .getByRole('button', { name, exact: true });
  }

  /** Adds a label to the open item through its label picker, creating the label. */
  async addLabel(label: string): Promise<void> {
    await this.thread.getByRole('button', { name: /^Labels for / }).click();
    await this.thread.getByRole('textbox', { name: 'New label' }).fill(label);
    await this.thread.getByRole('button', { name: 'Add label' }).click();
  }

  /** Saves a snippet through "Insert saved reply" → "Manage saved replies". */
  async createSavedReply(title: string, body: string): Promise<void> {
    await this.thread.getByRole('button', { name: 'Insert saved reply' }).click();
    await this.thread.getByRole('button', { name: 'Manage saved replies' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Saved replies' });
    await dialog.getByRole('button', { name: 'New saved reply' }).click();
    await dialog.getByRole('textbox', { name: 'Name' }).fill(title);
    await dialog.getByRole('textbox', { name: 'Text' }).fill(body);
    await dialog.getByRole('button', { name: 'Save reply' }).click();
    await dialog.getByText(title, { exact: true }).waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
  }

  async insertSavedReply(title: string): Promise<void> {
    await this.thread.getByRole('button', { name: 'Insert saved reply' }).click();
    await this.thread
      .getByRole('group', { name: 'Saved replies' })
      .getByRole('button', { name: title })
      .click();
  }

  /** The plain sentences under the filters: failing syncs and channels without an inbox. */
  get channelNotes(): Locator {
    return this.main.getByRole('list', { name: 'Channel notes' });
  }
}
