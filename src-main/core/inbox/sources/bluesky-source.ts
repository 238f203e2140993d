// Bluesky's inbox: app.bsky.notification.listNotifications, read incrementally from the newest
// down to where the last sync began (see bluesky-watermark.ts), with markSeen through updateSeen.
//
// These are AppView calls made through the account's PDS: a PDS proxies app.bsky.* to the
// AppView it is configured with (bsky.social to api.bsky.app; dev-env's TestNetwork starts its
// PDS with bskyAppViewUrl/bskyAppViewDid pointing at its own AppView), so the agent needs no
// atproto-proxy header. The agent is the publishing connector's, shared per account.
import type { AtpAgent } from '@atproto/api';
import type { Account, ConnectorContext } from '../../connectors/connector';
import { blueskySessionsFor } from '../../connectors/bluesky/bluesky-session';
import type { InboxBatch, InboxSource, IncomingInteraction, IncomingItem } from '../inbox-source';
import { contextOf, sortNotification, sortTime, type Notification } from './bluesky-notifications';
import {
  OVERLAP_MS,
  readCursor,
  recentWindow,
  writeCursor,
  type CursorState,
  type Seen,
} from './bluesky-watermark';

/** listNotifications' largest page. */
const PAGE_SIZE = 100;
/** Pages per batch; a longer gap goes on in further batches (the sync asks again at once). */
const PAGES_PER_BATCH = 10;
/** A first sync looks back this far from the newest notification, and reads one batch at most. */
const FIRST_SYNC_DAYS = 14;
/** getPosts takes at most 25 URIs. */
const POSTS_PER_LOOKUP = 25;

export function blueskyInboxSource(ctx: ConnectorContext): InboxSource {
  const sessions = blueskySessionsFor(ctx);
  return {
    network: 'bluesky',
    fetchSince: (account, cursor) =>
      sessions.run(account, 'read', (agent) => readNotifications(agent, cursor)),
    markSeen: (account: Account, upTo: number) =>
      sessions.run(account, 'read', async (agent) => {
        await agent.app.bsky.notification.updateSeen({ seenAt: new Date(upTo).toISOString() });
      }),
  };
}

/** One batch of notifications newer than the stored cursor, and the cursor to store. */
export async function readNotifications(agent: AtpAgent, cursor: string | null): Promise<InboxBatch> {
  const state = readCursor(cursor);
  const known = new Set(state.synced?.recent.map(([uri]) => uri));
  let page = state.pass?.page;
  let stopBelow = state.pass?.stopBelow ?? (state.synced ? state.synced.newest - OVERLAP_MS : null);
  const fresh: Notification[] = [];
  let finished = false;
  for (let read = 0; read < PAGES_PER_BATCH && !finished; read++) {
    const answer = await agent.app.bsky.notification.listNotifications({ limit: PAGE_SIZE, cursor: page });
    const { notifications } = answer.data;
    if (stopBelow === null && notifications[0]) {
      stopBelow = sortTime(notifications[0]) - FIRST_SYNC_DAYS * 86_400_000;
    }
    for (const notification of notifications) {
      if (sortTime(notification) < stopBelow!) {
        finished = true;
        break;
      }
      if (!known.has(notification.uri)) fresh.push(notification);
    }
    page = answer.data.cursor;
    if (!page || notifications.length === 0) finished = true;
  }
  // A first sync is one batch, however busy the account: it never walks the whole history.
  if (!state.synced && !state.pass) finished = true;

  const sorted = fresh.map((notification) => sortNotification(notification, agent.session!.did));
  const items: IncomingItem[] = [];
  const interactions: IncomingInteraction[] = [];
  const parents = new Map<IncomingItem, string>();
  for (const entry of sorted) {
    if (entry.type === 'interaction') interactions.push(entry.interaction);
    if (entry.type !== 'item') continue;
    items.push(entry.item);
    if (entry.parentToFetch) parents.set(entry.item, entry.parentToFetch);
  }
  await attachParents(agent, parents);

  const seen: Seen[] = fresh.map((notification) => [notification.uri, sortTime(notification)]);
  const top = [...(state.pass?.top ?? []), ...seen];
  const next: CursorState = finished
    ? { v: 1, synced: recentWindow([...(state.synced?.recent ?? []), ...top]) ?? state.synced }
    : {
        v: 1,
        synced: state.synced,
        pass: { page: page!, stopBelow: stopBelow!, top: recentWindow(top)?.recent ?? [] },
      };
  return { items, interactions, nextCursor: writeCursor(next), more: !finished };
}

/** Fetches the posts that items answer when those are not ours, to show them in the thread. */
async function attachParents(agent: AtpAgent, parents: Map<IncomingItem, string>): Promise<void> {
  const uris = [...new Set(parents.values())];
  const posts = new Map<string, ReturnType<typeof contextOf>>();
  for (let start = 0; start < uris.length; start += POSTS_PER_LOOKUP) {
    const found = await agent.app.bsky.feed.getPosts({ uris: uris.slice(start, start + POSTS_PER_LOOKUP) });
    for (const post of found.data.posts) posts.set(post.uri, contextOf(post));
  }
  for (const [item, uri] of parents) item.parent = posts.get(uri) ?? null;
}
