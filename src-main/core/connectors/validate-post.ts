// The shared text and media rules, as the composer shows them, applied to an outgoing post.
import type { Network } from '../../shared/entities';
import { validatePostForNetwork, type ChannelLimits, type Problem } from '../../shared/text-rules';
import type { OutgoingPost } from './connector';

export function validateOutgoing(
  network: Network,
  post: Pick<OutgoingPost, 'text' | 'images'>,
  limits?: ChannelLimits | null,
): Problem[] {
  const images = post.images.map((image) => ({
    byteSize: image.bytes.byteLength,
    altText: image.altText,
    mimeType: image.mimeType,
    video: image.video,
  }));
  return validatePostForNetwork(network, { text: post.text, images }, limits);
}
