// The calendar in a real Chromium against the real core, in the business zone America/New_York.
// The core's clock (and the browser's) reads Wednesday 2026-11-25 12:00 UTC, so "today" is Nov 25.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { CalendarPage } from './pages/calendar-page';
import { startApp, type AppHarness } from './support/app-harness';
import { axeViolations } from './support/axe';
import { HeldAnswers } from './support/held-answers';

const ZONE = 'America/New_York';

let app: AppHarness;
let shell: AppPage;
let calendar: CalendarPage;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE });
  shell = new AppPage(app.page);
  calendar = new CalendarPage(app.page);
});

// Each test starts from a freshly opened app: the month of today, Nov 2026.
beforeEach(async () => {
  await reload();
});

afterAll(async () => {
  await app?.close();
});

let channelId = '';

/** Creates a post on the Bluesky channel and schedules it at a wall-clock time in New York. */
async function scheduledPost(body: string, local: string): Promise<string> {
  const post = await app.call('posts.create', { body, channelIds: [channelId] });
  await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
  return post.id;
}

async function stored(postId: string) {
  const post = await app.call('posts.get', { id: postId });
  return { scheduledAt: post.scheduledAt, scheduledLocal: post.scheduledLocal };
}

/** Reopens the app (the calendar starts again on today's month) and waits for it. */
async function reload(): Promise<void> {
  await app.open();
  await shell.waitUntilLoaded();
  await calendar.waitUntilLoaded();
}

