// The unified inbox as an owner uses it, in Chromium against the real core and the
// schema-checked fake Mastodon: mentions synced by "Refresh", triage from the keyboard with the
// sidebar count following, a reply to our own post sent through the outbox (and one written
// offline, sent once when back online), labels, saved replies, filters and search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { startMastodonFake, type MastodonFake } from '../fakes/mastodon-fake';
import { MINUTE } from '../support/time';
import { AppPage } from './pages/app-page';
import { InboxPage } from './pages/inbox-page';
import { startApp, type AppHarness } from './support/app-harness';

const clock = new ManualClock(Date.UTC(2026, 10, 25, 15));

let fake: MastodonFake;
let app: AppHarness;
let shell: AppPage;
let inbox: InboxPage;
let ourStatusId: string;
const mention: Record<'sam' | 'rita' | 'noah', string> = { sam: '', rita: '', noah: '' };

beforeAll(async () => {
  [fake, app] = await Promise.all([
    startMastodonFake({ now: () => clock.now() }),
    startApp({ clock, timeZone: 'America/New_York' }),
  ]);
  app.page.setDefaultTimeout(10_000);
  shell = new AppPage(app.page);
  inbox = new InboxPage(app.page);
  await shell.waitUntilLoaded();
  // A channel added by hand that can never have an inbox.
  await app.call('channels.add', { network: 'discord', displayName: 'Shop Discord', handle: 'shop' });
}, 120_000);

afterAll(async () => {
  await app?.close();
  await fake?.close();
});

/** Someone mentions the owner a minute after the last thing that happened. */
function addMention(from: string, text: string, inReplyTo?: string): string {
  clock.advance(MINUTE);
  return fake.addMention({ from, text, inReplyTo }).statusId;
}

