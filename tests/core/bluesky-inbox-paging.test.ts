// The Bluesky inbox's incremental reading, against an in-memory notification list that pages
// like the AppView (newest first, cursor = the last item's sort time, next page strictly older).
// The real AppView is in tests/integration/bluesky-inbox.test.ts; here are the cases that need
// thousands of notifications or a post backdated on purpose.
import type { AtpAgent } from '@atproto/api';
import { describe, expect, it } from 'vitest';
import type { InboxBatch } from '../../src-main/core/inbox/inbox-source';
import type { Notification } from '../../src-main/core/inbox/sources/bluesky-notifications';
import { readNotifications } from '../../src-main/core/inbox/sources/bluesky-source';

const OURS = 'did:plc:ours';
const FAN = 'did:plc:fan';
const OTHER = 'did:plc:other';
const T0 = Date.UTC(2026, 10, 20, 12);
const OUR_POST = `at://${OURS}/app.bsky.feed.post/3ourpost`;

class FakeAppView {
  notifications: Notification[] = [];
  pagesRead = 0;
  private serial = 0;

  add(reason: string, at: number, extra: Partial<Notification> = {}): Notification {
    this.serial += 1;
    const collection =
      reason === 'like'
        ? 'app.bsky.feed.like'
        : reason === 'follow'
          ? 'app.bsky.graph.follow'
          : 'app.bsky.feed.post';
    const notification: Notification = {
      uri: `at://${FAN}/${collection}/n${this.serial}`,
      cid: `cid${this.serial}`,
      author: { did: FAN, handle: 'fan.test', displayName: 'A Fan' },
      reason,
      record: { $type: collection, text: `note ${this.serial}`, createdAt: new Date(at).toISOString() },
      isRead: false,
      indexedAt: new Date(at).toISOString(),
      ...extra,
    };
    this.notifications.push(notification);
    this.notifications.sort((a, b) => b.indexedAt.localeCompare(a.indexedAt));
    return notification;
  }

  /** `count` likes, one a second from `from`. */
  addLikes(count: number, from: number): void {
    for (let index = 0; index < count; index += 1) this.add('like', from + index * 1000);
  }

  agent(): AtpAgent {
    const listNotifications = async ({ limit, cursor }: { limit: number; cursor?: string }) => {
      this.pagesRead += 1;
      const older = cursor ? this.notifications.filter((n) => n.indexedAt < cursor) : this.notifications;
      const page = older.slice(0, limit);
      const last = page.at(-1);
      return { data: { notifications: page, cursor: page.length === limit ? last?.indexedAt : undefined } };
    };
    const getPosts = async ({ uris }: { uris: string[] }) => ({
      data: {
        posts: uris.map((uri) => ({
          uri,
          cid: 'parentcid',
          author: { did: OTHER, handle: 'other.test', displayName: 'Other' },
          record: { text: 'the question', createdAt: new Date(T0).toISOString() },
          indexedAt: new Date(T0).toISOString(),
        })),
      },
    });
    const agent = {
      session: { did: OURS },
      app: { bsky: { notification: { listNotifications }, feed: { getPosts } } },
    };
    return agent as unknown as AtpAgent;
  }
}

/** Syncs as the engine does: batch after batch while the source says there is more. */
async function syncAll(view: FakeAppView, cursor: string | null) {
  const batches: InboxBatch[] = [];
  let current = cursor;
  for (;;) {
    const batch = await readNotifications(view.agent(), current);
    batches.push(batch);
    current = batch.nextCursor ?? current;
    if (!batch.more) break;
  }
  const items = batches.flatMap((batch) => batch.items);
  const interactions = batches.flatMap((batch) => batch.interactions ?? []);
  return { items, interactions, cursor: current, batches: batches.length };
}

