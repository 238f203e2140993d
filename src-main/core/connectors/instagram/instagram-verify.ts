// After a lost answer: did the post reach Instagram? Cadence reads the account's newest media
// (GET /{ig-user-id}/media) and looks for the caption. An answer to a comment cannot be read
// back that way, and an account Cadence may not read leaves only the owner to say.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { OutgoingPost, Verification } from '../connector';
import type { GraphApi } from '../meta-graph/graph-api';
import { GraphRefusal } from '../meta-graph/graph-errors';
import { findPost, graphTime } from '../meta-graph/find-recent';

const RECENT = 50;

const Media = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      caption: z.string().optional(),
      timestamp: z.string().optional(),
      permalink: z.string().optional(),
    }),
  ),
});

export async function findOnInstagram(
  api: GraphApi,
  igUserId: string,
  handle: string,
  post: OutgoingPost,
): Promise<Verification> {
  const where = { handle };
  if (post.replyTo) {
    return {
      status: 'cannot-tell',
      reason: say('connectors.instagram.cannotTell.reply', where),
    };
  }
  let media: z.infer<typeof Media>;
  try {
    media = await api.call(
      {
        path: `/${encodeURIComponent(igUserId)}/media`,
        params: { fields: 'id,caption,timestamp,permalink', limit: RECENT },
        during: 'verify',
        objectId: igUserId,
      },
      Media,
    );
  } catch (error) {
    if (error instanceof GraphRefusal && error.kind === 'permission') {
      return {
        status: 'cannot-tell',
        reason: say('connectors.instagram.cannotTell.readRefused', where),
      };
    }
    throw error;
  }
  const recent = media.data.map((item) => ({
    id: item.id,
    text: item.caption,
    createdAt: graphTime(item.timestamp),
    url: item.permalink ?? null,
  }));
  return findPost(recent, post, media.data.length >= RECENT, 'instagram', where);
}
