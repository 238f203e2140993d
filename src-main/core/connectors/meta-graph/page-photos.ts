// Photos on a Facebook Page (developers.facebook.com/docs/graph-api/reference/page/photos):
// uploaded as multipart `source`, published as a post of their own or kept unpublished (seen
// only by Page admins) for a post of several photos or for Instagram to fetch; read back for
// their address on Facebook's CDN; deleted once no longer needed.
import { z } from 'zod';
import type { OutgoingImage } from '../connector';
import { imageBlob } from '../http/http-call';
import type { GraphApi } from './graph-api';

const Uploaded = z.object({ id: z.string().min(1), post_id: z.string().min(1).optional() });
const PhotoImages = z.object({
  images: z.array(z.object({ source: z.string().url(), width: z.number().optional() })).min(1),
});
const Deleted = z.object({ success: z.boolean() });

export interface PhotoUpload {
  /** Published: the photo is a post, with this message. Unpublished: admins only, for later use. */
  published: boolean;
  message?: string;
}

/** Uploads one photo; its alt text goes along. */
export function uploadPagePhoto(
  api: GraphApi,
  pageId: string,
  image: OutgoingImage,
  upload: PhotoUpload,
): Promise<z.infer<typeof Uploaded>> {
  const form = new FormData();
  form.append('published', String(upload.published));
  if (upload.message) form.append('message', upload.message);
  if (image.altText.trim()) form.append('alt_text_custom', image.altText);
  form.append('source', imageBlob(image), image.fileName);
  return api.call(
    {
      method: 'POST',
      path: `/${encodeURIComponent(pageId)}/photos`,
      form,
      during: upload.published ? 'publish' : 'upload',
      subject: { photo: image.fileName },
      objectId: pageId,
    },
    Uploaded,
  );
}

/** Where Facebook's CDN serves the photo, at its largest size. */
export async function photoCdnUrl(api: GraphApi, photoId: string): Promise<string> {
  const photo = await api.call(
    { path: `/${encodeURIComponent(photoId)}`, params: { fields: 'images' }, during: 'upload' },
    PhotoImages,
  );
  const largest = [...photo.images].sort((a, b) => (b.width ?? 0) - (a.width ?? 0))[0]!;
  return largest.source;
}

export async function deletePagePhoto(api: GraphApi, photoId: string): Promise<void> {
  await api.call({ method: 'DELETE', path: `/${encodeURIComponent(photoId)}`, during: 'upload' }, Deleted);
}
