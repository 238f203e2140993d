// Publishing as a new owner does it, in Chromium against the real core and a real local Bluesky
// PDS: the per-network counter and per-channel text, "Publish now" with its link, a post
// scheduled a minute ahead going out live, a post too long for Bluesky held back, offline
// waiting, the activity log, a link sent with its card, and publishing or spotting trouble from the
// calendar.
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { htmlPage, imageRoute, startLinkPages, type LinkPages } from '../support/link-pages';
import { pngBase64 } from '../support/publish-steps';
import { AppPage } from './pages/app-page';
import { CalendarPage } from './pages/calendar-page';
import { ComposerKit } from './pages/composer-kit';
import { ComposerPage } from './pages/composer-page';
import { startApp, type AppHarness } from './support/app-harness';

const SHOP = 'Corner Bakery';
const PUBLISHED_LINK = /^https:\/\/bsky\.app\/profile\/alice\.test\/post\/[a-z0-9]+$/;

let network: BlueskyNetwork;
let pages: LinkPages;
let alice: BlueskyAccount;
let app: AppHarness;
let shell: AppPage;
let composer: ComposerPage;
let calendar: CalendarPage;

beforeAll(async () => {
  [network, pages, app] = await Promise.all([
    startBlueskyNetwork(),
    startLinkPages(),
    // The shop's page is served on 127.0.0.1, which the app refuses: this core may read loopback.
    startApp({ timeZone: 'America/New_York', linkCardGuard: (address) => address === '127.0.0.1' }),
  ]);
  alice = await network.createAccount('alice');
  shell = new AppPage(app.page);
  composer = new ComposerPage(app.page);
  calendar = new CalendarPage(app.page);
  await shell.waitUntilLoaded();
  // Connected behind the UI's back: the Settings connect flow has its own e2e file.
  await app.call('channels.connect', {
    network: 'bluesky',
    serviceUrl: network.pdsUrl,
    identifier: alice.handle,
    appPassword: alice.password,
    displayName: SHOP,
  });
}, 180_000);

afterAll(async () => {
  await app?.close();
  await network?.stop();
  await pages?.stop();
});

/** The texts alice has on her PDS, newest first. */
async function postsOnPds(): Promise<string[]> {
  const agent = new AtpAgent({ service: network.pdsUrl });
  const { data } = await agent.com.atproto.repo.listRecords({
    repo: alice.did,
    collection: 'app.bsky.feed.post',
  });
  return data.records.map((record) => (record.value as { text: string }).text);
}

async function writePost(text: string, channel = SHOP): Promise<void> {
  await shell.newPost();
  await composer.waitUntilLoaded();
  await composer.write(text);
  await composer.pickChannel(channel);
  await composer.waitUntilSaved();
}

/** Writes a post for tomorrow (Thursday, Nov 26) at `time` and returns its id. */
async function scheduledFromComposer(text: string, time: string): Promise<string> {
  await writePost(text);
  await composer.schedule('2026-11-26', time);
  await composer.scheduledSummary.waitFor();
  const day = await app.call('calendar.range', { from: Date.UTC(2026, 10, 26), to: Date.UTC(2026, 10, 27) });
  const post = day.find((summary) => summary.excerpt === text);
  expect(post, text).toBeDefined();
  return post!.id;
}

/**
 * A laptop cannot sleep, nor a network hang, inside this test: the post's targets are set the
 * way the outbox leaves them, and the page is opened afresh to read them.
 */
function markTargets(postId: string, state: 'missed' | 'unknown', lastError: string): void {
  const db = app.core.database.sqlite;
  db.prepare("UPDATE posts SET status = 'failed' WHERE id = ?").run(postId);
  db.prepare(
    'UPDATE post_targets SET state = ?, last_error = ?, next_attempt_at = NULL WHERE post_id = ?',
  ).run(state, lastError, postId);
}

async function openFromCalendar(postId: string): Promise<void> {
  await app.open();
  await shell.waitUntilLoaded();
  await calendar.waitUntilLoaded();
  await calendar.chip(postId).click();
  await composer.waitUntilLoaded();
}

