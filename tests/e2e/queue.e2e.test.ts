// The queue as an owner uses it, in Chromium against the real core: set a channel's posting times,
// add three posts to the queue from the composer (button and Alt+Q), see them in order, reorder
// them with the keyboard and pause the queue; and the best time, in the composer and as the queue's time.
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { DraftsPage } from './pages/drafts-page';
import { launchChromium, startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';

let app: AppHarness;
let shell: AppPage;
let composer: ComposerPage;
let drafts: DraftsPage;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(async () => {
  app = await startApp({ timeZone: ZONE, browser });
  shell = new AppPage(app.page);
  composer = new ComposerPage(app.page);
  drafts = new DraftsPage(app.page);
  await shell.waitUntilLoaded();
});

afterEach(() => app?.close());

async function queueFromComposer(text: string, how: 'button' | 'keyboard') {
  await shell.goTo('Drafts');
  await drafts.open(text);
  await composer.waitUntilLoaded();
  if (how === 'button') await composer.addToQueueButton.click();
  else await composer.addToQueueByKeyboard();
  await composer.queuedSummary.waitFor();
}

// The core's clock starts on Wednesday 25 November 2026, 07:00 in New York.
describe('the queue', () => {
  it('sets slots and adds three posts to the queue', async () => {
    const channel = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Corner Bakery',
      handle: 'cornerbakery.bsky.social',
    });
    const bodies = ['Sourdough is back', 'Coffee from 7', 'Cinnamon rolls on Sunday'];
    const ids = [];
    for (const body of bodies)
      ids.push((await app.call('posts.create', { body, channelIds: [channel.id] })).id);

    const queue = await shell.goTo('Queue');
    await queue.useSuggested.click();
    await expect.poll(() => queue.times('Wednesday')).toEqual(['9:00 AM', '6:00 PM']);
    await queue.addTime('Wednesday', '12:00');
    await expect.poll(() => queue.times('Wednesday')).toEqual(['9:00 AM', '12:00 PM', '6:00 PM']);
    expect((await app.call('queue.get', { channelId: channel.id })).slots).toContainEqual({
      weekday: 3,
      time: '12:00',
    });

    await queueFromComposer(bodies[0]!, 'button');
    await queueFromComposer(bodies[1]!, 'keyboard');
    await queueFromComposer(bodies[2]!, 'button');
    const placed = await Promise.all(ids.map((id) => app.call('posts.get', { id })));
    expect(placed.map((post) => localStringAt(post.scheduledAt!, ZONE))).toEqual([
      '2026-11-25T09:00',
      '2026-11-25T12:00',
      '2026-11-25T18:00',
    ]);
    expect(placed.every((post) => post.status === 'scheduled' && post.queued)).toBe(true);

    // The month counts each day's free times under its chips; Wednesday's three are all taken.
    const calendar = await shell.goTo('Calendar');
    const thursday = { from: Date.parse('2026-11-26T05:00:00Z'), to: Date.parse('2026-11-27T05:00:00Z') };
    const free = (await app.call('queue.emptySlots', thursday)).length;
    expect(free).toBeGreaterThan(0);
    await expect.poll(() => calendar.freeSlots('2026-11-26').textContent()).toBe(`${free} free slots`);
    expect(await calendar.freeSlots('2026-11-25').count()).toBe(0);
    await calendar.freeSlots('2026-11-26').click();
    await expect.poll(() => calendar.period()).toBe('Nov 22 – 28, 2026');

    await shell.goTo('Queue');
    await expect.poll(() => queue.excerpts()).toEqual(bodies);
    await queue.moveEarlierByKeyboard(bodies[2]!);
    await expect.poll(() => queue.excerpts()).toEqual([bodies[0], bodies[2], bodies[1]]);
    const moved = await app.call('posts.get', { id: ids[2]! });
    expect(localStringAt(moved.scheduledAt!, ZONE)).toBe('2026-11-25T12:00');
    await expect
      .poll(() => app.page.evaluate(() => document.activeElement?.textContent ?? ''))
      .toContain(bodies[2]);

    await queue.pauseButton.click();
    await expect.poll(() => queue.status.first().textContent()).toContain('Queue paused');
    expect((await app.call('queue.get', { channelId: channel.id })).paused).toBe(true);
    expect(await queue.alerts.count()).toBe(0);
  });

  it('offers the best times in the composer and, after asking, as the queue’s posting times', async () => {
    const channel = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Corner Bakery',
      handle: 'cornerbakery.bsky.social',
    });
    await app.call('posts.create', { body: 'Rye on Tuesday', channelIds: [channel.id] });

    // No measured posts yet: Bluesky's usual hour, labelled as such; a click fills the fields.
    await shell.goTo('Drafts');
    await drafts.open('Rye on Tuesday');
    await composer.waitUntilLoaded();
    await expect.poll(() => composer.bestTimes.textContent()).toBe('Best: Tue 6:00 PM');
    await composer.alsoBestTime.waitFor();
    expect(await composer.alsoBestTime.textContent()).toBe('also Thu 12:00 PM');
    const noteId = await composer.bestTimes.getAttribute('aria-describedby');
    expect(await app.page.locator(`[id="${noteId}"]`).textContent()).toMatch(
      /^Typical for Bluesky, not learned yet/,
    );
    await composer.bestTimes.click();
    expect(await composer.date.inputValue()).toBe('2026-12-01');
    expect(await composer.time.inputValue()).toBe('18:00');

    await app.call('queue.setSlots', { channelId: channel.id, slots: [{ weekday: 1, time: '09:00' }] });
    const queue = await shell.goTo('Queue');
    await queue.useBestTime.click();
    await queue.replaceDialog.getByRole('button', { name: 'Replace them' }).click();
    await expect.poll(() => queue.times('Tuesday')).toEqual(['6:00 PM']);
    expect(await queue.times('Thursday')).toEqual(['12:00 PM']);
    expect(await queue.times('Saturday')).toEqual(['10:00 AM']);
    expect(await queue.times('Monday')).toEqual([]);
    expect(
      (await app.call('queue.get', { channelId: channel.id })).slots
        .map((s) => `${s.weekday} ${s.time}`)
        .sort(),
    ).toEqual(['2 18:00', '4 12:00', '6 10:00']);
    expect(await queue.alerts.count()).toBe(0);
  });
});
