// Threads takes a photo only as image_url: its servers download it (developers.facebook.com/
// docs/threads/posts, "image_url … must be on a public server"). A photo on the owner's
// computer (localhost) is out of their reach, so a post with photos needs a public host. The
// owner is not asked to run a server: when a Facebook Page is connected, its unpublished photos
// serve (connectors/meta-graph), wired in by whoever builds the connector. Without one, Threads
// posts stay text only, and a post with photos says so plainly.
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';

/** A photo at a public https address, until it is removed. */
export interface HostedImage {
  url: string;
  /** Takes the photo down once Threads has it. */
  remove(): Promise<void>;
}

export interface PublicImageHost {
  /** Where the photos go, for the activity log: "your Facebook Page “Cadence Bakery”". */
  readonly where: string;
  host(image: OutgoingImage): Promise<HostedImage>;
}

/** Finds a host for this send: null when no Facebook Page is connected. */
export type FindImageHost = () => Promise<PublicImageHost | null>;

export const IMAGES_NEED_A_PAGE =
  'Threads only takes photos from a public web address, and Cadence puts them there through a connected Facebook Page (as unpublished photos, deleted once Threads has them). Connect your Facebook Page in Settings, or remove the photos to post text only to Threads.';

/** Hosts every photo of a post, or says why it cannot; photos hosted before a failure are removed. */
export async function hostAll(
  findHost: FindImageHost | undefined,
  images: readonly OutgoingImage[],
): Promise<HostedImage[]> {
  if (images.length === 0) return [];
  const host = findHost ? await findHost() : null;
  if (!host) throw new ConnectorError('config', IMAGES_NEED_A_PAGE);
  const hosted: HostedImage[] = [];
  try {
    for (const image of images) hosted.push(await host.host(image));
  } catch (error) {
    await removeAll(hosted);
    throw error;
  }
  return hosted;
}

/** Removes hosted photos; a photo left behind is unpublished and harmless, so failures only warn. */
export async function removeAll(hosted: readonly HostedImage[]): Promise<void> {
  for (const image of hosted) {
    await image.remove().catch((error: unknown) => {
      console.warn('[cadence] could not remove a photo hosted for Threads', error);
    });
  }
}
