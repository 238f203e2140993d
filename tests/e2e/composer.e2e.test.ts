// Drafting as a new owner does it, in Chromium against the real core: add a channel, write a
// draft that saves itself, find it again after a restart, attach an image with alt text,
// schedule it (including a time the clocks skip), and never lose typed text. Each test opens
// the app on a data folder of its own and arranges what it starts from through the core.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PNG_1X1 } from '../support/crafted-images';
import { tempDir, type TempDir } from '../support/temp-dir';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { DraftsPage } from './pages/drafts-page';
import { SettingsPage } from './pages/settings-page';
import { launchChromium, startApp, type AppHarness } from './support/app-harness';

const ZONE = 'America/New_York';
const DRAFT_TEXT = 'Fresh sourdough out of the oven at 8';

let app: AppHarness;
let shell: AppPage;
let composer: ComposerPage;
let drafts: DraftsPage;
let settings: SettingsPage;
let files: TempDir;
/** One Chromium for the file; each test's app opens in a context of its own. */
let browser: Browser;

beforeAll(async () => {
  files = tempDir('cadence-composer-files-');
  writeFileSync(join(files.dir, 'loaf.png'), Buffer.from(PNG_1X1, 'base64'));
  writeFileSync(join(files.dir, 'notes.txt'), 'not a picture');
  copyFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url), join(files.dir, 'oven.mp4'));
  copyFileSync(
    new URL('../fixtures/media/tiny-photo.heic', import.meta.url),
    join(files.dir, 'IMG_0042.heic'),
  );
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  files?.cleanup();
});

beforeEach(async () => {
  app = await startApp({ timeZone: ZONE, browser });
  shell = new AppPage(app.page);
  composer = new ComposerPage(app.page);
  drafts = new DraftsPage(app.page);
  settings = new SettingsPage(app.page);
  await shell.waitUntilLoaded();
});

afterEach(() => app?.close());

/** A draft of `body` on the Corner Bakery channel, as an earlier session left them. */
async function arrangeDraft(body = DRAFT_TEXT) {
  const channel = await app.call('channels.add', {
    network: 'bluesky',
    displayName: 'Corner Bakery',
    handle: 'cornerbakery.bsky.social',
  });
  return app.call('posts.create', { body, channelIds: [channel.id] });
}

async function onlyDraft() {
  const [summary] = await app.call('posts.listDrafts');
  expect(summary).toBeDefined();
  return app.call('posts.get', { id: summary!.id });
}

async function openDraft(text: string) {
  await shell.goTo('Drafts');
  await drafts.open(text);
  await composer.waitUntilLoaded();
}

