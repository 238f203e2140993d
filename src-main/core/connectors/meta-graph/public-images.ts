// Instagram (and Threads) publish an image by downloading `image_url` themselves, from Meta's
// servers, so an address on the owner's computer (localhost, 127.0.0.1) can never work however
// well it opens in the owner's browser (Postiz #928, #1004). Cadence needs no server of its
// own for this: it uploads each image to the linked Facebook Page as an unpublished photo
// (seen only by Page admins), hands Instagram the address Facebook's CDN serves it at, and
// deletes the photos once Instagram has them, whether the post went out or not. A photo that
// cannot be deleted now is handed back, so the caller can try again on its next send.
import type { OutgoingImage } from '../connector';
import type { GraphApi } from './graph-api';
import { GraphRefusal } from './graph-errors';
import { beforeThePost } from '../connector-error';
import { deletePagePhoto, photoCdnUrl, uploadPagePhoto } from './page-photos';

export class PageHostedImages {
  private readonly hosted: string[] = [];

  constructor(
    private readonly api: GraphApi,
    private readonly pageId: string,
  ) {}

  /** Uploads the image as an unpublished Page photo; resolves with its public CDN address. */
  async host(image: OutgoingImage): Promise<string> {
    try {
      const { id } = await uploadPagePhoto(this.api, this.pageId, image, { published: false });
      this.hosted.push(id);
      return await photoCdnUrl(this.api, id);
    } catch (error) {
      throw beforeThePost(error);
    }
  }

  /** Deletes every photo hosted so far (and `earlier` leftovers); returns those still there. */
  removeAll(earlier: readonly string[] = []): Promise<string[]> {
    return deletePhotos(this.api, [...earlier, ...this.hosted.splice(0)]);
  }
}

/** Deletes each photo it can; returns the ids Facebook could not delete now. */
export async function deletePhotos(api: GraphApi, photoIds: readonly string[]): Promise<string[]> {
  const left: string[] = [];
  for (const id of new Set(photoIds)) {
    try {
      await deletePagePhoto(api, id);
    } catch (error) {
      // Already gone (100/33) is as good as deleted; anything else is tried again next time.
      const gone = error instanceof GraphRefusal && error.code === 100 && error.graph?.error_subcode === 33;
      if (!gone) left.push(id);
    }
  }
  return left;
}
