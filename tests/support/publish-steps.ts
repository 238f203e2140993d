// The steps the connector tests repeat against a real core: a post with photos, "Publish now"
// until the outbox is idle, and running the clock to a target's next attempt.
import sharp from 'sharp';
import type { Post } from '../../src-main/shared/entities';
import { targetRow } from './outbox-harness';
import type { TestCore } from './test-core';

const COLORS = ['#c92a2a', '#2b8a3e', '#1864ab', '#e67700', '#5f3dc4'];

/** A small real PNG, different for each index so every photo is a separate file. */
export async function pngBase64(index = 0): Promise<string> {
  const image = sharp({
    create: { width: 40 + index, height: 30, channels: 3, background: COLORS[index % COLORS.length]! },
  });
  return (await image.png().toBuffer()).toString('base64');
}

/** A draft on one channel with `photos` PNGs, each described as "Photo n". */
export async function draftWithPhotos(
  t: TestCore,
  channelId: string,
  body: string,
  photos = 0,
): Promise<Post> {
  const post = await t.call('posts.create', { body, channelIds: [channelId] });
  for (let index = 0; index < photos; index += 1) {
    await t.call('media.add', {
      postId: post.id,
      fileName: `photo-${index + 1}.png`,
      mimeType: 'image/png',
      dataBase64: await pngBase64(index),
      altText: `Photo ${index + 1}`,
    });
  }
  return post;
}

/** "Publish now", then waits until the outbox has nothing in flight; returns the post as it stands. */
export async function publishNow(t: TestCore, postId: string): Promise<Post> {
  await t.call('posts.publishNow', { id: postId });
  await t.core.whenIdle();
  return t.call('posts.get', { id: postId });
}

/** Sets the clock to the target's next attempt time and lets that attempt finish. */
export async function runToNextAttempt(t: TestCore, targetId: string): Promise<Post> {
  const row = targetRow(t, targetId);
  if (row.next_attempt_at === null) throw new Error(`target ${targetId} has no next attempt (${row.state})`);
  t.clock.set(row.next_attempt_at);
  await t.core.whenIdle();
  const postId = t.core.database.sqlite
    .prepare('select post_id from post_targets where id = ?')
    .pluck()
    .get(targetId) as string;
  return t.call('posts.get', { id: postId });
}

export { targetRow };