describe('calendar', () => {
  it('invites the first post on an empty month, pointing to Settings when there is no channel', async () => {
    await expect.poll(() => calendar.period()).toBe('November 2026');
    await calendar.emptyState.waitFor();
    await expect.poll(() => calendar.emptyState.textContent()).toMatch(/Settings/);
    await expect.poll(() => calendar.todayMarker.getAttribute('data-date')).toBe('2026-11-25');

    await calendar.createPostButton.click();
    await expect.poll(() => shell.currentSection()).toBeNull();
  });

  it('shows a post at 09:00 on its day in the month and week views', async () => {
    channelId = (
      await app.call('channels.add', { network: 'bluesky', displayName: 'Shop', handle: 'shop.bsky.social' })
    ).id;
    const postId = await scheduledPost('Fresh sourdough at nine', '2026-12-01T09:00');
    await app.call('posts.create', { body: 'An unscheduled draft', channelIds: [channelId] });

    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('December 2026');
    await calendar.chip(postId).waitFor();
    await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-01');
    await expect
      .poll(() => calendar.day('2026-12-01').getAttribute('aria-label'))
      .toBe('Tuesday, December 1, 2026');
    await expect
      .poll(() => calendar.chipName(postId))
      .toBe('09:00, Fresh sourdough at nine, Bluesky: Shop, Scheduled');
    // The month chip draws its status mark and its networks' initials, which its name says in words.
    await expect.poll(() => calendar.chipMark(postId)).toBe('"\u25CF\u2009B" / ""');
    await expect.poll(() => calendar.main.getByText('An unscheduled draft').count()).toBe(0);
    await expect.poll(() => calendar.emptyState.count()).toBe(0);

    await calendar.show('Week');
    await expect.poll(() => calendar.viewButton('Week').getAttribute('aria-pressed')).toBe('true');
    // en-US weeks start on Sunday.
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    await expect.poll(() => calendar.slotOf(postId)).toBe('2026-12-01T09:00');

    await calendar.chip(postId).click();
    await expect.poll(() => shell.currentSection()).toBeNull();
    await shell.goTo('Calendar');
    // The calendar comes back where the owner left it.
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
  });

  it('moves a post to another day in the month view, keeping 09:00, and the move survives a reload', async () => {
    const postId = await scheduledPost('Tuesday tasting', '2026-12-08T09:00');
    await calendar.goToMonth('2026-12');
    await calendar.chip(postId).waitFor();

    await calendar.dragToDay(postId, '2026-12-09');
    await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-09');
    await expect
      .poll(() => stored(postId))
      .toEqual({ scheduledAt: Date.UTC(2026, 11, 9, 14), scheduledLocal: '2026-12-09T09:00' });

    await reload();
    await calendar.goToMonth('2026-12');
    await calendar.chip(postId).waitFor();
    await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-09');
    await expect.poll(() => calendar.chipName(postId)).toMatch(/^09:00, Tuesday tasting,/);
    await calendar.show('Week');
    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.slotOf(postId)).toBe('2026-12-09T09:00');
  });

  it('moves a post to another hour slot in the week view, keeping its minutes', async () => {
    const postId = await scheduledPost('Friday brunch menu', '2026-12-04T09:30');
    await calendar.show('Week');
    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    await expect.poll(() => calendar.slotOf(postId)).toBe('2026-12-04T09:00');

    await calendar.dragToSlot(postId, '2026-12-03T14:00');
    await expect.poll(() => calendar.slotOf(postId)).toBe('2026-12-03T14:00');
    await expect
      .poll(() => stored(postId))
      .toEqual({ scheduledAt: Date.UTC(2026, 11, 3, 19, 30), scheduledLocal: '2026-12-03T14:30' });
    await expect.poll(() => calendar.chipName(postId)).toMatch(/^14:30, /);
  });

  it('opens a week at the working day, and keeps the hours the owner scrolled to from week to week', async () => {
    await calendar.show('Week');
    await expect.poll(() => calendar.firstHourInView()).toBe(8);

    await calendar.scrollWeekToHour(5);
    await expect.poll(() => calendar.firstHourInView()).toBe(5);
    for (const turn of ['next', 'next', 'previous'] as const) {
      await calendar[turn]();
      await calendar.waitUntilLoaded();
      await expect.poll(() => calendar.firstHourInView()).toBe(5);
    }
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
  });

  it('keeps the wall-clock time when a move crosses the spring-forward change', async () => {
    // New York moves from EST (UTC-5) to EDT (UTC-4) on Sunday 2027-03-14.
    const postId = await scheduledPost('Spring opening hours', '2027-03-12T09:00');
    await expect.poll(() => stored(postId)).toMatchObject({ scheduledAt: Date.UTC(2027, 2, 12, 14) });
    await calendar.goToMonth('2027-03');
    await calendar.chip(postId).waitFor();

    await calendar.dragToDay(postId, '2027-03-15');
    await expect
      .poll(() => stored(postId))
      .toEqual({ scheduledAt: Date.UTC(2027, 2, 15, 13), scheduledLocal: '2027-03-15T09:00' });
  });

  it('asks which time is meant when a post is dropped into the hour the clocks skip', async () => {
    // 02:30 does not exist in New York on 2027-03-14: the clocks jump from 02:00 to 03:00.
    const postId = await scheduledPost('Daylight saving reminder', '2027-03-15T02:30');
    await calendar.goToMonth('2027-03');
    await calendar.show('Week');
    await calendar.next();
    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('Mar 14 – 20, 2027');

    await calendar.dragToSlot(postId, '2027-03-14T02:00');
    const dialog = app.page.getByRole('dialog', { name: 'Choose a time' });
    await dialog.waitFor();
    // While the owner decides, the shortcuts stay quiet.
    await app.page.keyboard.press('ArrowRight');
    await expect.poll(() => calendar.period()).toBe('Mar 14 – 20, 2027');
    await dialog.getByRole('button', { name: /03:30/ }).click();
    await expect
      .poll(() => stored(postId))
      .toEqual({ scheduledAt: Date.UTC(2027, 2, 14, 7, 30), scheduledLocal: '2027-03-14T03:30' });
    await expect.poll(() => calendar.slotOf(postId)).toBe('2027-03-14T03:00');
  });

  it('folds a busy day into "+N more", which opens that week', async () => {
    const ids: string[] = [];
    for (const time of ['08:00', '10:00', '12:00', '16:00']) {
      ids.push(await scheduledPost(`Busy day at ${time}`, `2026-12-10T${time}`));
    }
    await calendar.goToMonth('2026-12');
    const more = calendar.moreButton('2026-12-10');
    await expect.poll(() => more.textContent()).toBe('+2 more');
    await expect
      .poll(() =>
        calendar
          .day('2026-12-10')
          .getByRole('button', { name: /^\d\d:\d\d, Busy day/ })
          .count(),
      )
      .toBe(2);

    await more.click();
    await expect.poll(() => calendar.viewButton('Week').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => calendar.period()).toBe('Dec 6 – 12, 2026');
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.slotOf(ids[3]!)).toBe('2026-12-10T16:00');
  });

  it('draws the posts selected with Ctrl-click as selected, with no console error', async () => {
    const first = await scheduledPost('Selected once', '2026-12-08T09:00');
    const second = await scheduledPost('Selected twice', '2026-12-09T09:00');
    const other = await scheduledPost('Not selected', '2026-12-10T09:00');
    await calendar.goToMonth('2026-12');
    const errorsBefore = app.browserErrors.length;

    await calendar.toggleSelected(first);
    await calendar.toggleSelected(second);
    await calendar.bulkBar.getByText('2 posts selected').waitFor();
    await expect.poll(() => calendar.isDrawnSelected(first)).toBe(true);
    await expect.poll(() => calendar.isDrawnSelected(second)).toBe(true);
    expect(await calendar.isDrawnSelected(other)).toBe(false);

    await calendar.toggleSelected(first);
    await calendar.bulkBar.getByText('1 post selected').waitFor();
    await expect.poll(() => calendar.isDrawnSelected(first)).toBe(false);
    // The style sheet the selection is drawn with is one the app's Content-Security-Policy allows.
    expect(app.browserErrors.slice(errorsBefore)).toEqual([]);
  });

  it('puts a post back with an alert when the move cannot be saved', async () => {
    const postId = await scheduledPost('Gift cards', '2026-12-15T09:00');
    await calendar.goToMonth('2026-12');
    await calendar.chip(postId).waitFor();
    await app.page.route('**/api/invoke/posts.schedule', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } } }),
    );
    try {
      await calendar.dragToDay(postId, '2026-12-16');
      await expect.poll(() => shell.waitForError('The disk is full.')).toMatch(/could not be moved/);
      await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-15');
      await expect.poll(() => stored(postId)).toMatchObject({ scheduledLocal: '2026-12-15T09:00' });
    } finally {
      await app.page.unroute('**/api/invoke/posts.schedule');
    }
    await calendar.main.getByRole('button', { name: 'Dismiss' }).click();
    await expect.poll(() => shell.errorMessages()).toEqual([]);
  });

  it('keeps published posts where they are', async () => {
    const postId = await scheduledPost('Already out', '2026-12-17T09:00');
    // Nothing publishes yet, so mark it the way the publisher will.
    app.core.database.sqlite.prepare("UPDATE posts SET status = 'published' WHERE id = ?").run(postId);
    await reload();
    await calendar.goToMonth('2026-12');
    await expect.poll(() => calendar.chipName(postId)).toMatch(/, Published$/);
    await expect.poll(() => calendar.chip(postId).getAttribute('draggable')).toBe('false');

    await calendar.dragToDay(postId, '2026-12-18');
    await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-17');
    await expect.poll(() => stored(postId)).toMatchObject({ scheduledLocal: '2026-12-17T09:00' });
  });

  it('moves a focused post by a day with Alt+Arrow keys, focus following it', async () => {
    const postId = await scheduledPost('Keyboard move', '2026-12-21T11:15');
    await calendar.goToMonth('2026-12');
    await calendar.chip(postId).waitFor();
    // The core's answers are held, as on a slow disk: the chip moves and keeps the focus before
    // they arrive, so a second press moves it on, and the saves land in the order pressed.
    const answers = await HeldAnswers.on(app.page, ['posts.schedule']);
    try {
      answers.hold();
      await calendar.chip(postId).focus();
      await app.page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-22');
      await expect.poll(() => calendar.focusedPostId()).toBe(postId);
      await app.page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-23');
      await expect.poll(() => calendar.focusedPostId()).toBe(postId);
      answers.pass();
      await answers.release();
      await expect
        .poll(() => stored(postId))
        .toEqual({ scheduledAt: Date.UTC(2026, 11, 23, 16, 15), scheduledLocal: '2026-12-23T11:15' });
    } finally {
      answers.pass();
      await answers.release();
      await answers.stop();
    }
    await expect.poll(() => calendar.dayOf(postId)).toBe('2026-12-23');
    await expect.poll(() => calendar.focusedPostId()).toBe(postId);
  });

  it('leaves a week it turned from unfocused when a keyboard move into the next week is put back', async () => {
    const postId = await scheduledPost('Saturday market', '2026-11-28T09:00');
    await reload();
    await calendar.show('Week');
    await calendar.chip(postId).waitFor();
    await app.page.route('**/api/invoke/posts.schedule', (route) =>
      route.fulfill({ json: { ok: false, error: { code: 'INTERNAL', message: 'The disk is full.' } } }),
    );
    try {
      await calendar.chip(postId).focus();
      // Sunday is in the next week: the calendar turns to it with the post, whose save then fails.
      await app.page.keyboard.press('Alt+ArrowRight');
      await expect.poll(() => shell.waitForError('The disk is full.')).toMatch(/could not be moved/);
      await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
      // Back on Saturday, in the week turned from, now hidden: focus does not follow it there.
      await calendar.hiddenChip(postId).waitFor({ state: 'attached' });
      await expect.poll(() => stored(postId)).toMatchObject({ scheduledLocal: '2026-11-28T09:00' });
      expect(await calendar.focusedPaneState()).not.toBe('hidden');
    } finally {
      await app.page.unroute('**/api/invoke/posts.schedule');
    }
    await calendar.main.getByRole('button', { name: 'Dismiss' }).click();
    await app.call('posts.delete', { id: postId });
  });

  it('answers N, ←, → and T', async () => {
    await expect.poll(() => calendar.period()).toBe('November 2026');
    await calendar.pressShortcut('ArrowRight');
    await expect.poll(() => calendar.period()).toBe('December 2026');
    await calendar.pressShortcut('ArrowRight');
    await expect.poll(() => calendar.period()).toBe('January 2027');
    await calendar.pressShortcut('ArrowLeft');
    await expect.poll(() => calendar.period()).toBe('December 2026');
    await calendar.pressShortcut('t');
    await expect.poll(() => calendar.period()).toBe('November 2026');

    await calendar.show('Week');
    await calendar.pressShortcut('ArrowRight');
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    await calendar.pressShortcut('T');
    await expect.poll(() => calendar.period()).toBe('Nov 22 – 28, 2026');
    await expect.poll(() => calendar.todayMarker.getAttribute('data-date')).toBe('2026-11-25');

    await calendar.pressShortcut('n');
    await expect.poll(() => shell.currentSection()).toBeNull();
  });

  it('says in "Will it go out?" what the next 24 hours need, and follows the posts as they change', async () => {
    const mastodon = await app.call('channels.add', {
      network: 'mastodon',
      displayName: 'Shop',
      handle: '@shop@mastodon.social',
    });
    const bluesky = await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Shop',
      handle: 'lunch.bsky.social',
    });
    const at = async (body: string, channel: string, local: string) => {
      const post = await app.call('posts.create', { body, channelIds: [channel] });
      await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
      return post.id;
    };
    // 12:00 UTC is 7:00 in New York: both posts fall in the next 24 hours, the one tomorrow does not.
    const lunch = await at('Lunch special', bluesky.id, '2026-11-25T15:00');
    const bake = await at('Evening bake', mastodon.id, '2026-11-25T16:00');
    await at('Tomorrow afternoon', bluesky.id, '2026-11-26T10:00');

    await expect
      .poll(() => calendar.preflightSummary())
      .toBe('Will it go out? Next 24 h: 2 posts · 2 need Cadence running at 3:00 PM and 4:00 PM');
    // From the keyboard: the summary opens the list, and the hand-off is offered for Mastodon's post.
    await calendar.preflight.locator('summary').focus();
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => calendar.preflight.getByRole('listitem').allTextContents())
      .toEqual([
        '3:00 PM Lunch special Keep Cadence running and this laptop awake then.',
        '4:00 PM Evening bake Its network can hold it and publish it with this laptop closed.',
      ]);
    await calendar.preflight.getByRole('button', { name: 'Hand off 1 post now' }).waitFor();

    // Moved past the window behind the page's back, the Bluesky post leaves the panel at once.
    await app.call('posts.schedule', { id: lunch, local: '2026-11-27T15:00', timeZone: ZONE });
    await expect
      .poll(() => calendar.preflightSummary())
      .toBe('Will it go out? Next 24 h: 1 post · 1 needs Cadence running at 4:00 PM');
    await app.call('posts.unschedule', { id: bake });
    await expect.poll(() => calendar.preflightSummary()).toBeNull();
    expect(app.browserErrors).toEqual([]);
  });

  it('shows the empty state for a month with no posts, with channels in place', async () => {
    await calendar.goToMonth('2027-02');
    await calendar.emptyState.waitFor();
    await expect.poll(() => calendar.emptyState.textContent()).toMatch(/Nothing planned for February 2027/);
    await expect.poll(() => calendar.emptyState.getByRole('button', { name: /Settings/ }).count()).toBe(0);
    expect(app.browserErrors).toEqual([]);
  });

  it('opens a busy week at the working day, though the hours before it grow as they are drawn', async () => {
    // Two posts an hour from midnight to 07:30 on two days of next week: each of those hours is
    // drawn taller than an empty one, but only once it comes near the view.
    const early: string[] = [];
    for (const day of ['2026-12-01', '2026-12-02'])
      for (let hour = 0; hour < 8; hour++)
        for (const minute of ['00', '30'])
          early.push(await scheduledPost(`Dawn ${hour}:${minute}`, `${day}T0${hour}:${minute}`));
    await reload();
    await calendar.show('Week');
    // Next week is drawn ahead, hidden, while this one is read.
    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    await expect.poll(() => calendar.firstHourInView()).toBe(8);
    // Still there once the rows around it have been drawn.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await calendar.firstHourInView()).toBe(8);
    for (const id of early) await app.call('posts.delete', { id });
    expect(app.browserErrors).toEqual([]);
  });

  it('shows a week drawn ahead with every hour in view drawn at once, after the window grew', async () => {
    // A post every hour of one day next week, so each hour row is taller than an empty one.
    const hourly: string[] = [];
    for (let hour = 0; hour < 24; hour++)
      hourly.push(
        await scheduledPost(`Hourly special ${hour}`, `2026-12-02T${String(hour).padStart(2, '0')}:00`),
      );
    await reload();
    await calendar.show('Week');
    await calendar.next();
    await calendar.waitUntilLoaded();
    await calendar.previous();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('Nov 22 – 28, 2026');
    // Next week is drawn ahead and put away; the window then grows, so more hours fit in view.
    const size = app.page.viewportSize()!;
    await app.page.setViewportSize({ width: size.width, height: size.height + 600 });
    try {
      expect(await calendar.hoursLeftUndrawnByTurn('Next period')).toEqual([]);
      await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    } finally {
      await app.page.setViewportSize(size);
    }
    for (const id of hourly) await app.call('posts.delete', { id });
    expect(app.browserErrors).toEqual([]);
  });

  it('keeps a week drawn ahead out of sight, of the Tab key and of assistive technology, and gives it back when shown', async () => {
    const thisWeek = await scheduledPost('Window display this week', '2026-11-25T09:00');
    const nextWeek = [
      await scheduledPost('Advent calendar opens', '2026-12-01T09:00'),
      await scheduledPost('Second candle', '2026-12-02T10:00'),
    ];
    await reload();
    await calendar.show('Week');
    await calendar.hiddenChip(nextWeek[0]!).waitFor({ state: 'attached' });

    expect(await calendar.hiddenPanesInSight()).toBe(0);
    const stops = await calendar.tabStops(12);
    expect(stops.map((stop) => stop.postId)).toContain(thisWeek);
    expect(stops.map((stop) => stop.pane)).not.toContain('hidden');
    expect(await axeViolations(app.page)).toEqual([]);

    await calendar.next();
    await calendar.waitUntilLoaded();
    await expect.poll(() => calendar.period()).toBe('Nov 29 – Dec 5, 2026');
    await calendar.hiddenChip(thisWeek).waitFor({ state: 'attached' });
    expect(await calendar.hiddenPanesInSight()).toBe(0);
    const shown = await calendar.tabStops(12);
    expect(shown.map((stop) => stop.postId)).toEqual(expect.arrayContaining(nextWeek));
    expect(shown.map((stop) => stop.pane)).not.toContain('hidden');
    expect(await axeViolations(app.page)).toEqual([]);

    for (const id of [thisWeek, ...nextWeek]) await app.call('posts.delete', { id });
    expect(app.browserErrors).toEqual([]);
  });
});
