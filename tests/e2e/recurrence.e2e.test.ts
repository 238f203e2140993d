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
const MARKET_TEXT = 'Market days: fresh loaves at the stall';
const MARKET_DAYS = ['2026-11-30', '2026-12-02', '2026-12-04', '2026-12-21', '2026-12-23', '2026-12-25'];

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

  it('repeats with a custom rule: every 3 weeks on Mon, Wed and Fri, after fixing a 0', async () => {
    const shell = new AppPage(app.page);
    const composer = new ComposerPage(app.page);
    const repeat = new ComposerRepeat(app.page);
    const channel = await app.call('channels.add', {
      network: 'mastodon',
      displayName: 'Corner Market',
      handle: 'market@example.social',
    });
    await app.call('posts.create', { body: MARKET_TEXT, channelIds: [channel.id] });

    await shell.goTo('Drafts');
    await new DraftsPage(app.page).open(MARKET_TEXT);
    await composer.waitUntilLoaded();
    await composer.schedule('2026-11-30', '09:00');
    await composer.scheduledSummary.waitFor();
    await repeat.chooseCustomWeeks('0', ['Wednesday', 'Friday'], 6);
    await expect
      .poll(() => repeat.customProblem.textContent())
      .toBe('Enter a whole number of weeks from 1 to 52.');
    expect(await repeat.startButton.isDisabled()).toBe(true);
    // The 0 stays as typed until the owner fixes it.
    expect(await repeat.custom.getByLabel('Every', { exact: true }).inputValue()).toBe('0');
    expect(await repeat.custom.getByRole('checkbox', { name: 'Monday' }).isChecked()).toBe(true);

    await repeat.custom.getByLabel('Every', { exact: true }).fill('3');
    await repeat.startButton.click();
    await repeat.summary.waitFor();
    await expect
      .poll(() => repeat.summary.textContent())
      .toBe('Repeats: Every 3 weeks on Mon, Wed, and Fri, for 6 posts');

    const posts = await app.call('calendar.range', {
      from: Date.UTC(2026, 10, 29),
      to: Date.UTC(2027, 0, 31),
    });
    expect(
      posts.filter((post) => post.channelIds.includes(channel.id)).map((post) => post.scheduledLocal),
    ).toEqual(MARKET_DAYS.map((day) => `${day}T09:00`));
  });
});
