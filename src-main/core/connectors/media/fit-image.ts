// Every network refuses images over its size limit (shared/text-rules/media-rules.ts holds them
// all in one table). Rather than failing the post, Cadence re-encodes a larger image as JPEG,
// stepping size and quality down until it fits. An image the decoder cannot read is a problem
// with that image, for the owner to replace: never a network failure, which would be retried or
// reported as "Could not reach …".
import type { ChannelLimits } from '../../../shared/entities';
import { NETWORK_LABELS, type Network } from '../../../shared/entities';
import { say, type OwnerMessage } from '../../../shared/messages/owner-message';
import { mediaRulesFor } from '../../../shared/text-rules';
import { decoderFor, ImageProblem, readImageSize, unreadable } from '../../store/image-facts';
import type { OutgoingImage } from '../connector';
import { ConnectorError } from '../connector-error';

const STEPS: Array<{ maxSide: number; quality: number }> = [
  { maxSide: 4096, quality: 85 },
  { maxSide: 2000, quality: 85 },
  { maxSide: 2000, quality: 70 },
  { maxSide: 1600, quality: 70 },
  { maxSide: 1200, quality: 65 },
  { maxSide: 1000, quality: 60 },
];

export interface FittedImage {
  bytes: Uint8Array;
  mimeType: string;
  width: number;
  height: number;
}

/** The image as it is when within `limit` bytes, else re-encoded to fit; throws `tooLarge` when it cannot. */
export async function fitImage(
  image: OutgoingImage,
  limit: number,
  tooLarge: () => OwnerMessage,
): Promise<FittedImage> {
  try {
    return await fitted(image, limit, tooLarge);
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    const problem = error instanceof ImageProblem ? error : unreadable(image.fileName, error);
    throw new ConnectorError('rejected', problem.said);
  }
}

/** The post's images fitted to the network's limit where its rules say Cadence resizes them. */
export async function fitImagesFor(
  network: Network,
  images: readonly OutgoingImage[],
  limits?: ChannelLimits | null,
): Promise<OutgoingImage[]> {
  const { maxImageBytes, oversizedImage } = mediaRulesFor(network, limits);
  if (maxImageBytes === null || oversizedImage !== 'resized') return [...images];
  const tooLarge = (file: string) => () =>
    say('connectors.common.imageTooLarge', { file, network: NETWORK_LABELS[network] });
  const result: OutgoingImage[] = [];
  for (const image of images) {
    // A video is never re-encoded; the network's video rules were checked before sending.
    if (image.video || image.bytes.byteLength <= maxImageBytes) {
      result.push(image);
      continue;
    }
    const { bytes, mimeType } = await fitImage(image, maxImageBytes, tooLarge(image.fileName));
    result.push({ ...image, bytes, mimeType, fileName: image.fileName.replace(/(\.[^.]*)?$/, '.jpg') });
  }
  return result;
}

async function fitted(
  image: OutgoingImage,
  limit: number,
  tooLarge: () => OwnerMessage,
): Promise<FittedImage> {
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
  throw new ConnectorError('rejected', tooLarge());
}
