// What the Facebook and Instagram inboxes share: comments are read per post (neither network
// lists an account's comments in one place), on the account's newest posts, and only those made
// since the newest one already read. The cursor is that time; the first sync looks back two
// weeks. A sign-in that may not read comments says so in the channel's notice.
import { z } from 'zod';
import type { Account, ConnectorContext } from '../../connectors/connector';
import { GraphRefusal } from '../../connectors/meta-graph/graph-errors';
import { metaEndpoints, type MetaNetwork } from '../../connectors/meta-graph/meta-endpoints';
import { MetaSessions } from '../../connectors/meta-graph/meta-sessions';
import type { InboxBatch, IncomingItem } from '../inbox-source';

/** The first sync looks back this far, not through the account's whole history. */
const FIRST_SYNC_LOOKBACK_MS = 14 * 24 * 60 * 60_000;
/** Posts whose comments are read each time: a small business's last few weeks. */
export const RECENT_POSTS = 25;
/** Comments read per post each time. */
export const COMMENTS_PER_POST = 100;

const Cursor = z.object({ newest: z.number() });

/** Reads the comments made after `since` (ms) on the account's newest posts. */
export type ReadComments = (
  sessions: MetaSessions,
  account: Account,
  since: number,
) => Promise<IncomingItem[]>;

/** fetchSince for a Meta inbox, given how to read its comments. */
export function metaCommentsSync(
  ctx: ConnectorContext,
  network: MetaNetwork,
  readComments: ReadComments,
): (account: Account, stored: string | null) => Promise<InboxBatch> {
  const label = network === 'facebook' ? 'Facebook' : 'Instagram';
  const sessions = new MetaSessions(ctx, metaEndpoints(ctx, network), label);
  return async (account, stored) => {
    const since = parseCursor(stored) ?? ctx.clock.now() - FIRST_SYNC_LOOKBACK_MS;
    let items: IncomingItem[];
    try {
      items = await readComments(sessions, account, since);
    } catch (error) {
      if (!(error instanceof GraphRefusal) || error.kind !== 'permission') throw error;
      return {
        items: [],
        nextCursor: null,
        notice: `${label} does not let Cadence read the comments on your posts. Reconnect ${label} in Settings and allow everything Cadence asks for.`,
      };
    }
    const newest = Math.max(since, ...items.map((item) => item.receivedAt));
    return { items, nextCursor: JSON.stringify({ newest }), notice: null };
  };
}

function parseCursor(stored: string | null): number | null {
  if (stored === null) return null;
  try {
    const parsed = Cursor.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data.newest : null;
  } catch {
    return null;
  }
}