describe('the inbox', () => {
  it('invites the owner to connect a channel, and says why Discord has no inbox', async () => {
    await inbox.open();
    await inbox.main.getByRole('heading', { name: 'No channel with an inbox yet' }).waitFor();
    await expect
      .poll(() => inbox.channelNotes.textContent())
      .toContain("Discord webhooks can't receive replies, so they have no inbox.");
    await expect.poll(() => inbox.sidebarUnread()).toBe(0);
  });

  it('is all caught up once Mastodon is connected and nothing has come in', async () => {
    const channel = await app.call('channels.connect', {
      network: 'mastodon',
      instanceUrl: fake.url,
      accessToken: fake.accessToken,
    });
    // Our own post, published through Cadence, that Sam will answer.
    const post = await app.call('posts.create', { body: 'Open on Sunday from 9!', channelIds: [channel.id] });
    await app.call('posts.publishNow', { id: post.id });
    await app.core.whenIdle();
    ourStatusId = fake.statuses.find((status) => status.text === 'Open on Sunday from 9!')!.id;

    await inbox.main.getByRole('heading', { name: 'All caught up' }).waitFor();
    await inbox.refreshButton.click();
    await inbox.main.getByText(/^Last checked/).waitFor();
    await expect.poll(() => inbox.channelNotes.textContent()).toContain('Shop Discord');
  });

  it('lists new mentions newest first after a refresh, and counts them in the sidebar', async () => {
    mention.sam = addMention('sam@remote.example', 'Are you open at 9 on Sunday?', ourStatusId);
    mention.rita = addMention('rita@remote.example', 'Do you bake gluten-free bread?');
    mention.noah = addMention('noah@remote.example', 'Loved the croissants today');
    clock.advance(2 * MINUTE);
    await app.syncBrowserClock();
    await app.call('inbox.refresh');

    await inbox.waitForSidebarUnread(3);
    await inbox.waitForItemCount(3);
    const names = await inbox.itemNames();
    expect(names).toEqual([
      expect.stringMatching(/^New\. Mention from noah: @\w+ Loved the croissants today$/),
      expect.stringMatching(/^New\. Mention from rita: @\w+ Do you bake gluten-free bread\?$/),
      expect.stringMatching(/^New\. (Mention|Reply) from sam: @\w+ Are you open at 9 on Sunday\?$/),
    ]);
    // Times read relative today, on the business's clocks; the page re-reads its clock on a visit.
    await shell.goTo('Drafts');
    await inbox.open();
    await expect.poll(() => inbox.item('croissants').textContent()).toContain('2 min ago');
    await expect.poll(() => inbox.item('croissants').textContent()).toContain('Mastodon');
    await expect.poll(() => inbox.main.getByText('3 unread', { exact: true }).count()).toBe(1);
  });

  it('triages from the keyboard: j/k move and open, e marks done, u marks unread', async () => {
    await inbox.press('j');
    await expect.poll(() => inbox.current.textContent()).toContain('croissants');
    await expect.poll(() => inbox.current.evaluate((el) => el === document.activeElement)).toBe(true);
    await inbox.waitForSidebarUnread(2);

    await inbox.press('j');
    await expect.poll(() => inbox.current.textContent()).toContain('gluten-free');
    await inbox.waitForSidebarUnread(1);

    await inbox.press('k');
    await expect.poll(() => inbox.current.textContent()).toContain('croissants');
    await inbox.press('e');
    await inbox.waitForItemCount(2);
    await inbox.announcement.getByText("Marked done: noah's mention").waitFor();
    // The next item takes the done one's place.
    await expect.poll(() => inbox.current.textContent()).toContain('gluten-free');
    await expect.poll(() => inbox.sidebarUnread()).toBe(1);

    await inbox.press('u');
    await inbox.waitForSidebarUnread(2);
    await expect.poll(() => inbox.current.getAttribute('aria-label')).toMatch(/^New\. /);
    await expect.poll(async () => (await app.call('inbox.counts')).unread).toBe(2);
  });

  it('replies with r: the reply goes out under the mention, after our original post', async () => {
    await inbox.item('open at 9').click();
    await inbox.thread
      .getByRole('article', { name: 'Your post' })
      .getByText('Open on Sunday from 9!')
      .waitFor();
    await inbox.press('r');
    await expect.poll(() => inbox.replyBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await app.page.keyboard.type('Yes, from 9 to 2. See you!');
    await inbox.sendReply.click();

    await inbox.ownReplies.filter({ hasText: 'Yes, from 9 to 2. See you!' }).waitFor();
    await app.core.whenIdle();
    await inbox.ownReplies.filter({ hasText: 'Sent' }).waitFor();
    // Mastodon only tells people about replies that mention them, so Cadence adds the handle.
    const sent = fake.statuses.filter((status) => status.text.endsWith('Yes, from 9 to 2. See you!'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.inReplyToId).toBe(mention.sam);
  });

  it('keeps a reply written offline queued, and sends it once when back online', async () => {
    await inbox.item('gluten-free').click();
    app.testCore.online.set(false);
    await inbox.thread.getByText("Will send when you're back online").waitFor();
    await inbox.replyBox.fill('Every Friday, yes!');
    await inbox.sendReply.click();
    await inbox.ownReplies.filter({ hasText: "Queued — will send when you're back online" }).waitFor();
    await app.core.whenIdle();
    expect(fake.statuses.filter((status) => status.text.endsWith('Every Friday, yes!'))).toHaveLength(0);

    app.testCore.online.set(true);
    await app.core.whenIdle();
    await inbox.ownReplies.filter({ hasText: 'Sent' }).waitFor();
    const sent = fake.statuses.filter((status) => status.text.endsWith('Every Friday, yes!'));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.inReplyToId).toBe(mention.rita);
  });

  it('inserts a saved reply into the reply box', async () => {
    await inbox.item('open at 9').click();
    await inbox.createSavedReply('Opening hours', 'We are open 8–6, Sundays 9–2.');
    await inbox.insertSavedReply('Opening hours');
    await expect.poll(() => inbox.replyBox.inputValue()).toBe('We are open 8–6, Sundays 9–2.');
    await inbox.replyBox.fill('');
  });

  it('labels items, and filters by label, status, kind and search', async () => {
    await inbox.item('gluten-free').click();
    await inbox.addLabel('Question');
    await inbox.item('gluten-free').getByText('Question', { exact: true }).waitFor();

    await inbox.filter('Label').selectOption('Question');
    await inbox.waitForItemCount(1);
    await expect.poll(() => inbox.items.first().textContent()).toContain('gluten-free');
    await inbox.filter('Label').selectOption('');

    await inbox.filter('Status').selectOption('Done');
    await inbox.waitForItemCount(1);
    await expect.poll(() => inbox.items.first().textContent()).toContain('croissants');
    await inbox.filter('Status').selectOption('All');
    await inbox.waitForItemCount(3);
    await inbox.filter('Status').selectOption('New and read');
    await inbox.waitForItemCount(2);

    await inbox.filter('Kind').selectOption('Quote');
    await inbox.main.getByRole('heading', { name: 'Nothing matches these filters' }).waitFor();
    await inbox.filter('Kind').selectOption('Mention');
    const mentions = await app.call('inbox.list', { kind: 'mention', status: 'read' });
    const unreadMentions = await app.call('inbox.list', { kind: 'mention', status: 'new' });
    await inbox.waitForItemCount(mentions.total + unreadMentions.total);
    await inbox.filter('Kind').selectOption('');

    await inbox.search.fill('sunday');
    await inbox.waitForItemCount(1);
    await expect.poll(() => inbox.items.first().textContent()).toContain('open at 9');
    await inbox.search.fill('nothing like this');
    await inbox.main.getByRole('heading', { name: 'Nothing matches these filters' }).waitFor();
    await inbox.main.getByRole('button', { name: 'Clear filters' }).click();
    await inbox.waitForItemCount(2);
    await expect.poll(() => inbox.search.inputValue()).toBe('');
  });

  it('acts on ticked items in bulk', async () => {
    await inbox.checkbox('gluten-free').check();
    await inbox.checkbox('open at 9').check();
    await inbox.bulk('Mark done').click();
    await inbox.main.getByRole('heading', { name: 'All caught up' }).waitFor();
    await inbox.waitForSidebarUnread(0);
    await inbox.filter('Status').selectOption('Done');
    await inbox.waitForItemCount(3);
    await inbox.list.getByRole('checkbox', { name: 'Select all shown' }).check();
    await inbox.bulk('Mark undone').click();
    await inbox.main.getByRole('heading', { name: 'Nothing matches these filters' }).waitFor();
    // The fake's remote avatars live on hosts that do not exist; the initials stand in for them.
    const unresolvedAvatar = 'Failed to load resource: net::ERR_NAME_NOT_RESOLVED';
    expect(app.browserErrors.filter((error) => error !== unresolvedAvatar)).toEqual([]);
  });

  it('loads older items with "Load more"', async () => {
    for (let n = 1; n <= 50; n++) addMention(`fan${n}@remote.example`, `Question number ${n}`);
    await app.call('inbox.refresh');
    await inbox.filter('Status').selectOption('All');
    await inbox.waitForItemCount(50);
    await expect.poll(() => inbox.list.getByText('Showing 50 of 53').count()).toBe(1);
    await inbox.list.getByRole('button', { name: 'Load more' }).click();
    await inbox.waitForItemCount(53);
    await expect.poll(() => inbox.list.getByText('53 items', { exact: true }).count()).toBe(1);
    await expect.poll(() => inbox.list.getByRole('button', { name: 'Load more' }).count()).toBe(0);
    // Newest first across both pages: the first mentions close the list.
    await expect.poll(async () => (await inbox.itemNames()).at(-1)).toMatch(/from sam:/);
  });

  it('says in plain words when a channel could not be checked, and refreshes it', async () => {
    fake.faults.add({ kind: 'server-error', status: 503 }, { method: 'GET', path: '/api/v1/notifications' });
    await inbox.refreshButton.click();
    const note = inbox.channelNotes.getByRole('listitem').filter({ hasText: 'couldn’t be checked' });
    await note.waitFor();
    const channelRefresh = note.getByRole('button', { name: /^Refresh / });
    await channelRefresh.click();
    await note.waitFor({ state: 'detached' });
    await inbox.main.getByText('Last checked just now').waitFor();
  });
});
