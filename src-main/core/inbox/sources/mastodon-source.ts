// Mastodon's inbox: /api/v1/notifications for mentions (listed) and favourites, boosts and
// follows (counted). The cursor is the newest notification id seen. Each sync asks for the
// newest page above it with since_id; when that page is full there may be a gap below it,
// which min_id pages fill from the cursor upwards, so nothing is skipped and nothing already
// stored is read again. Each mention's parent status is fetched once, for the thread.
import { z } from 'zod';
import type { Account, ConnectorContext } from '../../connectors/connector';
import { ConnectorError } from '../../connectors/connector-error';
import type { MastodonApi } from '../../connectors/mastodon/mastodon-api';
import { apiFor } from '../../connectors/mastodon/mastodon-sign-in';
import { plainText } from '../../connectors/mastodon/mastodon-verify';
import type { InboxBatch, InboxSource, IncomingInteraction, IncomingItem } from '../inbox-source';

/** Mastodon's most per page for notifications. */
const PAGE = 80;
/** The first sync looks back this far, not through the account's whole history. */
const FIRST_SYNC_LOOKBACK_MS = 14 * 24 * 60 * 60_000;
/** Pages one fetch reads before handing over (and saying more is waiting). */
const MAX_PAGES = 40;
const TYPES = ['mention', 'favourite', 'reblog', 'follow'] as const;

const MastodonAccount = z.object({
  id: z.string(),
  acct: z.string(),
  display_name: z.string().nullish(),
  avatar: z.string().nullish(),
});
const MastodonStatus = z.object({
  id: z.string(),
  created_at: z.string(),
  content: z.string(),
  uri: z.string(),
  url: z.string().nullish(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  visibility: z.string(),
  account: MastodonAccount,
});
type MastodonStatus = z.infer<typeof MastodonStatus>;
const MastodonNotification = z.object({
  id: z.string(),
  type: z.string(),
  created_at: z.string(),
  account: MastodonAccount.nullish(),
  status: MastodonStatus.nullish(),
});
type MastodonNotification = z.infer<typeof MastodonNotification>;

/** newest: the highest notification id stored; since: on a first sync, how far back to read. */
const Cursor = z.object({ newest: z.string().nullable(), since: z.number() });
type Cursor = z.infer<typeof Cursor>;

export function mastodonInboxSource(ctx: ConnectorContext): InboxSource {
  return {
    network: 'mastodon',
    async fetchSince(account, stored) {
      const api = apiFor(ctx, account);
      const cursor = parseCursor(stored) ?? { newest: null, since: ctx.clock.now() - FIRST_SYNC_LOOKBACK_MS };
      const { notifications, more } =
        cursor.newest === null ? await firstSync(api, cursor.since) : await above(api, cursor.newest);
      const newest = notifications.reduce<string | null>(
        (top, n) => (top === null || compareIds(n.id, top) > 0 ? n.id : top),
        cursor.newest,
      );
      return {
        ...(await toBatch(api, account, notifications)),
        nextCursor: JSON.stringify({ newest, since: cursor.since } satisfies Cursor),
        more,
      };
    },
  };
}

type Pages = { notifications: MastodonNotification[]; more: boolean };

/** Without a cursor: newest first, older pages (max_id) until the look-back limit. */
async function firstSync(api: MastodonApi, since: number): Promise<Pages> {
  const all: MastodonNotification[] = [];
  let maxId: string | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const batch = await notificationsPage(api, maxId ? { max_id: maxId } : {});
    const recent = batch.filter((n) => Date.parse(n.created_at) >= since);
    all.push(...recent);
    if (batch.length < PAGE || recent.length < batch.length) break;
    maxId = batch[batch.length - 1]!.id;
  }
  return { notifications: all, more: false };
}

/** Everything above the cursor: since_id for the newest page, min_id to fill a gap below it. */
async function above(api: MastodonApi, newest: string): Promise<Pages> {
  const top = await notificationsPage(api, { since_id: newest });
  if (top.length < PAGE) return { notifications: top, more: false };
  const oldestOfTop = top[top.length - 1]!.id;
  const gap: MastodonNotification[] = [];
  let minId = newest;
  for (let page = 0; page < MAX_PAGES; page++) {
    // min_id gives the page immediately above it, still newest first.
    const batch = (await notificationsPage(api, { min_id: minId })).filter(
      (n) => compareIds(n.id, oldestOfTop) < 0,
    );
    gap.push(...batch);
    if (batch.length < PAGE) return { notifications: [...gap, ...top], more: false };
    minId = batch[0]!.id;
  }
  // A very long gap: hand over what was read from below; the next batch goes on from there.
  return { notifications: gap, more: true };
}

