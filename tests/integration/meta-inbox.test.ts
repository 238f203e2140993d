// The Facebook and Instagram inboxes through the real core, against the fake Graph API: comments
// on the Page's and the Instagram account's posts arrive once, linked to the post Cadence
// published, and an answer typed in the inbox goes out through the outbox into the comment's
// thread (/{comment-id}/comments on Facebook, /{ig-comment-id}/replies on Instagram).
import { afterEach, describe, expect, it } from 'vitest';
import { facebookInboxSource } from '../../src-main/core/inbox/sources/facebook-source';
import { instagramInboxSource } from '../../src-main/core/inbox/sources/instagram-source';
import { ERRORS } from '../fakes/meta/errors';
import { draftWithPhotos, publishNow } from '../support/publish-steps';
import { startMetaCore, startMetaWorld, type MetaWorld } from '../support/meta-world';
import { MINUTE } from '../support/time';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(network: 'facebook' | 'instagram') {
  const w: MetaWorld = await startMetaWorld({ fake: { instagram: { containerPolls: 0 } } });
  cleanups.push(w.dispose);
  const core = await startMetaCore(w, network, {
    facebook: facebookInboxSource(w.ctx),
    instagram: instagramInboxSource(w.ctx),
  });
  cleanups.push(core.dispose);
  return { w, ...core };
}

describe('the Facebook Page’s comments in the inbox', () => {
  it('arrive once, linked to our post, and an answer goes into the comment’s thread', async () => {
    const { w, t, channelId } = await start('facebook');
    const post = await publishNow(
      t,
      (await t.call('posts.create', { body: 'Open Sunday', channelIds: [channelId] })).id,
    );
    const [ours] = [...w.fake.world.posts.keys()];
    w.clock.advance(MINUTE);
    const comment = w.fake.addComment({ on: ours!, from: 'Ana', message: 'What time?' });

    await t.call('inbox.refresh', {});
    await t.call('inbox.refresh', {});
    const list = await t.call('inbox.list', {});
    expect(list.items.map((i) => [i.kind, i.authorName, i.text])).toEqual([['comment', 'Ana', 'What time?']]);
    expect(list.items[0]).toMatchObject({ inReplyToPostId: post.id, channelId });

    await t.call('inbox.reply', { id: list.items[0]!.id, text: 'From 9' });
    await t.core.whenIdle();
    const answer = [...w.fake.world.comments.values()].find((c) => c.parentCommentId === comment);
    expect(answer).toMatchObject({ message: 'From 9', from: { id: w.fake.page.id } });
    // The Page's own comments do not come back as something to answer.
    w.clock.advance(MINUTE);
    const own = w.fake.world.nextId();
    w.fake.world.comments.set(own, {
      id: own,
      targetId: ours!,
      network: 'facebook',
      from: { id: w.fake.page.id, name: 'Cadence Bakery' },
      message: 'We open at 9 on Sundays too',
      createdAt: w.clock.now(),
    });
    await t.call('inbox.refresh', {});
    expect((await t.call('inbox.list', {})).total).toBe(1);
    expect(w.fake.violations).toEqual([]);
  });

  it('says so when Facebook does not let Cadence read comments', async () => {
    const { w, t, channelId } = await start('facebook');
    await publishNow(t, (await t.call('posts.create', { body: 'Open Sunday', channelIds: [channelId] })).id);
    const [ours] = [...w.fake.world.posts.keys()];
    w.fake.faults.add(
      { kind: 'graph-error', error: ERRORS.permission('pages_read_user_content') },
      { method: 'GET', path: `/${ours}/comments` },
    );
    const [source] = await t.call('inbox.refresh', {});
    expect(source).toMatchObject({
      channelId,
      lastError: null,
      notice: expect.stringContaining('Facebook does not let Cadence read the comments'),
    });
  });
});

describe('the Instagram account’s comments in the inbox', () => {
  it('arrive once, linked to our post, and an answer goes through the comment’s replies', async () => {
    const { w, t, channelId } = await start('instagram');
    const post = await publishNow(t, (await draftWithPhotos(t, channelId, 'Lemon cake', 1)).id);
    const [ours] = [...w.fake.world.igMedia.keys()];
    w.clock.advance(MINUTE);
    const comment = w.fake.addComment({ on: ours!, from: 'bea', message: 'Gluten free?' });

    await t.call('inbox.refresh', {});
    const list = await t.call('inbox.list', {});
    expect(list.items.map((i) => [i.kind, i.authorHandle, i.text])).toEqual([
      ['comment', '@bea', 'Gluten free?'],
    ]);
    expect(list.items[0]).toMatchObject({ inReplyToPostId: post.id, channelId });

    await t.call('inbox.reply', { id: list.items[0]!.id, text: 'Yes!' });
    await t.core.whenIdle();
    const answer = [...w.fake.world.comments.values()].find((c) => c.parentCommentId === comment);
    expect(answer).toMatchObject({ message: 'Yes!', from: { name: 'cadencebakery' } });
    expect(w.requests('POST', `/${comment}/replies`)).toHaveLength(1);
    expect(w.fake.violations).toEqual([]);
  });
});
