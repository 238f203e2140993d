// How many images each network takes, how large, and what it expects of their alt text.
import { LIMITS, NETWORK_LABELS, type Network } from '../entities';
import { MASTODON_DEFAULTS, type ChannelLimits } from './limits';
import { say } from '../messages/owner-message';
import { megabyteFor, megabytes, type Problem } from './problems';
import { countCodePoints } from './unicode';

export interface MediaRules {
  maxImages: number;
  /** The largest image the network takes, or null when only Cadence's own limit applies. */
  maxImageBytes: number | null;
  /** A larger image is either re-encoded by Cadence before upload or refused by the network. */
  oversizedImage: 'resized' | 'refused';
  /** Where alt text is part of the culture, a missing description earns a warning. */
  altText: 'recommended' | 'optional';
  maxAltTextLength: number | null;
  /** X shows a GIF only on its own, never next to other images. */
  gifMustBeAlone: boolean;
}

export const MEDIA_RULES: Readonly<Record<Network, MediaRules>> = {
  bluesky: {
    maxImages: 4,
    maxImageBytes: 1_000_000,
    oversizedImage: 'resized',
    altText: 'recommended',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  mastodon: {
    maxImages: MASTODON_DEFAULTS.maxImages,
    maxImageBytes: MASTODON_DEFAULTS.maxImageBytes,
    oversizedImage: 'resized',
    altText: 'recommended',
    maxAltTextLength: MASTODON_DEFAULTS.maxAltTextLength,
    gifMustBeAlone: false,
  },
  telegram: {
    // An album (sendMediaGroup) holds up to 10; sendPhoto takes photos up to 10 MB.
    maxImages: 10,
    maxImageBytes: 10_000_000,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  discord: {
    // A webhook message takes 10 attachments; uploads to a server without boosts stop at 10 MiB.
    maxImages: 10,
    maxImageBytes: 10 * 1024 * 1024,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  x: {
    maxImages: 4,
    maxImageBytes: 5 * 1024 * 1024,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: 1_000,
    gifMustBeAlone: true,
  },
  facebook: {
    // Several photos go as one post of attached unpublished photos; Cadence's own cap applies.
    // The Page photo upload asks for files under 4 MB (developers.facebook.com/docs/graph-api/
    // reference/page/photos), so Cadence re-encodes larger ones.
    maxImages: LIMITS.mediaPerPost,
    maxImageBytes: 4_000_000,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  instagram: {
    // A carousel holds 2 to 10 photos; Instagram takes JPEGs up to 8 MB, so Cadence re-encodes
    // every photo as a JPEG that fits (…/instagram-graph-api/reference/ig-user/media#image-specifications).
    maxImages: 10,
    maxImageBytes: 8 * 1024 * 1024,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  threads: {
    // A carousel holds 2 to 20 items; Threads takes JPEG and PNG images up to 8 MB
    // (developers.facebook.com/docs/threads/overview#image-specifications). Cadence's own cap applies.
    maxImages: LIMITS.mediaPerPost,
    maxImageBytes: 8 * 1024 * 1024,
    oversizedImage: 'resized',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  linkedin: {
    // A multi-image post holds 2 to 20 images (…/community-management/shares/multiimage-post-api);
    // LinkedIn names a pixel limit, not a file size, so only Cadence's own limits apply.
    maxImages: LIMITS.mediaPerPost,
    maxImageBytes: null,
    oversizedImage: 'refused',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  // Posted by hand: the owner's preset (in the channel's limits) says what its composer takes.
  reminder: {
    maxImages: LIMITS.mediaPerPost,
    maxImageBytes: null,
    oversizedImage: 'refused',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
  webhook: {
    maxImages: LIMITS.mediaPerPost,
    maxImageBytes: null,
    oversizedImage: 'refused',
    altText: 'optional',
    maxAltTextLength: null,
    gifMustBeAlone: false,
  },
};

/** The rules for one channel: the network's, with what a Mastodon server reports about itself. */
export function mediaRulesFor(network: Network, limits?: ChannelLimits | null): MediaRules {
  const rules = MEDIA_RULES[network];
  // Mastodon's server says its limits; a reminder channel's come from its network's preset.
  if ((network !== 'mastodon' && network !== 'reminder') || !limits) return rules;
  return {
    ...rules,
    maxImages: limits.maxImages ?? rules.maxImages,
    maxImageBytes: limits.maxImageBytes ?? rules.maxImageBytes,
    maxAltTextLength: limits.maxAltTextLength ?? rules.maxAltTextLength,
  };
}

export interface ImageFacts {
  byteSize: number;
  altText: string;
  mimeType: string;
}

export function checkImages(
  network: Network,
  images: readonly ImageFacts[],
  limits?: ChannelLimits | null,
): Problem[] {
  const rules = mediaRulesFor(network, limits);
  const name = NETWORK_LABELS[network];
  const problems: Problem[] = [];

  if (images.length > rules.maxImages) {
    const extra = images.length - rules.maxImages;
    problems.push({
      severity: 'error',
      code: 'too-many-images',
      ...say('problems.tooManyImages', { network: name, count: rules.maxImages, used: images.length, extra }),
    });
  }
  if (rules.gifMustBeAlone && images.length > 1 && images.some(isGif)) {
    problems.push({
      severity: 'error',
      code: 'too-many-images',
      ...say('problems.gifAlone', { network: name }),
    });
  }

  images.forEach((image, index) => {
    const photo = index + 1;
    if (rules.maxImageBytes !== null && image.byteSize > rules.maxImageBytes) {
      const megabyte = megabyteFor(rules.maxImageBytes);
      const sizes = {
        photo,
        network: name,
        size: megabytes(image.byteSize, megabyte),
        limit: megabytes(rules.maxImageBytes, megabyte),
      };
      problems.push(
        rules.oversizedImage === 'resized'
          ? {
              severity: 'warning',
              code: 'image-will-be-resized',
              ...say('problems.imageWillBeResized', sizes),
            }
          : {
              severity: 'error',
              code: 'image-too-large',
              ...say('problems.imageTooLarge', sizes),
            },
      );
    }
    if (rules.altText === 'recommended' && image.altText.trim() === '') {
      problems.push({
        severity: 'warning',
        code: 'alt-text-missing',
        ...say('problems.altTextMissing', { photo, network: name }),
      });
    }
    const altLength = countCodePoints(image.altText);
    if (rules.maxAltTextLength !== null && altLength > rules.maxAltTextLength) {
      problems.push({
        severity: 'error',
        code: 'alt-text-too-long',
        ...say('problems.altTextTooLong', {
          photo,
          network: name,
          count: altLength,
          limit: rules.maxAltTextLength,
          over: altLength - rules.maxAltTextLength,
        }),
      });
    }
  });
  return problems;
}

function isGif(image: ImageFacts): boolean {
  return image.mimeType === 'image/gif';
}
