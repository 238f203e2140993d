// The Bluesky inbox against a real local network WITH the AppView (PLC, PDS, AppView; Postgres
// and Redis, which npm test starts). Without Postgres and Redis this file fails and says why;
// it is skipped, with the reason, only on Windows, where they cannot run.
import { AtpAgent, RichText, type AppBskyFeedDefs } from '@atproto/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InboxItem } from '../../src-main/shared/inbox';
import {
  APPVIEW_SKIP_REASON,
  requireAppviewServices,
  skipWhereAppviewCannotRun,
  untilAppView,
} from '../support/appview-services';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { publishNow } from '../support/publish-steps';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let network: BlueskyNetwork;
let shop: BlueskyAccount;
let fan: AtpAgent;
/** The shop's own agent, to see what the AppView has indexed (Cadence has its own). */
let shopAgent: AtpAgent;
let t: TestCore;
let channelId: string;
let ourPost: { id: string; uri: string; cid: string };
let fanMention: { uri: string; cid: string };
let fanReply: { uri: string; cid: string };
const cleanups: Array<() => unknown> = [];

skipWhereAppviewCannotRun();

beforeAll(async () => {
  if (APPVIEW_SKIP_REASON) return;
  await requireAppviewServices();
  const started = performance.now();
  network = await startBlueskyNetwork({ appview: true });
  cleanups.push(() => network.stop());
  console.info(
    `[bluesky-inbox] network with the AppView ready in ${Math.round(performance.now() - started)} ms`,
  );

  shop = await network.createAccount('corner-bakery');
  const fanAccount = await network.createAccount('regular');
  fan = new AtpAgent({ service: network.pdsUrl });
  await fan.login({ identifier: fanAccount.handle, password: fanAccount.password });
  shopAgent = new AtpAgent({ service: network.pdsUrl });
  await shopAgent.login({ identifier: shop.handle, password: shop.password });

  const data = tempDir();
  cleanups.push(data.cleanup);
  t = startTestCore({ dataDir: data.dir });
  cleanups.push(() => t.core.close());
  const channel = await t.call('channels.connect', {
    network: 'bluesky',
    serviceUrl: network.pdsUrl,
    identifier: shop.handle,
    appPassword: shop.password,
  });
  channelId = channel.id;

  // Our post, published through Cadence; the fan mentions us, replies to it, likes it and follows.
  const draft = await t.call('posts.create', {
    body: 'Sourdough is back on Saturday',
    channelIds: [channelId],
  });
  expect((await publishNow(t, draft.id)).status).toBe('published');
  const uri = targetRemoteId(draft.id);
  // From the PDS, which has it at once; the AppView indexes it a moment later.
  const [, , repo, collection, rkey] = uri.split('/');
  const published = await fan.com.atproto.repo.getRecord({
    repo: repo!,
    collection: collection!,
    rkey: rkey!,
  });
  ourPost = { id: draft.id, uri, cid: published.data.cid! };

  fanMention = strongRef(await fan.post(await withFacets(`Best bread in town: @${shop.handle}`)));
  fanReply = strongRef(
    await fan.post({
      text: 'Do you keep one aside if I come at noon?',
      reply: { root: strongRef(ourPost), parent: strongRef(ourPost) },
    }),
  );
  await fan.like(ourPost.uri, ourPost.cid);
  await fan.follow(shop.did);
  await untilNotifications(4);
}, 180_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe('Bluesky inbox against the AppView', () => {
  it('a sync brings exactly the mention and the reply, matched to our post; the like and the follow are counted', async () => {
    await t.call('inbox.refresh');
    const { items } = await t.call('inbox.list', {});
    expect(items.map(summary).sort(byKind)).toEqual([
      {
        kind: 'mention',
        remoteId: fanMention.uri,
        author: 'regular.test',
        text: `Best bread in town: @${shop.handle}`,
        post: null,
      },
      {
        kind: 'reply',
        remoteId: fanReply.uri,
        author: 'regular.test',
        text: 'Do you keep one aside if I come at noon?',
        post: ourPost.id,
      },
    ]);
    expect(items.every((item) => item.channelId === channelId && item.status === 'new')).toBe(true);
    expect(interactionTotals()).toEqual({ likes: 1, reposts: 0, follows: 1 });
  });

  it('a second sync brings nothing new, and a later mention comes alone', async () => {
    await t.call('inbox.refresh');
    expect((await t.call('inbox.list', {})).items).toHaveLength(2);
    expect(interactionTotals()).toEqual({ likes: 1, reposts: 0, follows: 1 });

    const later = await fan.post(await withFacets(`@${shop.handle} see you Saturday`));
    await untilNotifications(5);
    await t.call('inbox.refresh');
    const { items } = await t.call('inbox.list', {});
    expect(items.map(remoteIdOf).sort()).toEqual([fanMention.uri, fanReply.uri, later.uri].sort());
    expect(interactionTotals()).toEqual({ likes: 1, reposts: 0, follows: 1 });
  });

  it('reading the items in Cadence marks them seen on Bluesky (updateSeen)', async () => {
    const unread = async () => (await shopAgent.app.bsky.notification.getUnreadCount()).data.count;
    expect(await unread()).toBeGreaterThan(0);
    const { items } = await t.call('inbox.list', {});
    await t.call('inbox.setStatus', { ids: items.map((item) => item.id), status: 'read' });
    await untilAppView(async () => ((await unread()) === 0 ? true : null));
  });

  it('a reply from Cadence goes through the outbox as a reply record with the right parent and root, and shows in the thread', async () => {
    const item = await itemFor(fanReply.uri);
    const { post } = await t.call('inbox.reply', { id: item.id, text: 'Of course, it will wait for you!' });
    await t.core.whenIdle();
    expect((await t.call('posts.get', { id: post.id })).status).toBe('published');

    const replyUri = targetRemoteId(post.id);
    const [, , repo, collection, rkey] = replyUri.split('/');
    const record = await fan.com.atproto.repo.getRecord({
      repo: repo!,
      collection: collection!,
      rkey: rkey!,
    });
    expect(repo).toBe(shop.did);
    expect(record.data.value).toMatchObject({
      text: 'Of course, it will wait for you!',
      reply: { parent: fanReply, root: strongRef(ourPost) },
    });

    const replies = await untilAppView(async () => {
      const thread = await fan.app.bsky.feed.getPostThread({ uri: ourPost.uri, depth: 5 });
      const fanBranch = threadReplies(thread.data.thread).find((reply) => reply.post.uri === fanReply.uri);
      const ours = fanBranch ? threadReplies(fanBranch).map((reply) => reply.post.uri) : [];
      return ours.includes(replyUri) ? ours : null;
    });
    expect(replies).toEqual([replyUri]);
    expect((await itemFor(fanReply.uri)).firstRepliedAt).not.toBeNull();
  });
});

function strongRef({ uri, cid }: { uri: string; cid: string }) {
  return { uri, cid };
}

function targetRemoteId(postId: string): string {
  return t.core.database.sqlite
    .prepare('select remote_id from post_targets where post_id = ?')
    .pluck()
    .get(postId) as string;
}

function remoteIdOf(item: InboxItem): string {
  return t.core.database.sqlite
    .prepare('select remote_id from inbox_items where id = ?')
    .pluck()
    .get(item.id) as string;
}

function interactionTotals() {
  return t.core.database.sqlite
    .prepare(
      'select coalesce(sum(likes), 0) as likes, coalesce(sum(reposts), 0) as reposts, coalesce(sum(follows), 0) as follows from inbox_interactions where channel_id = ?',
    )
    .get(channelId);
}

function summary(item: InboxItem) {
  return {
    kind: item.kind,
    remoteId: remoteIdOf(item),
    author: item.authorHandle,
    text: item.text,
    post: item.inReplyToPostId,
  };
}

function byKind(a: { kind: string }, b: { kind: string }): number {
  return a.kind.localeCompare(b.kind);
}

async function itemFor(remoteId: string): Promise<InboxItem> {
  const { items } = await t.call('inbox.list', {});
  const item = items.find((candidate) => remoteIdOf(candidate) === remoteId);
  if (!item) throw new Error(`no inbox item for ${remoteId}`);
  return t.call('inbox.get', { id: item.id }).then((thread) => thread.item);
}

async function withFacets(text: string) {
  const rich = new RichText({ text });
  await rich.detectFacets(fan);
  return { text: rich.text, facets: rich.facets };
}

function threadReplies(node: unknown): AppBskyFeedDefs.ThreadViewPost[] {
  const replies: unknown[] = (node as AppBskyFeedDefs.ThreadViewPost).replies ?? [];
  return replies.filter(
    (reply): reply is AppBskyFeedDefs.ThreadViewPost =>
      typeof reply === 'object' && reply !== null && 'post' in reply,
  );
}

/** The AppView indexes from the PDS's firehose a moment after each write. */
async function untilNotifications(count: number): Promise<void> {
  await untilAppView(async () => {
    const { data } = await shopAgent.app.bsky.notification.listNotifications({ limit: 50 });
    return data.notifications.length >= count ? true : null;
  });
}
