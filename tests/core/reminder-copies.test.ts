// The "Post it now" panel's image copies (files to drag into the browser) on a real core and a
// temporary data folder: kept while the reminder waits (snoozed too), removed once it is posted,
// held as missed, taken back to drafts, deleted or its channel removed, and at start whatever a crash left behind.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import type { DesktopFiles } from '../../src-main/core/ports';
import { PNG_1X1 } from '../support/crafted-images';
import { it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { MINUTE } from '../support/time';

// The test core starts at 2026-11-25 12:00 UTC in New York (UTC-5): 09:00 there is 14:00 UTC.
const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const GRACE = 120 * MINUTE;

const desktopFiles: DesktopFiles = { showInFolder: () => {}, startDrag: () => {} };

/** A TikTok reminder with one image, due and shown, its image copied for a drag; the copy's folder. */
async function remindedWithCopy(t: TestCore) {
  const channel = await t.call('channels.connect', { network: 'reminder', preset: 'tiktok' });
  const created = await t.call('posts.create', { body: 'Rye at nine', channelIds: [channel.id] });
  const post = await t.call('posts.schedule', {
    id: created.id,
    local: '2026-11-25T09:00',
    timeZone: 'America/New_York',
  });
  const image = await t.call('media.add', {
    postId: post.id,
    fileName: 'loaf.png',
    mimeType: 'image/png',
    dataBase64: PNG_1X1,
    altText: 'A rye loaf',
  });
  await t.runUntil(NINE_AM);
  const targetId = post.targets[0]!.id;
  await t.call('reminders.startDrag', { targetId, mediaId: image.id });
  const folder = join(t.dataDir, 'reminders', targetId);
  expect(readdirSync(folder)).toEqual(['1-loaf.png']);
  return { postId: post.id, targetId, folder };
}

it('keeps the copies while the reminder waits, snoozed too', async ({ startCore }) => {
  const t = startCore({ desktopFiles });
  const { targetId, folder } = await remindedWithCopy(t);
  await t.call('reminders.snooze', { targetId });
  expect(readdirSync(folder)).toEqual(['1-loaf.png']);
  await t.runUntil(NINE_AM + 15 * MINUTE);
  expect((await t.call('reminders.list')).map((r) => r.targetId)).toEqual([targetId]);
  expect(readdirSync(folder)).toEqual(['1-loaf.png']);
});

it('removes them once the owner says it was posted', async ({ startCore }) => {
  const t = startCore({ desktopFiles });
  const { targetId, folder } = await remindedWithCopy(t);
  await t.call('reminders.posted', { targetId });
  expect(existsSync(folder)).toBe(false);
});

it('removes them once the reminder is held as missed', async ({ startCore }) => {
  const t = startCore({ desktopFiles });
  const { folder } = await remindedWithCopy(t);
  await t.runUntil(NINE_AM + GRACE);
  expect(existsSync(folder)).toBe(false);
});

it('removes them when the post goes back to drafts, or is deleted', async ({ startCore }) => {
  const t = startCore({ desktopFiles });
  const unscheduled = await remindedWithCopy(t);
  await t.call('posts.unschedule', { id: unscheduled.postId });
  expect(existsSync(unscheduled.folder)).toBe(false);

  const deleted = await remindedWithCopy(t);
  await t.call('posts.delete', { id: deleted.postId });
  expect(existsSync(deleted.folder)).toBe(false);
  // Another post's changes leave a waiting reminder's copies alone.
  const waiting = await remindedWithCopy(t);
  await t.call('posts.create', { body: 'Something else' });
  expect(readdirSync(waiting.folder)).toEqual(['1-loaf.png']);
});

it('removes them when the reminder’s channel is removed', async ({ startCore }) => {
  const t = startCore({ desktopFiles });
  const { folder } = await remindedWithCopy(t);
  const [channel] = await t.call('channels.list');
  await t.call('channels.remove', { id: channel!.id });
  expect(existsSync(folder)).toBe(false);
});

it('removes at start what a crash left: copies of settled reminders and cut copies', async ({
  startCore,
  newFolder,
}) => {
  const dataDir = newFolder();
  const first = startCore({ desktopFiles, dataDir });
  const waiting = await remindedWithCopy(first);
  await first.close();
  // As if the core had stopped between settling a reminder and removing its files.
  const reminders = dirname(waiting.folder);
  mkdirSync(join(reminders, 'gone-target'), { recursive: true });
  writeFileSync(join(reminders, 'gone-target', '1-loaf.png.partial'), 'cut');

  const again = startCore({ desktopFiles, dataDir });
  expect(readdirSync(reminders)).toEqual([waiting.targetId]);
  await again.call('reminders.posted', { targetId: waiting.targetId });
  expect(readdirSync(reminders)).toEqual([]);
});