describe('Bluesky inbox paging', () => {
  it('reads only what is new since the last sync, in as few pages as that needs', async () => {
    const view = new FakeAppView();
    // An hour apart, so the second sync's overlap (15 minutes) holds only the mention.
    view.addLikes(240, T0 - 3_600_000);
    view.add('mention', T0);
    const first = await syncAll(view, null);
    expect(first.items).toHaveLength(1);
    expect(first.interactions).toHaveLength(240);
    expect(view.pagesRead).toBe(3);

    view.pagesRead = 0;
    const again = await syncAll(view, first.cursor);
    expect(again.items).toEqual([]);
    expect(again.interactions).toEqual([]);
    expect(view.pagesRead).toBe(1);

    view.add('reply', T0 + 400_000);
    view.add('follow', T0 + 401_000);
    const next = await syncAll(view, again.cursor);
    expect(next.items.map((item) => item.kind)).toEqual(['reply']);
    expect(next.interactions.map((interaction) => interaction.kind)).toEqual(['follow']);
  });

  it('picks up a post that sorts a little below the newest one seen (a slow clock), once', async () => {
    const view = new FakeAppView();
    view.add('mention', T0);
    const first = await syncAll(view, null);
    const late = view.add('mention', T0 - 5 * 60_000);
    const second = await syncAll(view, first.cursor);
    expect(second.items.map((item) => item.remoteId)).toEqual([late.uri]);
    const third = await syncAll(view, second.cursor);
    expect(third.items).toEqual([]);
  });

  it('goes on over several batches after a long gap, missing and repeating nothing', async () => {
    const view = new FakeAppView();
    view.add('mention', T0);
    const first = await syncAll(view, null);
    view.addLikes(1_500, T0 + 60_000);
    const mention = view.add('mention', T0 + 30 * 60_000);
    const gap = await syncAll(view, first.cursor);
    expect(gap.batches).toBe(2);
    expect(gap.items.map((item) => item.remoteId)).toEqual([mention.uri]);
    expect(gap.interactions).toHaveLength(1_500);
    expect((await syncAll(view, gap.cursor)).interactions).toEqual([]);
  });

  it('looks back at most two weeks and one batch on the first sync, never the whole history', async () => {
    const view = new FakeAppView();
    view.add('mention', T0 - 20 * 86_400_000);
    view.addLikes(30, T0);
    const first = await syncAll(view, null);
    expect(first.items).toEqual([]);
    expect(first.interactions).toHaveLength(30);

    const busy = new FakeAppView();
    busy.addLikes(2_500, T0);
    const capped = await syncAll(busy, null);
    expect(capped.batches).toBe(1);
    expect(capped.interactions).toHaveLength(1_000);
  });

  it('starts afresh from a cursor it cannot read', async () => {
    const view = new FakeAppView();
    view.add('mention', T0);
    expect((await syncAll(view, '{"not":"ours"}')).items).toHaveLength(1);
    expect((await syncAll(view, 'garbage')).items).toHaveLength(1);
  });
});

describe('Bluesky notifications as inbox items', () => {
  it('keeps the refs a reply needs, the post a quote answers and the context of a thread that is not ours', async () => {
    const view = new FakeAppView();
    const parentRef = { uri: `at://${OTHER}/app.bsky.feed.post/3question`, cid: 'parentcid' };
    const rootRef = { uri: `at://${OTHER}/app.bsky.feed.post/3root`, cid: 'rootcid' };
    const ourRef = { uri: OUR_POST, cid: 'ourcid' };
    const reply = view.add('reply', T0, {
      reasonSubject: OUR_POST,
      record: { text: 'Open on Sunday?', reply: { root: ourRef, parent: ourRef }, createdAt: '' },
    });
    const mention = view.add('mention', T0 + 1000, {
      record: { text: '@shop knows', reply: { root: rootRef, parent: parentRef } },
    });
    view.add('quote', T0 + 2000, { reasonSubject: OUR_POST, record: { text: 'Look at this' } });
    view.add('starterpack-joined', T0 + 3000);
    const { items, interactions } = await syncAll(view, null);
    expect(interactions).toEqual([]);
    const byKind = Object.fromEntries(items.map((item) => [item.kind, item]));
    expect(byKind.reply).toMatchObject({
      remoteId: reply.uri,
      text: 'Open on Sunday?',
      author: { name: 'A Fan', handle: 'fan.test', avatarUrl: null },
      url: `https://bsky.app/profile/fan.test/post/${reply.uri.split('/').at(-1)}`,
      parentRemoteId: OUR_POST,
      rootRemoteId: OUR_POST,
      replyTo: { parent: { id: reply.uri, cid: reply.cid }, root: { id: OUR_POST, cid: 'ourcid' } },
    });
    expect(byKind.reply!.parent).toBeUndefined();
    expect(byKind.mention).toMatchObject({
      remoteId: mention.uri,
      parentRemoteId: parentRef.uri,
      rootRemoteId: rootRef.uri,
      parent: { authorHandle: 'other.test', text: 'the question', at: T0 },
      replyTo: { parent: { id: mention.uri }, root: { id: rootRef.uri, cid: 'rootcid' } },
    });
    expect(byKind.quote).toMatchObject({ answersOurRemoteId: OUR_POST, parentRemoteId: null });
  });
});
