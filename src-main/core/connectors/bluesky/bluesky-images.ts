// Bluesky refuses image blobs over its size limit; Cadence re-encodes a larger image to fit
// (media/fit-image.ts, shared with the other networks), with Bluesky's own words when it cannot.
import type { OutgoingImage } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { fitImage, type FittedImage } from '../media/fit-image';

export const BLUESKY_BLOB_LIMIT = 1_000_000;

export type PreparedImage = FittedImage;

export function prepareImage(image: OutgoingImage, limit = BLUESKY_BLOB_LIMIT): Promise<PreparedImage> {
  return fitImage(image, limit, () => say('connectors.bluesky.imageTooLarge', { file: image.fileName }));
}
