// A week and a half of posts from a spreadsheet, in Chromium against the real core, in New York
// on Saturday 2026-11-28: choose a CSV of 22 rows, fix the mapping of a column Cadence did not
// recognise, read the two rows with problems, import the 20 others in one go, and save the
// schedule as a calendar file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { AppPage } from './pages/app-page';
import type { PostFilesPage } from './pages/post-files-page';
import { startApp, type AppHarness } from './support/app-harness';

let app: AppHarness;
let shell: AppPage;
let files: PostFilesPage;

const DAYS = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05'];
/** 20 posts: five days, four a day, alternating between the two channels and both. */
const CSV = [
  'Wording,Date,Time,Channels,Campaign',
  ...DAYS.flatMap((day, d) =>
    ['08:00', '11:30', '15:00', '18:45'].map((time, i) => {
      const channels = ['Bakery', 'Shop on X', '"Bakery, Shop on X"', 'Bakery'][i];
      return `"Post ${d * 4 + i + 1}: fresh bread, ""warm""",${day},${time},${channels},`;
    }),
  ),
  'Post for a channel we do not have,2026-12-06,09:00,Instagram,',
  '"Post 1: fresh bread, ""warm""",2026-12-01,08:00,Bakery,',
].join('\r\n');

beforeAll(async () => {
  app = await startApp({ clock: new ManualClock(Date.UTC(2026, 10, 28, 17)) });
  shell = new AppPage(app.page);
  await app.call('channels.add', { network: 'bluesky', displayName: 'Bakery', handle: 'bakery.bsky.social' });
  await app.call('channels.add', { network: 'x', displayName: 'Shop on X', handle: '@shop' });
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

describe('importing a CSV of posts', () => {
  it('maps the columns, previews every row with its problems, and imports the 20 ready posts', async () => {
    files = await shell.goTo('Import and export');
    await files.chooseCsv('december.csv', CSV);

    // "Wording" is not a header Cadence knows for the text: the owner points at it.
    await files.importCard.getByText('No column holds the post text.', { exact: false }).waitFor();
    await files.column('Text').selectOption({ label: 'Wording' });
    await expect.poll(() => files.previewRows.count()).toBe(22);
    await expect.poll(() => files.importButton.textContent()).toBe('Import 20 posts');

    await files.row(22).getByText('No channel is called “Instagram”.', { exact: false }).waitFor();
    await files.row(23).getByText('The same text, time and channel as line 2 of this file.').waitFor();
    await files.row(2).getByRole('cell', { name: 'Ready' }).waitFor();
    expect(await files.row(4).getByRole('cell').nth(2).textContent()).toBe('Bakery, Shop on X');

    await files.importButton.click();
    await files.importCard.getByRole('status').filter({ hasText: 'Imported 20 posts.' }).waitFor();
    const counts = app.core.database.sqlite
      .prepare("select count(*) as posts, sum(status = 'scheduled') as scheduled from posts")
      .get();
    expect(counts).toEqual({ posts: 20, scheduled: 20 });
    const targets = app.core.database.sqlite.prepare('select count(*) from post_targets').pluck().get();
    expect(targets).toBe(25);
    expect(app.browserErrors).toEqual([]);
  });

  it('shows the imported posts on the calendar', async () => {
    const calendar = await shell.goTo('Calendar');
    await calendar.main.getByText('Post 1: fresh bread', { exact: false }).first().waitFor();
  });

  it('saves the schedule as a calendar file, for every channel or one', async () => {
    files = await shell.goTo('Import and export');
    const all = await files.exportCalendar();
    expect(all.name).toBe('cadence-schedule-2026-11-28.ics');
    expect(all.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(20);
    expect(all.text).toContain('DTSTART:20261201T130000Z');
    await files.exportCard.getByRole('status').filter({ hasText: '20 posts saved in' }).waitFor();

    const x = await files.exportCalendar({ channel: 'Shop on X' });
    expect(x.text.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(10);
    expect(app.browserErrors).toEqual([]);
  });
});
