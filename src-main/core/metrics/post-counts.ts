// Reading a published post's likes, reposts, replies and quotes back from its network. A
// network missing here gives Cadence no such counts: Telegram's Bot API, for one, has no way
// for a bot to read a channel message's views or reactions, so its posts have no counts.
import type { AtpAgent } from '@atproto/api';
import { z } from 'zod';
import type { Network } from '../../shared/entities';
import { FIGURE_MESSAGES } from '../../shared/messages/figure-messages';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import { blueskySessionsFor } from '../connectors/bluesky/bluesky-session';
import type { Account, ConnectorContext } from '../connectors/connector';
import { ConnectorError } from '../connectors/connector-error';
import { apiFor } from '../connectors/mastodon/mastodon-sign-in';
import type { MeasuredCounts } from './metrics-store';

export interface PostCountReader {
  /** Counts by remote id; a post the network no longer has (deleted) is left out. */
  read(account: Account, remoteIds: string[]): Promise<Map<string, MeasuredCounts>>;
}

/** Why a network's posts have no counts in Cadence, in the owner's words. */
export const NO_POST_COUNTS: Partial<Record<Network, OwnerMessage>> = Object.fromEntries(
  (Object.keys(FIGURE_MESSAGES.noCounts) as Array<keyof typeof FIGURE_MESSAGES.noCounts>).map((network) => [
    network,
    say(`figures.noCounts.${network}`),
  ]),
);

/** getPosts takes at most 25 URIs per call. */
const BLUESKY_BATCH = 25;

export function defaultPostCountReaders(ctx: ConnectorContext): Partial<Record<Network, PostCountReader>> {
  return { bluesky: blueskyCounts(ctx), mastodon: mastodonCounts(ctx) };
}

/**
 * Bluesky keeps counts in the AppView, reached through the account's PDS (it proxies
 * app.bsky.* to its AppView), with the publishing connector's session.
 */
function blueskyCounts(ctx: ConnectorContext): PostCountReader {
  const sessions = blueskySessionsFor(ctx);
  return {
    read: (account, uris) => sessions.run(account, 'read', (agent) => readBluesky(agent, uris)),
  };
}

async function readBluesky(agent: AtpAgent, uris: string[]): Promise<Map<string, MeasuredCounts>> {
  const counts = new Map<string, MeasuredCounts>();
  for (let i = 0; i < uris.length; i += BLUESKY_BATCH) {
    const answer = await agent.app.bsky.feed.getPosts({ uris: uris.slice(i, i + BLUESKY_BATCH) });
    for (const post of answer.data.posts) {
      counts.set(post.uri, {
        likes: post.likeCount ?? null,
        reposts: post.repostCount ?? null,
        replies: post.replyCount ?? null,
        quotes: post.quoteCount ?? null,
        views: null,
      });
    }
  }
  return counts;
}

const MastodonCounts = z.object({
  favourites_count: z.number().int().nonnegative().nullish(),
  reblogs_count: z.number().int().nonnegative().nullish(),
  replies_count: z.number().int().nonnegative().nullish(),
  /** Mastodon 4.5 and later count quotes; older servers leave it out. */
  quotes_count: z.number().int().nonnegative().nullish(),
});

function mastodonCounts(ctx: ConnectorContext): PostCountReader {
  return {
    async read(account, ids) {
      const api = apiFor(ctx, account);
      const counts = new Map<string, MeasuredCounts>();
      for (const id of ids) {
        let body: unknown;
        try {
          body = (await api.call(`/api/v1/statuses/${encodeURIComponent(id)}`, { during: 'read' })).body;
        } catch (error) {
          // A status deleted on the server has no counts any more; the others still do.
          if (error instanceof ConnectorError && error.details.httpStatus === 404) continue;
          throw error;
        }
        const parsed = MastodonCounts.safeParse(body);
        if (!parsed.success) continue;
        counts.set(id, {
          likes: parsed.data.favourites_count ?? null,
          reposts: parsed.data.reblogs_count ?? null,
          replies: parsed.data.replies_count ?? null,
          quotes: parsed.data.quotes_count ?? null,
          views: null,
        });
      }
      return counts;
    },
  };
}
