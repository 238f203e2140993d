// A video to Mastodon through the real outbox, against the schema-checked fake on loopback: the
// same /api/v2/media upload as a photo, never re-encoded, and the status waits for processing.
import { readFileSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startMastodonWorld } from '../support/mastodon-world';

const video = readFileSync(new URL('../fixtures/media/tiny-h264.mp4', import.meta.url));

describe('videos to Mastodon', () => {
  it('uploads the mp4 as it is and posts once the server has processed it', async () => {
    const m = await startMastodonWorld({ fake: { config: { mediaProcessingPolls: 2 } } });
    onTestFinished(() => m.dispose());
    const channelId = await m.connect();
    const post = await m.t.call('posts.create', { body: 'The oven at dawn', channelIds: [channelId] });
    await m.t.call('media.add', {
      postId: post.id,
      fileName: 'oven.mp4',
      mimeType: 'video/mp4',
      dataBase64: video.toString('base64'),
      altText: 'Bread going into a wood-fired oven',
    });
    await m.t.call('posts.publishNow', { id: post.id });
    await m.t.core.whenIdle();

    expect((await m.t.call('posts.get', { id: post.id })).status).toBe('published');
    const [status] = m.fake.statuses;
    const media = m.fake.store.media.get(status!.mediaIds[0]!)!;
    expect(media).toMatchObject({
      type: 'video',
      mimeType: 'video/mp4',
      size: video.length,
      description: 'Bread going into a wood-fired oven',
    });
    // Two answers of 206 (still processing), then 200; only then the status.
    expect(m.requests('GET', /^\/api\/v1\/media\//)).toHaveLength(3);
    expect(m.fake.violations).toEqual([]);
  });
});
