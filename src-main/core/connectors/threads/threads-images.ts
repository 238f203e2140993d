// Threads takes a photo only as image_url: its servers download it (developers.facebook.com/
// docs/threads/posts, "image_url … must be on a public server"). A photo on the owner's
// computer (localhost) is out of their reach, so a post with photos needs a public host. The
// owner is not asked to run a server: when a Facebook Page is connected, its unpublished photos
// serve (facebook-page-host.ts, on connectors/meta-graph). Without one, Threads posts stay text
// only, and a post with photos says so plainly.
import { say } from '../../../shared/messages/owner-message';
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';

/** Puts one send's photos at public https addresses, and takes them down afterwards. */
export interface PublicImageHost {
  /** Where the photos go, for the owner: "your Facebook Page “Cadence Bakery”". */
  readonly where: string;
  /** Uploads the photo; resolves with the public address Threads downloads it from. */
  host(image: OutgoingImage): Promise<string>;
  /** Takes down every photo hosted so far, once Threads has them (or the send failed). */
  removeAll(): Promise<void>;
}

/** A fresh host for one send; null when no Facebook Page is connected. */
export type FindImageHost = () => Promise<PublicImageHost | null>;

/** The host for a send with photos, or why there is none; null for a text-only post. */
export async function hostFor(
  findHost: FindImageHost | undefined,
  images: readonly OutgoingImage[],
): Promise<PublicImageHost | null> {
  if (images.length === 0) return null;
  const host = findHost ? await findHost() : null;
  if (!host) throw new ConnectorError('config', say('connectors.threads.imagesNeedAPage'));
  return host;
}
