// After a lost answer: did the post reach the Page? Cadence reads the Page's newest posts
// (GET /{page-id}/feed) and looks for this one. An answer to a comment cannot be read back
// that way, and a Page Cadence may not read leaves only the owner to say.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { OutgoingPost, Verification } from '../connector';
import type { GraphApi } from '../meta-graph/graph-api';
import { GraphRefusal } from '../meta-graph/graph-errors';
import { findPost, graphTime } from '../meta-graph/find-recent';
import { facebookPostUrl } from './facebook-publish';

/** A small business posts far fewer than this in the time a check covers. */
const RECENT = 50;

const Feed = z.object({
  data: z.array(
    z.object({
      id: z.string(),
      message: z.string().optional(),
      created_time: z.string().optional(),
      permalink_url: z.string().optional(),
    }),
  ),
});

export async function findOnPage(
  api: GraphApi,
  pageId: string,
  pageName: string,
  post: OutgoingPost,
): Promise<Verification> {
  const where = { page: pageName };
  if (post.replyTo) {
    return {
      status: 'cannot-tell',
      reason: say('connectors.facebook.cannotTell.reply', where),
    };
  }
  let feed: z.infer<typeof Feed>;
  try {
    feed = await api.call(
      {
        path: `/${encodeURIComponent(pageId)}/feed`,
        params: { fields: 'id,message,created_time,permalink_url', limit: RECENT },
        during: 'verify',
        objectId: pageId,
      },
      Feed,
    );
  } catch (error) {
    if (error instanceof GraphRefusal && error.kind === 'permission') {
      return {
        status: 'cannot-tell',
        reason: say('connectors.facebook.cannotTell.readRefused', where),
      };
    }
    throw error;
  }
  const recent = feed.data.map((item) => ({
    id: item.id,
    text: item.message,
    createdAt: graphTime(item.created_time),
    url: item.permalink_url ?? facebookPostUrl(item.id),
  }));
  return findPost(recent, post, feed.data.length >= RECENT, 'facebook', where);
}