async function notificationsPage(
  api: MastodonApi,
  cursor: Partial<Record<'max_id' | 'since_id' | 'min_id', string>>,
): Promise<MastodonNotification[]> {
  const query = new URLSearchParams({ limit: String(PAGE), ...cursor });
  for (const type of TYPES) query.append('types[]', type);
  const reply = await api.call(`/api/v1/notifications?${query.toString()}`, { during: 'read' });
  const parsed = z.array(MastodonNotification).safeParse(reply.body);
  if (!parsed.success) {
    throw new ConnectorError(
      'server',
      'Mastodon sent notifications Cadence could not read. It will try again.',
    );
  }
  return parsed.data;
}

async function toBatch(
  api: MastodonApi,
  account: Account,
  notifications: MastodonNotification[],
): Promise<Omit<InboxBatch, 'nextCursor'>> {
  const items: IncomingItem[] = [];
  const interactions: IncomingInteraction[] = [];
  const parents = new Map<string, Promise<MastodonStatus | null>>();
  const parentOf = (id: string) => {
    if (!parents.has(id)) parents.set(id, fetchStatus(api, id));
    return parents.get(id)!;
  };
  for (const n of notifications) {
    const at = Date.parse(n.created_at);
    if (n.type === 'favourite') interactions.push({ kind: 'like', at });
    else if (n.type === 'reblog') interactions.push({ kind: 'repost', at });
    else if (n.type === 'follow') interactions.push({ kind: 'follow', at });
    else if (n.type === 'mention' && n.status) {
      const status = n.status;
      const parent = status.in_reply_to_id ? await parentOf(status.in_reply_to_id) : null;
      items.push(itemOf(status, parent, account.remoteAccountId));
    }
  }
  return { items, interactions };
}

function itemOf(
  status: MastodonStatus,
  parent: MastodonStatus | null,
  ourAccountId: string | null,
): IncomingItem {
  const answersUs = ourAccountId !== null && status.in_reply_to_account_id === ourAccountId;
  const parentId = status.in_reply_to_id ?? null;
  // A parent that answers nothing starts the conversation; deeper roots come from stored items.
  const rootId = parent && !parent.in_reply_to_id ? parent.id : null;
  return {
    remoteId: status.id,
    kind: status.visibility === 'direct' ? 'message' : answersUs ? 'reply' : 'mention',
    author: authorOf(status),
    text: plainText(status.content),
    url: status.url ?? status.uri,
    receivedAt: Date.parse(status.created_at),
    parentRemoteId: parentId,
    rootRemoteId: rootId,
    parent:
      parent && parent.account.id !== ourAccountId
        ? {
            ...authorFields(parent),
            text: plainText(parent.content),
            url: parent.url ?? parent.uri,
            at: Date.parse(parent.created_at),
          }
        : null,
    replyTo: {
      parent: { id: status.id },
      root: { id: rootId ?? parentId ?? status.id },
      // Answer a private mention as privately as it came, never in public.
      ...(status.visibility === 'direct' || status.visibility === 'private'
        ? { visibility: status.visibility }
        : {}),
    },
  };
}

function authorOf(status: MastodonStatus): IncomingItem['author'] {
  return {
    name: status.account.display_name || null,
    handle: `@${status.account.acct}`,
    avatarUrl: status.account.avatar ?? null,
  };
}

function authorFields(status: MastodonStatus) {
  return { authorName: status.account.display_name || null, authorHandle: `@${status.account.acct}` };
}

/** A status that was deleted or hidden since is simply left out of the thread. */
async function fetchStatus(api: MastodonApi, id: string): Promise<MastodonStatus | null> {
  try {
    const reply = await api.call(`/api/v1/statuses/${encodeURIComponent(id)}`, { during: 'read' });
    const parsed = MastodonStatus.safeParse(reply.body);
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (
      error instanceof ConnectorError &&
      (error.details.httpStatus === 404 || error.details.httpStatus === 403)
    ) {
      return null;
    }
    throw error;
  }
}

function parseCursor(stored: string | null): Cursor | null {
  if (stored === null) return null;
  try {
    const parsed = Cursor.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Mastodon ids are numbers in strings, longer than a double holds: longer is larger, then by digits. */
function compareIds(a: string, b: string): number {
  if (a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}
