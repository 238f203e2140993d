// A weekly recurring post, made as an owner does it in a real Chromium against the real core:
// schedule a post, repeat it every week for four posts, and find it on four Tuesdays of the
// calendar. The core's clock reads Wednesday 2026-11-25 12:00 UTC in America/New_York.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { CalendarPage } from './pages/calendar-page';
import { ComposerPage } from './pages/composer-page';
import { ComposerRepeat } from './pages/composer-repeat';
import { DraftsPage } from './pages/drafts-page';
import { startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';
const TEXT = 'Tuesday bread club: rye this week';
const TUESDAYS = ['2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22'];

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE });
  await new AppPage(app.page).waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

describe('a recurring post', () => {
  it('repeats weekly and shows on four Tuesdays of the calendar, at 09:00 each', async () => {
    const shell = new AppPage(app.page);
    const composer = new ComposerPage(app.page);
    const repeat = new ComposerRepeat(app.page);
    const calendar = new CalendarPage(app.page);
    const channel = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Corner Bakery',
      handle: 'cornerbakery.bsky.social',
    });
    await app.call('posts.create', { body: TEXT, channelIds: [channel.id] });

    await shell.goTo('Drafts');
    await new DraftsPage(app.page).open(TEXT);
    await composer.waitUntilLoaded();
    await composer.schedule('2026-12-01', '09:00');
    await composer.scheduledSummary.waitFor();
    await repeat.repeat('Every week on Tuesday', 4);
    await repeat.summary.waitFor();
    await expect.poll(() => repeat.summary.textContent()).toBe('Repeats: Every week on Tuesday, for 4 posts');

    const posts = await app.call('calendar.range', {
      from: Date.UTC(2026, 10, 30),
      to: Date.UTC(2027, 0, 31),
    });
    expect(posts.map((post) => post.scheduledLocal)).toEqual(TUESDAYS.map((day) => `${day}T09:00`));
    expect(posts.every((post) => post.repeats)).toBe(true);

    await shell.goTo('Calendar');
    await calendar.waitUntilLoaded();
    await calendar.goToMonth('2026-12');
    for (const [index, day] of TUESDAYS.entries()) {
      const chip = calendar.chip(posts[index]!.id);
      await chip.waitFor();
      await expect.poll(() => calendar.dayOf(posts[index]!.id)).toBe(day);
      expect(await chip.getAttribute('data-repeats')).toBe('true');
    }
  });
});
