// Assisted publishing (issue 11 §3) as an owner does it, in Chromium against the real core: add a
// TikTok "Remind me" channel in Settings, schedule a post for it, let the clock pass its time, and
// the "Post it now" panel appears with the text to copy; "I posted it" with the live post's link,
// and the calendar shows the post published.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { PostItNowPanel } from './pages/post-it-now-panel';
import { startApp, type AppHarness } from './support/app-harness';

const TEXT = 'Rye loaves at 7:01 sharp, come early';
const LIVE = 'https://www.tiktok.com/@corner.bakery/video/7301';

let app: AppHarness;
let shell: AppPage;

beforeAll(async () => {
  app = await startApp({ timeZone: 'America/New_York' });
  shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
}, 180_000);

afterAll(async () => {
  await app?.close();
});

it('reminds at the time with the text, takes "I posted it" with a link, and the calendar shows it published', async () => {
  // 1. A TikTok channel: no sign-in, only the network.
  const settings = await shell.goTo('Settings');
  await settings.addReminder('TikTok');
  await settings.connectPanel.waitFor({ state: 'detached' });
  await expect.poll(() => settings.channelBadge('TikTok')).toBe('Connected');
  const [channel] = await app.call('channels.list');
  expect(channel).toMatchObject({ network: 'reminder', reminder: { networkName: 'TikTok' } });

  // 2. A post for it, a minute ahead (the core's clock reads 7:00 AM in New York).
  const composer = new ComposerPage(app.page);
  await shell.newPost();
  await composer.waitUntilLoaded();
  await composer.write(TEXT);
  await composer.pickChannel('TikTok');
  await composer.waitUntilSaved();
  await composer.schedule('2026-11-25', '07:01');
  await composer.scheduledSummary.waitFor();
  const panel = new PostItNowPanel(app.page);
  expect(await panel.region.count()).toBe(0);

  // 3. The clock passes its time: the panel, the text to copy and the composer to open.
  app.clock.advance(60_000);
  await app.core.whenIdle();
  await app.syncBrowserClock();
  await panel.card('TikTok').waitFor();
  expect(await panel.textToCopy('TikTok')).toBe(TEXT);
  await panel.copyButton('TikTok').waitFor();
  await panel.openButton('TikTok').waitFor();

  // 4. "I posted it", with the live post's link.
  await panel.posted('TikTok', LIVE);
  await panel.region.waitFor({ state: 'detached' });
  const [summary] = await app.call('calendar.range', {
    from: Date.UTC(2026, 10, 25),
    to: Date.UTC(2026, 10, 26),
  });
  expect(summary).toMatchObject({ excerpt: TEXT, status: 'published' });
  const post = await app.call('posts.get', { id: summary!.id });
  expect(post.targets[0]).toMatchObject({ state: 'published', remoteUrl: LIVE });

  // 5. The calendar shows it published.
  const calendar = await shell.goTo('Calendar');
  await expect.poll(() => calendar.chipName(summary!.id)).toMatch(/Published/);
  expect(app.browserErrors).toEqual([]);
});
