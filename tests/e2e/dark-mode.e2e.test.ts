// Dark mode and accessibility on every screen, against the real core in Chromium: the app follows
// the computer's light or dark setting (prefers-color-scheme), Settings can fix either, and axe-core
// finds no violation on any screen in either theme.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localAt } from '../../src-main/shared/zoned-time';
import { AppPage, type Section } from './pages/app-page';
import { axeViolations } from './support/axe';
import { startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';
const SECTIONS: readonly Section[] = [
  'Plan',
  'Calendar',
  'Drafts',
  'Inbox',
  'Insights',
  'Brand kit',
  'Library',
  'Import and export',
  'Settings',
];

let app: AppHarness;
let shell: AppPage;

beforeAll(async () => {
  app = await startApp({ timeZone: ZONE });
  const channel = await app.call('channels.add', {
    network: 'bluesky',
    displayName: 'Corner Bakery',
    handle: 'corner.bsky.social',
  });
  await app.call('posts.create', { body: 'Sourdough on Saturday', channelIds: [channel.id] });
  const post = await app.call('posts.create', { body: 'Rye is back', channelIds: [channel.id] });
  const today = localAt(app.clock.now(), ZONE);
  const day = Math.min(today.day + 1, 28);
  const local = `${today.year}-${String(today.month).padStart(2, '0')}-${String(day).padStart(2, '0')}T09:00`;
  await app.call('posts.schedule', { id: post.id, local, timeZone: ZONE });
  await app.call('library.create', { kind: 'hashtags', name: 'Bakery tags', body: '#bread #bakery' });
  await app.page.reload();
  shell = new AppPage(app.page);
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

const LIGHT = 'rgb(247, 247, 245)';
const DARK = 'rgb(20, 20, 22)';

/** The page's background colour, as the browser paints it. */
function background(): Promise<string> {
  return app.page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
}

/** Every screen, each checked by axe once it has loaded: the sections, the week and the composer. */
async function tourWithAxe(): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  const check = async (screen: string) => {
    const violations = await axeViolations(app.page);
    if (violations.length > 0) {
      found[screen] = violations.map((v) => `${v.rule}: ${v.nodes.join(', ')} — ${v.summary}`);
    }
  };
  for (const section of SECTIONS) {
    await shell.goTo(section);
    await check(section);
  }
  const calendar = await shell.goTo('Calendar');
  await calendar.show('Week');
  await check('Calendar, week');
  await shell.newPost();
  await app.page.getByRole('heading', { level: 1, name: 'New post' }).waitFor();
  await check('New post');
  await app.page.keyboard.press('Escape');
  return found;
}

describe('themes', () => {
  it('follows the computer: dark when it is dark, light when it is light', async () => {
    await app.page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(background).toBe(DARK);
    await app.page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(background).toBe(LIGHT);
  });

  it('is clean for axe on every screen in the light theme', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    expect(await tourWithAxe()).toEqual({});
  }, 120_000);

  it('keeps the theme chosen in Settings whatever the computer says, and is clean for axe in dark', async () => {
    await app.page.emulateMedia({ colorScheme: 'light' });
    await shell.goTo('Settings');
    await app.page.getByLabel('Theme').selectOption({ label: 'Dark' });
    await expect.poll(background).toBe(DARK);
    await expect.poll(async () => (await app.call('settings.get')).theme).toBe('dark');
    await app.page.reload();
    await shell.waitUntilLoaded();
    await expect.poll(background).toBe(DARK);

    expect(await tourWithAxe()).toEqual({});
    expect(app.browserErrors).toEqual([]);
  }, 120_000);
});
