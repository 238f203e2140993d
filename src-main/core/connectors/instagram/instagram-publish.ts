// Publishing on an Instagram professional account: each photo re-encoded as the JPEG Instagram
// takes, hosted where Instagram can fetch it (the linked Page, unpublished: public-images),
// made into a container (or a carousel of up to 10) and published once ready. The caller
// deletes the hosted photos afterwards, whatever happened. An answer to a comment goes to its
// thread.
import { z } from 'zod';
import { say } from '../../../shared/messages/owner-message';
import type { Clock } from '../../clock';
import type { OutgoingPost, Published } from '../connector';
import { ConnectorError } from '../connector-error';
import type { GraphApi } from '../meta-graph/graph-api';
import { forInstagram } from '../meta-graph/meta-images';
import type { PageHostedImages } from '../meta-graph/public-images';
import { buildContainer, publishContainer, type ContainerWait } from './instagram-containers';

const Created = z.object({ id: z.string().min(1) });
const Permalink = z.object({ permalink: z.string().optional() });

export interface InstagramTarget {
  igUserId: string;
  /** The linked Page, where the photos are hosted for Instagram to fetch. */
  pageId: string;
}

/**
 * Publishes the post; the photos it hosts on the Page stay in `hosting` for the caller to
 * delete, whatever happens here.
 */
export async function publishOnInstagram(
  api: GraphApi,
  clock: Clock,
  target: InstagramTarget,
  post: OutgoingPost,
  wait: ContainerWait,
  hosting: PageHostedImages,
): Promise<Published> {
  if (post.replyTo) {
    // Instagram answers only top-level comments; a reply to a reply joins its thread's first.
    const created = await api.call(
      {
        method: 'POST',
        path: `/${encodeURIComponent(post.replyTo.root.id)}/replies`,
        params: { message: post.text },
        during: 'reply',
        subject: 'reply',
      },
      Created,
    );
    return { remoteId: created.id, remoteUrl: null };
  }
  if (post.images.length === 0) {
    throw new ConnectorError('rejected', say('connectors.instagram.needsAPhoto'));
  }
  const images = await Promise.all(post.images.map(forInstagram));
  const hosted = [];
  for (const image of images) hosted.push({ image, url: await hosting.host(image) });
  const containerId = await buildContainer(api, clock, target.igUserId, hosted, post.text, wait);
  const mediaId = await publishContainer(api, clock, target.igUserId, containerId, wait);
  return { remoteId: mediaId, remoteUrl: await permalinkOf(api, mediaId) };
}

/** The post's address on instagram.com; the post exists either way, so a failed read gives null. */
export async function permalinkOf(api: GraphApi, mediaId: string): Promise<string | null> {
  try {
    const media = await api.call(
      { path: `/${encodeURIComponent(mediaId)}`, params: { fields: 'permalink' }, during: 'read' },
      Permalink,
    );
    return media.permalink ?? null;
  } catch {
    return null;
  }
}
