// Publishing on a Facebook Page (developers.facebook.com/docs/pages-api/posts): words and links
// go to /{page-id}/feed, one photo to /{page-id}/photos as a post of its own, several photos
// are uploaded unpublished first and then attached to one feed post (attached_media). An
// answer to a comment goes to that comment's thread. Only the last request can leave a post
// behind; a lost answer before it left at most photos only Page admins see.
import { z } from 'zod';
import type { OutgoingImage, OutgoingPost, Published } from '../connector';
import { beforeThePost, ConnectorError } from '../connector-error';
import type { GraphApi } from '../meta-graph/graph-api';
import { forFacebook } from '../meta-graph/meta-images';
import { uploadPagePhoto } from '../meta-graph/page-photos';
import { deletePhotos } from '../meta-graph/public-images';

const Created = z.object({ id: z.string().min(1) });

/** A post's address on facebook.com; Page post ids ("{page-id}_{n}") open the post. */
export function facebookPostUrl(postId: string): string {
  return `https://www.facebook.com/${encodeURIComponent(postId)}`;
}

export async function publishOnPage(api: GraphApi, pageId: string, post: OutgoingPost): Promise<Published> {
  if (post.replyTo) {
    // Facebook keeps comment threads one level deep: an answer goes to the thread's first comment.
    const created = await api.call(
      {
        method: 'POST',
        path: `/${encodeURIComponent(post.replyTo.root.id)}/comments`,
        params: { message: post.text },
        during: 'reply',
        subject: 'reply',
      },
      Created,
    );
    return { remoteId: created.id, remoteUrl: null };
  }
  const images = await Promise.all(post.images.map(forFacebook));
  if (images.length === 1) {
    const photo = await uploadPagePhoto(api, pageId, images[0]!, {
      published: true,
      message: post.text || undefined,
    });
    const postId = photo.post_id ?? photo.id;
    return { remoteId: postId, remoteUrl: facebookPostUrl(postId) };
  }
  const photoIds = images.length > 1 ? await uploadUnpublished(api, pageId, images) : [];
  let created: z.infer<typeof Created>;
  try {
    created = await api.call(
      {
        method: 'POST',
        path: `/${encodeURIComponent(pageId)}/feed`,
        params: {
          message: post.text || undefined,
          // The post's first link becomes its preview card.
          link: photoIds.length === 0 ? firstLink(post.text) : undefined,
          ...attachedMedia(photoIds),
        },
        during: 'publish',
        objectId: pageId,
      },
      Created,
    );
  } catch (error) {
    // Refused: the photos are attached to nothing and can go. After a lost answer they may
    // belong to the post, so they stay.
    if (error instanceof ConnectorError && error.kind !== 'unknown') await deletePhotos(api, photoIds);
    throw error;
  }
  return { remoteId: created.id, remoteUrl: facebookPostUrl(created.id) };
}

/** Uploads the photos unpublished; if one fails, those already up are deleted again. */
export async function uploadUnpublished(
  api: GraphApi,
  pageId: string,
  images: OutgoingImage[],
): Promise<string[]> {
  const ids: string[] = [];
  try {
    for (const image of images)
      ids.push((await uploadPagePhoto(api, pageId, image, { published: false })).id);
  } catch (error) {
    await deletePhotos(api, ids);
    throw beforeThePost(error);
  }
  return ids;
}

/** attached_media[0]={"media_fbid":"…"}, as Graph reads a list in a form. */
export function attachedMedia(photoIds: string[]): Record<string, string> {
  return Object.fromEntries(
    photoIds.map((id, index) => [`attached_media[${index}]`, JSON.stringify({ media_fbid: id })]),
  );
}

/** The first web address in the text, without the punctuation that ends a sentence. */
export function firstLink(text: string): string | undefined {
  return /https?:\/\/[^\s<>"]+/i.exec(text)?.[0].replace(/[.,;:!?)\]]+$/, '');
}
