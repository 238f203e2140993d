// Management metrics against a real local Bluesky network WITH the AppView (Postgres and Redis,
// which npm test starts): a follow, a like and a reply from another account show up as the
// counts Cadence records. Without Postgres and Redis this file fails and says why; it is
// skipped, with the reason, only on Windows, where they cannot run.
import { AtpAgent } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APPVIEW_SKIP_REASON,
  requireAppviewServices,
  skipWhereAppviewCannotRun,
  untilAppView,
} from '../support/appview-services';
import { startBlueskyNetwork, type BlueskyNetwork } from '../support/bluesky-network';
import { publishNow } from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { DAY } from '../support/time';

let network: BlueskyNetwork;
let t: TestCore;
let channelId: string;
let postId: string;
const cleanups: Array<() => unknown> = [];

skipWhereAppviewCannotRun();

beforeAll(async () => {
  if (APPVIEW_SKIP_REASON) return;
  await requireAppviewServices();
  network = await startBlueskyNetwork({ appview: true });
  cleanups.push(() => network.stop());
  const shop = await network.createAccount('corner-bakery');
  const fanAccount = await network.createAccount('regular');
  const fan = new AtpAgent({ service: network.pdsUrl });
  await fan.login({ identifier: fanAccount.handle, password: fanAccount.password });

  const data = tempDir();
  cleanups.push(data.cleanup);
  t = startTestCore({ dataDir: data.dir });
  cleanups.push(() => t.core.close());
  channelId = (
    await t.call('channels.connect', {
      network: 'bluesky',
      serviceUrl: network.pdsUrl,
      identifier: shop.handle,
      appPassword: shop.password,
    })
  ).id;
  // The first snapshot, before anyone follows.
  await t.call('metrics.snapshot', { channelId });

  const draft = await t.call('posts.create', {
    body: 'Sourdough is back on Saturday',
    channelIds: [channelId],
  });
  expect((await publishNow(t, draft.id)).status).toBe('published');
  postId = draft.id;
  const uri = t.core.database.sqlite
    .prepare('select remote_id from post_targets where post_id = ?')
    .pluck()
    .get(postId) as string;
  const ref = await untilAppView(async () => {
    const [post] = (await fan.app.bsky.feed.getPosts({ uris: [uri] })).data.posts;
    return post ? { uri: post.uri, cid: post.cid } : null;
  });

  await fan.follow(shop.did);
  await fan.like(ref.uri, ref.cid);
  await fan.post({ text: 'Keep one for me?', reply: { root: ref, parent: ref } });
  await untilAppView(async () => {
    const [post] = (await fan.app.bsky.feed.getPosts({ uris: [uri] })).data.posts;
    const profile = (await fan.getProfile({ actor: shop.did })).data;
    return post?.likeCount === 1 && post.replyCount === 1 && profile.followersCount === 1 ? true : null;
  });
  t.clock.advance(60 * 60_000);
}, 180_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('Bluesky metrics through the AppView', () => {
  it('a follow, a like and a reply give 1 follower, 1 like, 1 reply and a 200% engagement rate', async () => {
    const snapshot = await t.call('metrics.snapshot', {});
    expect(snapshot.channels).toEqual([
      { channelId, channelName: expect.any(String), followers: 1, posts: 1, error: null },
    ]);

    const range = { from: t.clock.now() - 7 * DAY, to: t.clock.now() + DAY };
    const report = await t.call('metrics.engagement', range);
    expect(report.posts).toHaveLength(1);
    expect(report.posts[0]).toMatchObject({
      postId,
      likes: 1,
      reposts: 0,
      replies: 1,
      quotes: 0,
      views: null,
      interactions: 2,
      followers: 1,
    });
    expect(report.posts[0]!.rate).toMatchObject({ value: 2, worked: '2 ÷ 1 = 200%' });
    expect(report.channels[0]!.rate).toMatchObject({ value: 2, worked: '2 ÷ 1 ÷ 1 = 200%' });

    const followers = await t.call('metrics.followers', { ...range, channelId });
    expect(followers[0]!.points.map((p) => p.followers)).toEqual([0, 1]);
  });
});