describe('composing a post', () => {
  it('invites a first post and a first channel, and explains a missing name in plain words', async () => {
    await shell.goTo('Drafts');
    await drafts.writeFirstPost.click();
    await expect.poll(() => shell.heading.textContent()).toBe('New post');
    await composer.addChannelInvitation.click();
    await settings.heading.waitFor();

    await settings.addChannel({ network: 'Bluesky', name: '   ', handle: 'cornerbakery.bsky.social' });
    await expect.poll(() => shell.waitForError('name')).toBe('Give the channel a name.');
    await expect.poll(() => app.call('channels.list')).toEqual([]);

    await settings.addChannel({
      network: 'Bluesky',
      name: 'Corner Bakery',
      handle: 'cornerbakery.bsky.social',
    });
    await settings.channel('Corner Bakery').waitFor();
    await expect.poll(() => settings.alerts.count()).toBe(0);
    const [channel] = await app.call('channels.list');
    expect(channel).toMatchObject({ network: 'bluesky', displayName: 'Corner Bakery' });

    await settings.saveBusiness({ name: 'Corner Bakery Co.' });
    await expect
      .poll(() => app.call('profile.get'))
      .toMatchObject({ name: 'Corner Bakery Co.', timeZone: ZONE });
  });

  it('saves the draft as the owner types and finds it after a restart', async () => {
    await app.call('channels.add', {
      network: 'bluesky',
      displayName: 'Corner Bakery',
      handle: 'cornerbakery.bsky.social',
    });
    await shell.newPost();
    await composer.type(DRAFT_TEXT);
    await composer.pickChannel('Corner Bakery');
    await composer.waitUntilSaved();
    await expect
      .poll(() => composer.counter('Corner Bakery').textContent())
      .toContain(`${DRAFT_TEXT.length}/300`);

    await app.restartCore();
    await shell.waitUntilLoaded();
    await shell.goTo('Drafts');
    await expect.poll(() => drafts.titles()).toEqual([DRAFT_TEXT]);
    const post = await onlyDraft();
    expect(post.body).toBe(DRAFT_TEXT);
    expect(post.targets).toHaveLength(1);

    await drafts.open(DRAFT_TEXT);
    await expect.poll(() => composer.heading.textContent()).toBe('Edit post');
    await expect.poll(() => composer.text.inputValue()).toBe(DRAFT_TEXT);
    await expect.poll(() => composer.channel('Corner Bakery').isChecked()).toBe(true);
  });

  it('attaches an image with alt text that survives a reload, and refuses a file that is not an image', async () => {
    await arrangeDraft();
    await openDraft(DRAFT_TEXT);
    await composer.attachImages(join(files.dir, 'notes.txt'));
    await expect
      .poll(() => composer.alerts.filter({ hasText: 'notes.txt' }).textContent())
      .toContain('is not an image or video Cadence can attach');

    await composer.attachImages(join(files.dir, 'loaf.png'));
    await composer.describeImage('loaf.png', 'A round loaf on a wooden board');
    await composer.waitUntilSaved();

    await app.page.reload();
    await shell.waitUntilLoaded();
    await openDraft(DRAFT_TEXT);
    await expect.poll(() => composer.altText('loaf.png').inputValue()).toBe('A round loaf on a wooden board');
    const thumbnail = composer.image('loaf.png').getByRole('img');
    await expect.poll(() => thumbnail.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    const post = await onlyDraft();
    expect(post.media).toMatchObject([{ fileName: 'loaf.png', altText: 'A round loaf on a wooden board' }]);
  });

  it('attaches an iPhone photo as a JPEG and a video it plays, saying Bluesky gets no videos', async () => {
    await arrangeDraft();
    await openDraft(DRAFT_TEXT);
    await composer.attachImages(join(files.dir, 'IMG_0042.heic'), join(files.dir, 'oven.mp4'));
    const photo = composer.image('IMG_0042.jpg').getByRole('img');
    await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(64);
    const video = composer.image('oven.mp4').locator('video');
    await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.videoWidth)).toBe(32);
    await expect
      .poll(() =>
        composer.main
          .getByText(/Cadence does not send videos to Bluesky/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const post = await onlyDraft();
    expect(post.media.map((m) => m.mimeType)).toEqual(['image/jpeg', 'video/mp4']);
  });

  it('schedules the draft at a local time in the business time zone', async () => {
    await arrangeDraft();
    await openDraft(DRAFT_TEXT);
    await expect.poll(() => composer.main.getByText(`Time zone: ${ZONE}`).isVisible()).toBe(true);
    // The default is the next full hour on the business's clock (the core's clock is 07:00 there).
    await expect.poll(() => composer.date.inputValue()).toBe('2026-11-25');
    await expect.poll(() => composer.time.inputValue()).toBe('08:00');

    await composer.schedule('2026-12-01', '09:00');
    await composer.scheduledSummary.waitFor();
    await expect
      .poll(() => composer.scheduledSummary.textContent())
      .toBe('Scheduled for Tue, Dec 1, 2026 at 9:00 AM (America/New_York)');
    const { id } = (
      await app.call('calendar.range', { from: Date.UTC(2026, 11, 1), to: Date.UTC(2026, 11, 2) })
    )[0]!;
    const stored = await app.call('posts.get', { id });
    expect(stored).toMatchObject({
      status: 'scheduled',
      scheduledAt: Date.UTC(2026, 11, 1, 14, 0),
      scheduledTimeZone: ZONE,
      scheduledLocal: '2026-12-01T09:00',
    });
    await expect.poll(() => app.call('posts.listDrafts')).toEqual([]);
  });

  it('asks which time is meant when the clocks skip it, and stores the choice', async () => {
    await arrangeDraft();
    await openDraft(DRAFT_TEXT);
    await composer.schedule('2027-03-14', '02:30');
    await composer.timeChoiceDialog.waitFor();
    await expect
      .poll(() => composer.timeChoices())
      .toEqual(['Use 01:30 EST on 2027-03-14', 'Use 03:30 EDT on 2027-03-14']);
    await composer.chooseTime('Use 03:30 EDT on 2027-03-14');
    await composer.timeChoiceDialog.waitFor({ state: 'hidden' });
    await composer.scheduledSummary.filter({ hasText: 'Mar 14, 2027' }).waitFor();
    await expect
      .poll(() => composer.scheduledSummary.textContent())
      .toBe('Scheduled for Sun, Mar 14, 2027 at 3:30 AM (America/New_York)');
    const [summary] = await app.call('calendar.range', {
      from: Date.UTC(2027, 2, 14),
      to: Date.UTC(2027, 2, 15),
    });
    expect(summary).toMatchObject({
      scheduledAt: Date.UTC(2027, 2, 14, 7, 30),
      scheduledLocal: '2027-03-14T03:30',
    });

    // Moved elsewhere (as a calendar drag does): the open composer follows.
    await app.call('posts.schedule', { id: summary!.id, local: '2026-12-03T11:00', timeZone: ZONE });
    await composer.scheduledSummary.filter({ hasText: 'Thu, Dec 3, 2026 at 11:00 AM' }).waitFor();
    await expect.poll(() => composer.time.inputValue()).toBe('11:00');

    await composer.moveToDrafts();
    await composer.scheduleButton.filter({ hasText: /^Schedule$/ }).waitFor();
    await expect.poll(async () => (await onlyDraft()).status).toBe('draft');
  });

  it('keeps typed text through a failed save and a crash, and brings it back', async () => {
    await arrangeDraft();
    await openDraft(DRAFT_TEXT);
    // The core stops answering saves, as if the engine had gone away mid-sentence.
    await app.page.route('**/api/invoke/posts.update', (route) => route.abort());
    await composer.text.press('End');
    await composer.type(' with rye');
    await composer.saveStatus
      .filter({ hasText: /^Not saved — .*Your text is kept on this device\.$/ })
      .waitFor();

    await app.page.reload();
    await app.page.unroute('**/api/invoke/posts.update');
    await shell.waitUntilLoaded();
    await expect.poll(async () => (await onlyDraft()).body).toBe(DRAFT_TEXT);

    await openDraft(DRAFT_TEXT);
    await expect.poll(() => composer.text.inputValue()).toBe(`${DRAFT_TEXT} with rye`);
    await composer.waitUntilSaved();
    await expect.poll(async () => (await onlyDraft()).body).toBe(`${DRAFT_TEXT} with rye`);
  });

  it('says why a post without a channel cannot be scheduled, and deletes a post after asking', async () => {
    await arrangeDraft(`${DRAFT_TEXT} with rye`);
    await shell.newPost();
    await composer.type('Closed on Monday');
    await composer.waitUntilSaved();
    await composer.schedule('2026-12-02', '10:00');
    await expect
      .poll(() => shell.waitForError('channel'))
      .toBe('Pick at least one channel before scheduling this post.');

    await composer.deletePost();
    await drafts.waitUntilLoaded();
    await expect.poll(() => drafts.titles()).toEqual([`${DRAFT_TEXT} with rye`]);
  });

  it('removes a channel after asking, and the composer invites a new one', async () => {
    await arrangeDraft();
    await shell.goTo('Settings');
    await settings.removeChannel('Corner Bakery');
    await settings.channelList.waitFor({ state: 'detached' });
    await expect.poll(() => app.call('channels.list')).toEqual([]);
    await expect.poll(async () => (await onlyDraft()).targets).toEqual([]);

    await openDraft(DRAFT_TEXT);
    await composer.addChannelInvitation.waitFor();
    expect(app.browserErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([]);
  });
});
