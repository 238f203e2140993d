// Management metrics against the schema-checked Mastodon fake: the account's followers_count
// and each published status's favourites, boosts and replies, through the real core.
import { describe, expect, it, onTestFinished } from 'vitest';
import { startMastodonWorld, type MastodonWorld } from '../support/mastodon-world';
import { DAY } from '../support/time';
import type { CoreMessageKey } from '../../src-main/shared/messages/owner-message';
import { wordsIn } from '../../src-main/shared/messages/words';

async function publishedStatus(m: MastodonWorld, channelId: string, body: string) {
  const post = await m.t.call('posts.create', { body, channelIds: [channelId] });
  await m.t.call('posts.publishNow', { id: post.id });
  await m.t.core.whenIdle();
  const status = m.fake.statuses.find((s) => s.text === body)!;
  return { postId: post.id, statusId: status.id };
}

describe('Mastodon metrics', () => {
  it('records followers and each status’s favourites, boosts and replies, and the engagement rate', async () => {
    const m = await startMastodonWorld({ fake: { owner: { followersCount: 40 } } });
    onTestFinished(() => m.dispose());
    const channelId = await m.connect();
    await m.t.call('metrics.snapshot', { channelId });
    const { postId, statusId } = await publishedStatus(m, channelId, 'Sourdough is back on Saturday');

    m.clock.advance(60 * 60_000);
    m.fake.interact({ type: 'favourite', from: 'ana@example.social', statusId });
    m.fake.interact({ type: 'favourite', from: 'bo@example.social', statusId });
    m.fake.interact({ type: 'reblog', from: 'ana@example.social', statusId });
    m.fake.interact({ type: 'follow', from: 'cy@example.social' });
    m.fake.addMention({ from: 'bo@example.social', text: 'Saving one for me?', inReplyTo: statusId });

    const snapshot = await m.t.call('metrics.snapshot', { channelId });
    expect(snapshot.channels).toEqual([
      { channelId, channelName: expect.any(String), followers: 41, posts: 1, error: null },
    ]);

    const range = { from: m.clock.now() - 7 * DAY, to: m.clock.now() + DAY };
    const report = await m.t.call('metrics.engagement', range);
    expect(report.posts).toHaveLength(1);
    const [post] = report.posts;
    expect(post).toMatchObject({
      postId,
      likes: 2,
      reposts: 1,
      replies: 1,
      quotes: null,
      interactions: 4,
      followers: 41,
    });
    expect(post!.rate.value).toBeCloseTo(4 / 41);
    expect(post!.rate.worked).toBe('4 ÷ 41 = 9.76%');
    expect(report.channels[0]).toMatchObject({ posts: 1, interactions: 4, followers: 41 });
    expect(report.channels[0]!.rate.value).toBeCloseTo(4 / 41 / 1);

    // The first snapshot came before the follow.
    const followers = await m.t.call('metrics.followers', range);
    expect(followers[0]!.points.map((p) => p.followers)).toEqual([40, 41]);
    const best = await m.t.call('metrics.bestPosts', { ...range, limit: 5 });
    expect(best.map((p) => p.postId)).toEqual([postId]);
    expect(m.requests('GET', `/api/v1/statuses/${statusId}`)).toHaveLength(1);
    expect(m.fake.violations).toEqual([]);
  });

  it('measures a newly connected channel a day later on its own timer, then daily; a deleted status is skipped', async () => {
    const m = await startMastodonWorld();
    onTestFinished(() => m.dispose());
    const channelId = await m.connect();
    await m.t.core.whenIdle();
    const connectedAt = m.clock.now();
    expect(m.requests('GET', '/api/v1/accounts/verify_credentials')).toHaveLength(1); // the sign-in only
    const { statusId } = await publishedStatus(m, channelId, 'Croissants at 7');
    m.fake.store.statuses.delete(statusId);

    const range = { from: connectedAt - DAY, to: connectedAt + 5 * DAY };
    expect(await m.t.call('metrics.followers', range)).toEqual([]);
    await m.runUntil(connectedAt + DAY);
    const first = (await m.t.call('metrics.followers', range))[0]!;
    expect(first.points.map((p) => p.at)).toEqual([connectedAt + DAY]);
    await m.runUntil(connectedAt + 2 * DAY);
    const second = (await m.t.call('metrics.followers', range))[0]!;
    expect(second.points.map((p) => p.at)).toEqual([connectedAt + DAY, connectedAt + 2 * DAY]);
    const report = await m.t.call('metrics.engagement', range);
    expect(report.posts[0]!.rate).toMatchObject({ value: null, missing: { message: 'Not measured yet.' } });
    expect(m.t.clock.pendingTimers).toBeGreaterThan(0);
  });

  it('says why a channel could not be measured, keyed so the window can say it in German', async () => {
    const m = await startMastodonWorld();
    onTestFinished(() => m.dispose());
    const channelId = await m.connect();
    m.fake.faults.add({ kind: 'server-error', status: 503 }, { method: 'GET' });
    const snapshot = await m.t.call('metrics.snapshot', { channelId });
    const [failed] = snapshot.channels;
    expect(failed).toMatchObject({
      channelId,
      followers: null,
      error: { key: expect.stringMatching(/^connectors\.common\.serverTrouble/), params: { status: 503 } },
    });
    expect(wordsIn('de')(failed!.error!.key as CoreMessageKey, failed!.error!.params)).toMatch(
      /hatte ein Problem/,
    );
  });
});
