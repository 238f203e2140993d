// The foundation's acceptance path, tried as a new owner would, in Chromium against the real
// core: an empty data folder, a first draft that survives a restart of the core, scheduled
// for next Tuesday 09:00 in New York, seen in the month and week views, dragged to
// Wednesday, and still on Wednesday at 09:00 (with the right UTC instant) after a reload.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { localAt } from '../../src-main/shared/zoned-time';
import { AppPage } from './pages/app-page';
import { CalendarPage } from './pages/calendar-page';
import { ComposerPage } from './pages/composer-page';
import { DraftsPage } from './pages/drafts-page';
import { SettingsPage } from './pages/settings-page';
import { startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';
const TEXT = 'Pumpkin loaves are back this week';

let app: AppHarness;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE });
});

afterAll(async () => {
  await app?.close();
});

/** The next Tuesday after today in the business zone, as YYYY-MM-DD, and the day after it. */
function nextTuesday(now: number): { tuesday: string; wednesday: string } {
  const today = localAt(now, ZONE);
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day));
  do date.setUTCDate(date.getUTCDate() + 1);
  while (date.getUTCDay() !== 2);
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  const wednesday = new Date(date);
  wednesday.setUTCDate(date.getUTCDate() + 1);
  return { tuesday: iso(date), wednesday: iso(wednesday) };
}

it('drafts offline, keeps the draft across a restart, schedules it and moves it on the calendar', async () => {
  const shell = new AppPage(app.page);
  const settings = new SettingsPage(app.page);
  const composer = new ComposerPage(app.page);
  const drafts = new DraftsPage(app.page);
  const calendar = new CalendarPage(app.page);
  const { tuesday, wednesday } = nextTuesday(app.clock.now());

  // 1. An empty data folder opens on an inviting, empty calendar.
  await shell.waitUntilLoaded();
  await calendar.waitUntilLoaded();
  await calendar.emptyState.waitFor();

  // 2. A first channel, added by hand, and a first draft that saves as it is typed.
  await shell.goTo('Settings');
  await settings.addChannel({
    network: 'Bluesky',
    name: 'Corner Bakery',
    handle: 'cornerbakery.bsky.social',
  });
  await shell.newPost();
  await composer.waitUntilLoaded();
  await composer.type(TEXT);
  await composer.pickChannel('Corner Bakery');
  await composer.waitUntilSaved();

  // 3. The core restarts on the same folder; the draft is still there.
  await app.restartCore();
  await shell.waitUntilLoaded();
  await shell.goTo('Drafts');
  await expect.poll(() => drafts.titles()).toEqual([TEXT]);
  await drafts.open(TEXT);
  await composer.waitUntilLoaded();
  await expect.poll(() => composer.text.inputValue()).toBe(TEXT);

  // 4. Scheduled for next Tuesday at 09:00, New York time.
  await composer.schedule(tuesday, '09:00');
  await composer.scheduledSummary.waitFor();
  const [summary] = await app.call('calendar.range', {
    from: Date.parse(`${tuesday}T00:00:00Z`),
    to: Date.parse(`${tuesday}T00:00:00Z`) + 2 * 86_400_000,
  });
  expect(summary).toMatchObject({ scheduledLocal: `${tuesday}T09:00`, scheduledTimeZone: ZONE });
  const postId = summary!.id;

  // 5. On Tuesday at 09:00 in the month view and in the week view.
  await shell.goTo('Calendar');
  await calendar.show('Month');
  await calendar.goToMonth(tuesday.slice(0, 7));
  await calendar.chip(postId).waitFor();
  await expect.poll(() => calendar.dayOf(postId)).toBe(tuesday);
  await expect.poll(() => calendar.chipName(postId)).toMatch(/^09:00, Pumpkin loaves/);
  await calendar.show('Week');
  await expect.poll(() => calendar.slotOf(postId)).toBe(`${tuesday}T09:00`);

  // 6. Dragged to Wednesday in the month view.
  await calendar.show('Month');
  await calendar.chip(postId).waitFor();
  await calendar.dragToDay(postId, wednesday);
  await expect.poll(() => calendar.dayOf(postId)).toBe(wednesday);

  // 7. After a reload it is on Wednesday at 09:00, stored as the right UTC instant.
  await app.page.reload();
  await shell.waitUntilLoaded();
  await shell.goTo('Calendar');
  await calendar.show('Month');
  await calendar.goToMonth(wednesday.slice(0, 7));
  await calendar.chip(postId).waitFor();
  await expect.poll(() => calendar.dayOf(postId)).toBe(wednesday);
  await expect.poll(() => calendar.chipName(postId)).toMatch(/^09:00, /);
  const stored = await app.call('posts.get', { id: postId });
  const [year, month, day] = wednesday.split('-').map(Number) as [number, number, number];
  // 09:00 in New York in late November or December is 14:00 UTC (EST, UTC-5).
  expect(stored).toMatchObject({
    status: 'scheduled',
    scheduledLocal: `${wednesday}T09:00`,
    scheduledTimeZone: ZONE,
    scheduledAt: Date.UTC(year, month - 1, day, 14),
  });
  expect(app.browserErrors).toEqual([]);
}, 120_000);
