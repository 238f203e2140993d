// Videos to Telegram through the real core, against the fake Bot API on loopback: sendVideo
// for one, a mixed album with sendMediaGroup, and a codec Telegram cannot play refused before
// anything is sent.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TelegramFake } from '../fakes/telegram-fake';
import { draftWithPhotos, publishNow } from '../support/publish-steps';
import { telegramWorlds } from '../support/telegram-world';
import type { TestCore } from '../support/test-core';

let tg: TelegramFake;
let t: TestCore;
const startWorld = telegramWorlds();

async function connectedChannel(): Promise<string> {
  const world = await startWorld();
  ({ tg, t } = world);
  return world.channelId;
}

async function addVideo(postId: string, fixture: string) {
  const bytes = readFileSync(new URL(`../fixtures/media/${fixture}`, import.meta.url));
  await t.call('media.add', {
    postId,
    fileName: fixture,
    mimeType: 'video/mp4',
    dataBase64: bytes.toString('base64'),
  });
}

const calls = (method: string) => tg.requests.filter((r) => r.path.endsWith(`/${method}`)).length;

describe('videos to Telegram', () => {
  it('sends one video with sendVideo, with its length and size, and the caption', async () => {
    const channelId = await connectedChannel();
    const post = await draftWithPhotos(t, channelId, 'The oven at dawn');
    await addVideo(post.id, 'tiny-h264.mp4');
    expect((await publishNow(t, post.id)).status).toBe('published');
    expect(calls('sendVideo')).toBe(1);
    expect(tg.channelPosts).toEqual([
      expect.objectContaining({
        caption: 'The oven at dawn',
        video: expect.objectContaining({ mime_type: 'video/mp4', duration: 2, width: 32, height: 24 }),
      }),
    ]);
  });

  it('sends a photo and a video together as one album', async () => {
    const channelId = await connectedChannel();
    const post = await draftWithPhotos(t, channelId, 'Morning at the bakery', 1);
    await addVideo(post.id, 'tiny-h264.mp4');
    expect((await publishNow(t, post.id)).status).toBe('published');
    expect(calls('sendMediaGroup')).toBe(1);
    expect(tg.channelPosts.map((m) => [Boolean(m.photo), Boolean(m.video)])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('refuses a video Telegram cannot play before sending anything, saying what to do', async () => {
    const channelId = await connectedChannel();
    const before = tg.requests.length;
    const post = await draftWithPhotos(t, channelId, 'An old clip');
    await addVideo(post.id, 'tiny-mpeg4.mp4');
    const failed = await publishNow(t, post.id);
    expect(failed.status).toBe('failed');
    expect(failed.targets[0]!.lastError).toContain('Telegram plays H.264. Export it again as H.264 MP4.');
    expect(tg.requests.length).toBe(before);
  });
});
