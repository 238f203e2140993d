// Bluesky refuses image blobs over its size limit. Rather than failing the post, Cadence
// re-encodes a large image as JPEG, stepping quality and size down until it fits. An image the
// decoder cannot read is a problem with that image, for the owner to replace: never a network
// failure, which would be retried or reported as "Could not reach Bluesky".
import { decoderFor, ImageProblem, readImageSize, unreadable } from '../../store/image-facts';
import type { OutgoingImage } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';

export const BLUESKY_BLOB_LIMIT = 1_000_000;
const STEPS: Array<{ maxSide: number; quality: number }> = [
  { maxSide: 2000, quality: 85 },
  { maxSide: 2000, quality: 70 },
  { maxSide: 1600, quality: 70 },
  { maxSide: 1200, quality: 65 },
  { maxSide: 1000, quality: 60 },
];

export interface PreparedImage {
  bytes: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
}

export async function prepareImage(image: OutgoingImage, limit = BLUESKY_BLOB_LIMIT): Promise<PreparedImage> {
  try {
    return await fitted(image, limit);
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    const problem = error instanceof ImageProblem ? error : unreadable(image.fileName, error);
    throw new ConnectorError('rejected', problem.said);
  }
}

async function fitted(image: OutgoingImage, limit: number): Promise<PreparedImage> {
  const { width, height } = await readImageSize(image.bytes, image.fileName);
  if (image.bytes.byteLength <= limit) return { bytes: image.bytes, mimeType: image.mimeType, width, height };
  for (const step of STEPS) {
    const { data, info } = await (
      await decoderFor(image.bytes)
    )
      .rotate()
      .resize({ width: step.maxSide, height: step.maxSide, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: step.quality, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    if (data.byteLength <= limit) {
      return { bytes: data, mimeType: 'image/jpeg', width: info.width, height: info.height };
    }
  }
  throw new ConnectorError('rejected', say('connectors.bluesky.imageTooLarge', { file: image.fileName }));
}
