import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect } from 'vitest';
import { test } from '../support/core-fixture';

// Made once with ffmpeg (see tests/fixtures/media/README.md); the tests only read them.
const fixture = (name: string) => readFileSync(new URL(`../fixtures/media/${name}`, import.meta.url));

const it = test.extend<{ postId: string }>({
  postId: async ({ t }, use) => use((await t.call('posts.create', { body: 'With a video' })).id),
});

describe('videos in the media store', () => {
  it('reads duration, codec and size of an mp4 when it is attached, and keeps them', async ({
    t,
    postId,
  }) => {
    const bytes = fixture('tiny-h264.mp4');
    const item = await t.call('media.add', {
      postId,
      fileName: 'bakery.mp4',
      mimeType: 'video/mp4',
      dataBase64: bytes.toString('base64'),
    });
    expect(item).toMatchObject({ mimeType: 'video/mp4', byteSize: bytes.length, fileName: 'bakery.mp4' });
    expect(item.video).toEqual({
      durationMs: 2000,
      codec: expect.stringMatching(/^avc1\./),
      width: 32,
      height: 24,
    });
    expect((await t.call('posts.get', { id: postId })).media).toEqual([item]);
  });

  it('tells one codec from another', async ({ t, postId }) => {
    const item = await t.call('media.add', {
      postId,
      fileName: 'old-phone.mp4',
      mimeType: 'video/mp4',
      dataBase64: fixture('tiny-mpeg4.mp4').toString('base64'),
    });
    expect(item.video).toMatchObject({ durationMs: 1000, codec: expect.stringMatching(/^mp4v/) });
  });

  it('gives a photo no video facts', async ({ t, postId }) => {
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
      'base64',
    );
    const item = await t.call('media.add', {
      postId,
      fileName: 'dot.png',
      mimeType: 'image/png',
      dataBase64: png.toString('base64'),
    });
    expect(item.video).toBeNull();
  });

  it('refuses a file that claims to be mp4 but is not, in plain words', async ({ t, postId }) => {
    const notMp4 = await t.core.invoke('media.add', {
      postId,
      fileName: 'clip.mp4',
      mimeType: 'video/mp4',
      dataBase64: Buffer.from('just some text, not a video').toString('base64'),
    });
    expect(notMp4).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'errors.media.invalid' },
    });
  });

  it('refuses an mp4-like file without a video track and says what to do', async ({ t, postId }) => {
    // A HEIC photo is an ISO media file too ("ftyp" first), but holds no video track.
    const result = await t.core.invoke('media.add', {
      postId,
      fileName: 'clip.mp4',
      mimeType: 'video/mp4',
      dataBase64: fixture('tiny-photo.heic').toString('base64'),
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        key: 'media.videoUnreadable',
        params: { file: 'clip.mp4' },
        message:
          '“clip.mp4” is not an MP4 video Cadence can read (it found no video track). Export it again as MP4 (H.264) and retry.',
      },
    });
    expect((await t.call('posts.get', { id: postId })).media).toEqual([]);
  });
});

describe('HEIC photos in the media store', () => {
  it('turns an iPhone photo into a JPEG as it is attached', async ({ t, postId }) => {
    const item = await t.call('media.add', {
      postId,
      fileName: 'IMG_0042.HEIC',
      mimeType: 'image/heic',
      dataBase64: fixture('tiny-photo.heic').toString('base64'),
      altText: 'The counter at opening time',
    });
    expect(item).toMatchObject({ mimeType: 'image/jpeg', fileName: 'IMG_0042.jpg', video: null });
    const stored = readFileSync(t.core.mediaPath(item.sha256));
    expect([...stored.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect(await sharp(stored).metadata()).toMatchObject({ format: 'jpeg', width: 64, height: 48 });
  });

  it('refuses a file that claims to be HEIC but is not, in plain words', async ({ t, postId }) => {
    const result = await t.core.invoke('media.add', {
      postId,
      fileName: 'photo.heic',
      mimeType: 'image/heic',
      dataBase64: fixture('tiny-h264.mp4').toString('base64'),
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', key: 'errors.media.invalid' },
    });
  });
});

describe('videos and HEIC photos in a CSV import', () => {
  it('imports an mp4 with its facts and a HEIC photo as a JPEG', async ({ t, newFolder }) => {
    const folder = newFolder();
    const video = join(folder, 'oven.mp4');
    const photo = join(folder, 'IMG_0042.heic');
    copyFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url), video);
    copyFileSync(new URL('../fixtures/media/tiny-photo.heic', import.meta.url), photo);
    await t.call('channels.add', {
      network: 'mastodon',
      displayName: 'Toots',
      handle: 'bakery@example.social',
    });
    const csv = [
      'text,date,time,channels,images',
      `Morning,2026-12-02,10:00,Toots,"${video}; ${photo}"`,
    ].join('\n');
    const result = await t.call('postImport.commit', { fileName: 'week.csv', csvText: csv });
    const post = await t.call('posts.get', { id: result.postIds[0]! });
    expect(post.media.map((m) => [m.fileName, m.mimeType, m.video?.durationMs ?? null])).toEqual([
      ['oven.mp4', 'video/mp4', 2000],
      ['IMG_0042.jpg', 'image/jpeg', null],
    ]);
  });
});
