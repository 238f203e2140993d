// How each network shows a post in its feed, as far as the owner can act on it: where the text
// stops fitting, how pictures are cropped, whether alt text shows, and who makes a link's card.
// Bluesky shows only the card the posting app sends (Cadence reads the page); the others read
// the page themselves when the post arrives, so their card may differ from the one shown here.
import type { Network } from '@shared/entities';
import { countForNetwork, type CountContext } from '@shared/text-rules';

export const PREVIEW_NETWORKS = ['bluesky', 'mastodon', 'telegram', 'discord', 'x'] as const;
export type PreviewNetwork = (typeof PREVIEW_NETWORKS)[number];

export interface PreviewLook {
  /** The tile's aspect ratio in the feed (CSS), or null when the whole picture shows. */
  crop: { single: string | null; several: string | null };
  /** Whether the network keeps alt text and marks a picture that has it. */
  altText: boolean;
  /** Who makes the link card: Cadence sends it (Bluesky), or the network unfurls the page. */
  cardBy: 'cadence' | 'network';
  /** Whether the card still shows when the post has pictures. */
  cardWithPictures: boolean;
}

export const PREVIEW_LOOKS: Record<PreviewNetwork, PreviewLook> = {
  bluesky: {
    crop: { single: null, several: '1 / 1' },
    altText: true,
    cardBy: 'cadence',
    cardWithPictures: false,
  },
  mastodon: {
    crop: { single: '16 / 9', several: '16 / 9' },
    altText: true,
    cardBy: 'network',
    cardWithPictures: false,
  },
  // Telegram sends a photo's caption without a link preview, and has no alt text at all.
  telegram: {
    crop: { single: null, several: '1 / 1' },
    altText: false,
    cardBy: 'network',
    cardWithPictures: false,
  },
  // Discord unfurls every link, pictures or not, and keeps alt text as the attachment's description.
  discord: {
    crop: { single: null, several: '1 / 1' },
    altText: true,
    cardBy: 'network',
    cardWithPictures: true,
  },
  x: {
    crop: { single: '16 / 9', several: '1 / 1' },
    altText: true,
    cardBy: 'network',
    cardWithPictures: false,
  },
};

export function isPreviewNetwork(network: Network): network is PreviewNetwork {
  return (PREVIEW_NETWORKS as readonly string[]).includes(network);
}

export interface FittedText {
  /** The start of the text that fits the network's limit. */
  kept: string;
  /** The rest, which the network would refuse; empty when all of it fits. */
  over: string;
  limit: number;
  unit: ReturnType<typeof countForNetwork>['unit'];
}

/** Splits the text where the network's limit falls, on a whole character (grapheme). */
export function fitText(network: PreviewNetwork, text: string, context: CountContext): FittedText {
  const whole = countForNetwork(network, text, context);
  const result = { limit: whole.limit, unit: whole.unit };
  if (!whole.over) return { kept: text, over: '', ...result };
  const ends = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text)].map(
    (segment) => segment.index + segment.segment.length,
  );
  // The longest start that fits: counts only grow as text is added, so a binary search finds it.
  let low = 0;
  let high = ends.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (countForNetwork(network, text.slice(0, ends[middle - 1] ?? 0), context).over) high = middle - 1;
    else low = middle;
  }
  const cut = low === 0 ? 0 : ends[low - 1]!;
  return { kept: text.slice(0, cut), over: text.slice(cut), ...result };
}
