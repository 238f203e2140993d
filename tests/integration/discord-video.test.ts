// A video to Discord through the real core, against the fake channel webhook on loopback: an
// attachment like a photo, sent as it is, never re-encoded.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { startDiscordWebhookFake, type DiscordWebhookFake } from '../fakes/discord-webhook-fake';
import { draftWithPhotos, publishNow } from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let d: DiscordWebhookFake;
let t: TestCore;
const cleanups: Array<() => unknown> = [];

afterEach(async () => {
  expect(d.violations).toEqual([]);
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('videos to Discord', () => {
  it('attaches the mp4 as it is, next to a photo, with its description', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    d = await startDiscordWebhookFake({ now: () => clock.now(), rateLimit: null });
    const data = tempDir();
    t = startTestCore({ dataDir: data.dir, clock });
    cleanups.push(
      data.cleanup,
      () => t.core.close(),
      () => d.close(),
    );
    const channel = await t.call('channels.connect', { network: 'discord', webhookUrl: d.webhookUrl });
    const video = readFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url));
    const post = await draftWithPhotos(t, channel.id, 'The morning bake', 1);
    await t.call('media.add', {
      postId: post.id,
      fileName: 'oven.mp4',
      mimeType: 'video/mp4',
      dataBase64: video.toString('base64'),
      altText: 'Loaves going into the oven',
    });
    expect((await publishNow(t, post.id)).status).toBe('published');
    const [message] = [...d.messages.values()];
    expect(message!.attachments).toEqual([
      expect.objectContaining({ filename: 'photo-1.png', content_type: 'image/png' }),
      expect.objectContaining({
        filename: 'oven.mp4',
        content_type: 'video/mp4',
        size: video.length,
        description: 'Loaves going into the oven',
      }),
    ]);
  });
});
