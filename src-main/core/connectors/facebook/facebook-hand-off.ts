// A Facebook Page's own scheduler (developers.facebook.com/docs/pages-api/posts): a post handed
// off is made unpublished with scheduled_publish_time (photos uploaded unpublished first and
// attached), and Facebook publishes it at its time with the laptop closed. The Graph API takes
// no idempotency key, so after a lost answer or a crash the post is found again among the
// Page's scheduled posts by what Cadence controls: its exact words and its time to the second.
import { z } from 'zod';
import type { Account, HandOff, OutgoingPost, Published } from '../connector';
import { ConnectorError } from '../connector-error';
import type { GraphApi } from '../meta-graph/graph-api';
import { GraphRefusal } from '../meta-graph/graph-errors';
import { comparable } from '../meta-graph/find-recent';
import { forFacebook } from '../meta-graph/meta-images';
import { deletePhotos } from '../meta-graph/public-images';
import type { MetaSessions } from '../meta-graph/meta-sessions';
import { attachedMedia, facebookPostUrl, firstLink, uploadUnpublished } from './facebook-publish';

/** Scheduled posts read per page, and how many pages are read: far more than a Page holds. */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

const Created = z.object({ id: z.string().min(1) });
const Held = z.object({
  id: z.string(),
  message: z.string().optional(),
  scheduled_publish_time: z.number().optional(),
  is_published: z.boolean().optional(),
  permalink_url: z.string().optional(),
});
const Scheduled = z.object({
  data: z.array(Held),
  paging: z
    .object({ cursors: z.object({ after: z.string().optional() }).optional(), next: z.string().optional() })
    .optional(),
});
const Deleted = z.object({ success: z.boolean() });

/** Facebook's scheduled_publish_time: whole UNIX seconds. */
export const publishSecond = (at: number): number => Math.floor(at / 1000);

/** Graph's "does not exist" (100/33): the post was deleted on Facebook. */
const isGone = (error: unknown): boolean =>
  error instanceof GraphRefusal && error.code === 100 && error.graph?.error_subcode === 33;

export function facebookHandOff(sessions: MetaSessions): HandOff {
  const page = (account: Account): { api: GraphApi; pageId: string } => ({
    api: sessions.pageApi(account),
    pageId: sessions.stored(account).pageId,
  });

  /**
   * Where the post stands on Facebook: still held unpublished, published (under the same id, so
   * confirmed without reading the Page's feed), or 'gone' when deleted there.
   */
  const standing = async (api: GraphApi, id: string): Promise<'held' | 'gone' | Published> => {
    try {
      const post = await api.call(
        {
          path: `/${encodeURIComponent(id)}`,
          params: { fields: 'id,is_published,permalink_url' },
          during: 'verify',
        },
        Held,
      );
      if (post.is_published === false) return 'held';
      return { remoteId: post.id, remoteUrl: post.permalink_url ?? facebookPostUrl(post.id) };
    } catch (error) {
      if (isGone(error)) return 'gone';
      throw error;
    }
  };

  return {
    async schedule(account, post, at) {
      const { api, pageId } = page(account);
      const images = await Promise.all(post.images.map(forFacebook));
      const photoIds = images.length > 0 ? await uploadUnpublished(api, pageId, images) : [];
      try {
        const created = await api.call(
          {
            method: 'POST',
            path: `/${encodeURIComponent(pageId)}/feed`,
            params: {
              message: post.text || undefined,
              link: photoIds.length === 0 ? firstLink(post.text) : undefined,
              ...attachedMedia(photoIds),
              published: false,
              scheduled_publish_time: publishSecond(at),
            },
            during: 'publish',
            objectId: pageId,
          },
          Created,
        );
        return { handOffId: created.id };
      } catch (error) {
        // Refused: the photos belong to nothing. After a lost answer they may be the post's.
        if (error instanceof ConnectorError && error.kind !== 'unknown') await deletePhotos(api, photoIds);
        throw error;
      }
    },

    async find(account, post: OutgoingPost, at) {
      const { api, pageId } = page(account);
      const words = comparable(post.text);
      const second = publishSecond(at);
      let after: string | undefined;
      for (let read = 0; read < MAX_PAGES; read += 1) {
        const answer = await api.call(
          {
            path: `/${encodeURIComponent(pageId)}/scheduled_posts`,
            params: { fields: 'id,message,scheduled_publish_time', limit: PAGE_SIZE, after },
            during: 'verify',
            objectId: pageId,
          },
          Scheduled,
        );
        const match = answer.data.find(
          (held) => held.scheduled_publish_time === second && comparable(held.message ?? '') === words,
        );
        if (match) return match.id;
        after = answer.paging?.cursors?.after;
        if (!answer.paging?.next || !after) return null;
      }
      return null;
    },

    check: (account, id) => standing(page(account).api, id),

    async cancel(account, id) {
      const { api } = page(account);
      // The id stays the post's once published: deleting it then would take a live post down.
      if ((await standing(api, id)) !== 'held') return 'gone';
      try {
        await api.call({ method: 'DELETE', path: `/${encodeURIComponent(id)}`, during: 'publish' }, Deleted);
        return 'cancelled';
      } catch (error) {
        if (isGone(error)) return 'gone';
        throw error;
      }
    },
  };
}