async function waitForRow(text: string | RegExp, channel = SHOP): Promise<string> {
  const row = composer.deliveryRow(channel).filter({ hasText: text });
  await row.waitFor();
  return ((await row.textContent()) ?? '').trim();
}

describe('publishing to Bluesky', () => {
  it('counts by Bluesky’s rules, publishes now and links to the post', async () => {
    await expect.poll(() => shell.outboxStatus.textContent()).toBe('Nothing queued');
    const text = 'Fresh sourdough at the corner today 🍞';
    await writePost(text);
    // 37 graphemes: the loaf is one, though it is two UTF-16 units.
    await expect.poll(() => composer.counter(SHOP).textContent()).toContain('Bluesky · Corner Bakery');
    await expect.poll(() => composer.counter(SHOP).textContent()).toContain('37/300');

    await composer.publishNow();
    await expect.poll(() => waitForRow('Published')).toBe(`${SHOP} (Bluesky)Published · View post`);
    const link = composer.viewPostLink(SHOP);
    await expect.poll(() => link.getAttribute('href')).toMatch(PUBLISHED_LINK);
    await expect.poll(() => link.getAttribute('target')).toBe('_blank');
    await expect.poll(() => link.getAttribute('rel')).toContain('noopener');
    await expect.poll(() => postsOnPds()).toEqual([text]);

    // Published posts are kept as they went out.
    await expect.poll(() => composer.text.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => composer.publishCard.count()).toBe(0);
    await expect.poll(() => composer.scheduleButton.count()).toBe(0);
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });

  it('schedules a post a minute ahead and shows it published without a reload', async () => {
    await writePost('Cinnamon rolls are out of the oven');
    // The core's clock reads 12:00 UTC, 7:00 AM in New York.
    await composer.schedule('2026-11-25', '07:01');
    await composer.scheduledSummary.waitFor();
    await expect.poll(() => waitForRow('Waiting')).toBe(`${SHOP} (Bluesky)Waiting for 7:01 AM`);
    await shell.outboxStatus.filter({ hasText: '1 queued · next at 7:01 AM' }).waitFor();

    app.clock.advance(60_000);
    await app.core.whenIdle();
    await app.syncBrowserClock();
    await waitForRow('Published · View post');
    await expect.poll(() => composer.viewPostLink(SHOP).getAttribute('href')).toMatch(PUBLISHED_LINK);
    await shell.outboxStatus.filter({ hasText: 'Nothing queued' }).waitFor();
    await expect.poll(() => postsOnPds()).toContain('Cinnamon rolls are out of the oven');
  });

  it('holds back 301 graphemes with Bluesky’s reason, and lets a shorter Bluesky text through', async () => {
    const tooLong = `🍞${'a'.repeat(300)}`;
    await writePost(tooLong);
    const counter = composer.counter(SHOP);
    await expect.poll(() => counter.textContent()).toContain('301/300');
    await expect
      .poll(() => counter.textContent())
      .toContain('Bluesky allows 300 characters; this is 301. Shorten it by 1.');
    await expect.poll(() => composer.publishNowButton.isDisabled()).toBe(true);
    await expect.poll(() => composer.scheduleButton.isDisabled()).toBe(true);
    await expect
      .poll(() => composer.publishBlockedReason.textContent())
      .toBe(
        'Fix this first — Bluesky · Corner Bakery: Bluesky allows 300 characters; this is 301. Shorten it by 1.',
      );

    await composer.customizeFor(SHOP);
    await composer.variantText(SHOP).fill('Sourdough, the short version 🍞');
    await composer.waitUntilSaved();
    await expect.poll(() => counter.textContent()).toContain('30/300');
    await expect.poll(() => composer.publishNowButton.isEnabled()).toBe(true);
    const [summary] = await app.call('posts.listDrafts');
    const stored = await app.call('posts.get', { id: summary!.id });
    expect(stored.targets.map((target) => target.bodyOverride)).toEqual(['Sourdough, the short version 🍞']);

    await composer.useMainText(SHOP);
    await composer.waitUntilSaved();
    await expect.poll(() => composer.variantText(SHOP).count()).toBe(0);
    await expect.poll(() => composer.publishNowButton.isDisabled()).toBe(true);
    await expect
      .poll(async () => (await app.call('posts.get', { id: stored.id })).targets[0]!.bodyOverride)
      .toBeNull();
  });

  it('waits while offline, says so, and publishes once back online, with every step in the log', async () => {
    await writePost('Closed Thursday for Thanksgiving');
    app.testCore.online.set(false);
    await shell.outboxStatus
      .filter({ hasText: "Offline — scheduled posts will publish when you're back online" })
      .waitFor();

    await composer.publishNow();
    await expect
      .poll(() => waitForRow('Offline'))
      .toBe(`${SHOP} (Bluesky)Offline — will publish when online`);
    await expect.poll(() => postsOnPds()).not.toContain('Closed Thursday for Thanksgiving');

    app.testCore.online.set(true);
    await app.core.whenIdle();
    await waitForRow('Published · View post');
    await expect.poll(() => postsOnPds()).toContain('Closed Thursday for Thanksgiving');

    await composer.showActivity();
    const entries = await composer.activityEntries();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatch(/^Nov 25, 2026, 7:01:00 AMPublished on Bluesky \(alice\.test\)\./);
    expect(entries[0]).toMatch(/Server answered: https:\/\/bsky\.app\/profile\/alice\.test\/post\//);
    expect(entries[1]).toBe('Nov 25, 2026, 7:01:00 AMPublish now requested.');
  });
  it('sends a link with its card: previewed in the composer, and on the PDS with title, description and picture', async () => {
    pages.route(
      '/winter-menu',
      htmlPage({ 'og:title': 'Winter menu', 'og:description': 'Soups and stews', 'og:image': '/soup.png' }),
    );
    pages.route('/soup.png', imageRoute(Buffer.from(await pngBase64(2), 'base64')));
    const text = `Our winter menu is here: ${pages.origin}/winter-menu`;
    await writePost(text);
    const preview = composer.preview('Bluesky');
    await expect.poll(() => preview.locator('figure').textContent()).toContain('Winter menu');
    await expect.poll(() => preview.textContent()).toContain('Cadence sends this card with the post.');

    // The shop's test page is on http://, which the brand kit flags: the owner posts anyway.
    await composer.publishNow();
    await new ComposerKit(app.page).postAnyway();
    await expect.poll(() => waitForRow('Published')).toBe(`${SHOP} (Bluesky)Published · View post`);
    const agent = new AtpAgent({ service: network.pdsUrl });
    const { data } = await agent.com.atproto.repo.listRecords({
      repo: alice.did,
      collection: 'app.bsky.feed.post',
    });
    const record = data.records.find((found) => (found.value as { text: string }).text === text)!.value as {
      embed?: {
        $type: string;
        external: { uri: string; title: string; description: string; thumb?: unknown };
      };
    };
    expect(record.embed).toMatchObject({
      $type: 'app.bsky.embed.external',
      external: { uri: `${pages.origin}/winter-menu`, title: 'Winter menu', description: 'Soups and stews' },
    });
    expect(record.embed!.external.thumb).toMatchObject({ mimeType: expect.stringMatching(/^image\//) });
    expect(app.browserErrors).toEqual([]);
  });
});

describe('posts that need the owner', () => {
  it('explains that a channel must be connected before publishing', async () => {
    await app.call('channels.add', { network: 'bluesky', displayName: 'Market Stall', handle: 'stall.test' });
    await writePost('Find us at the Saturday market', 'Market Stall');
    await composer.publishNow();
    const dialog = app.page.getByRole('dialog', { name: 'Connect the channel first' });
    await dialog.waitFor();
    await expect
      .poll(() => dialog.textContent())
      .toContain(
        'Cadence is not signed in to Market Stall (Bluesky), so it cannot publish there yet. Connect the channel in Settings, then publish.',
      );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => app.call('outbox.status')).toMatchObject({ queued: 0, attention: 0 });
  });

  it('marks a failed post on the page, in the sidebar and on the calendar', async () => {
    const summary = (await app.call('posts.listDrafts')).find((d) => d.excerpt.startsWith('Find us'));
    await app.call('posts.publishNow', { id: summary!.id });
    await app.core.whenIdle();

    await expect
      .poll(() => waitForRow('Failed', 'Market Stall'))
      .toBe(
        'Market Stall (Bluesky)Failed — “Market Stall” is not connected to Bluesky. Connect it in Settings, then publish again.',
      );

    await shell.attentionButton.filter({ hasText: '1 needs attention' }).click();
    await calendar.waitUntilLoaded();
    // Today holds four posts by now, more than a month cell shows; the week has room for all.
    await calendar.show('Week');
    const chip = calendar.chip(summary!.id);
    await expect.poll(() => chip.textContent()).toContain('Needs attention');
    await expect.poll(() => calendar.chipName(summary!.id)).toContain('Needs attention');
  });

  it('offers “Publish now” or a new time for a missed post, and asks about an unknown outcome', async () => {
    const missed = await scheduledFromComposer('Gingerbread workshop on Thursday', '09:00');
    markTargets(
      missed,
      'missed',
      'Missed: the laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.',
    );
    await openFromCalendar(missed);
    await expect
      .poll(() => waitForRow('Missed'))
      .toBe(
        `${SHOP} (Bluesky)Missed — The laptop was asleep or Cadence was closed at the planned time. Publish it now or pick a new time.Publish nowPick a new time`,
      );
    await composer.deliveryRow(SHOP).getByRole('button', { name: 'Pick a new time' }).click();
    await expect.poll(() => composer.date.evaluate((input) => input === document.activeElement)).toBe(true);
    await composer.deliveryRow(SHOP).getByRole('button', { name: 'Publish now' }).click();
    await app.core.whenIdle();
    await waitForRow('Published · View post');
    await expect.poll(() => postsOnPds()).toContain('Gingerbread workshop on Thursday');

    const undecided = await scheduledFromComposer('Stollen is back', '10:00');
    markTargets(
      undecided,
      'unknown',
      'Bluesky did not answer in time. Say whether it went out, or send it again.',
    );
    await openFromCalendar(undecided);
    await expect
      .poll(() => waitForRow('Did it go out?'))
      .toBe(
        `${SHOP} (Bluesky)Did it go out? — Bluesky did not answer in time. Say whether it went out, or send it again.It was publishedSend it again`,
      );
    await composer.deliveryRow(SHOP).getByRole('button', { name: 'It was published' }).click();
    await expect.poll(() => waitForRow(/^.*Published$/)).toBe(`${SHOP} (Bluesky)Published`);
    await expect.poll(async () => (await app.call('posts.get', { id: undecided })).status).toBe('published');
  });

  it('publishes a scheduled post from its calendar chip, by keyboard', async () => {
    const post = await app.call('posts.create', {
      body: 'Pie orders close Friday',
      channelIds: (await app.call('channels.list')).filter((c) => c.displayName === SHOP).map((c) => c.id),
    });
    await app.call('posts.schedule', {
      id: post.id,
      local: '2026-11-27T09:00',
      timeZone: 'America/New_York',
    });
    // Week view: today's month cell is too full to show the chip once it moves to today.
    await shell.goTo('Calendar');
    await calendar.show('Week');
    await calendar.chip(post.id).waitFor();

    await calendar.chip(post.id).focus();
    await app.page.keyboard.press('Tab');
    const publish = calendar.publishButton(post.id);
    await expect.poll(() => publish.getAttribute('aria-label')).toBe('Publish now: Pie orders close Friday');
    await expect.poll(() => publish.evaluate((button) => button === document.activeElement)).toBe(true);
    await app.page.keyboard.press('Enter');
    await app.core.whenIdle();

    await app.page.locator(`[data-post-id="${post.id}"][data-status="published"]`).waitFor();
    await expect.poll(() => calendar.publishButton(post.id).count()).toBe(0);
    await expect.poll(() => postsOnPds()).toContain('Pie orders close Friday');
    expect(app.browserErrors).toEqual([]);
  });
});
