// Everything that would stop a post going out on one network, or that the owner should
// know first, as plain-words problems. The composer shows them live; connectors refuse to
// send while any has severity "error".
import { NETWORK_LABELS, type Network } from '../entities';
import { countForNetwork, type TextCount } from './count';
import { INSTAGRAM_TEXT, MASTODON_DEFAULTS, TELEGRAM_TEXT, type ChannelLimits } from './limits';
import { checkImages, type ImageFacts } from './media-rules';
import { formatCount, plural, type Problem } from './problems';
import { measureX } from './x-count';

export interface PostForValidation {
  text: string;
  images: readonly ImageFacts[];
}

function tooLongMessage(
  network: Network,
  count: TextCount,
  imageCount: number,
  limits: ChannelLimits | null | undefined,
): string {
  const limit = formatCount(count.limit);
  const used = formatCount(count.used);
  const shortenBy = `Shorten it by ${formatCount(count.used - count.limit)}`;
  switch (network) {
    case 'x':
      return `X allows ${limit} characters; this counts as ${used}, because links count as 23 and emoji and many scripts count double. ${shortenBy}.`;
    case 'mastodon':
      return `Your Mastodon server allows ${limit} characters; this counts as ${used}, counting each link as ${formatCount(limits?.charactersReservedPerUrl ?? MASTODON_DEFAULTS.charactersReservedPerUrl)}. ${shortenBy}.`;
    case 'telegram':
      return imageCount > 0
        ? `Telegram allows ${limit} characters under photos; this is ${used}. ${shortenBy}, or post it without photos (up to ${formatCount(TELEGRAM_TEXT.message)}).`
        : `Telegram allows ${limit} characters; this is ${used}. ${shortenBy}.`;
    case 'webhook':
      return `Cadence sends at most ${limit} characters to a webhook; this is ${used}. ${shortenBy}.`;
    default:
      return `${NETWORK_LABELS[network]} allows ${limit} characters; this is ${used}. ${shortenBy}.`;
  }
}

export function validatePostForNetwork(
  network: Network,
  post: PostForValidation,
  limits?: ChannelLimits | null,
): Problem[] {
  const name = NETWORK_LABELS[network];
  const problems: Problem[] = [];
  const imageCount = post.images.length;

  if (network === 'instagram') problems.push(...instagramProblems(post));
  if (post.text.trim() === '' && imageCount === 0) {
    // Instagram's own problem already says what to add.
    if (network !== 'instagram')
      problems.push({
        severity: 'error',
        code: 'empty',
        message: `Write something or add a photo before posting to ${name}.`,
      });
  } else {
    const count = countForNetwork(network, post.text, { imageCount, limits });
    if (count.used > count.limit) {
      problems.push({
        severity: 'error',
        code: 'text-too-long',
        message: tooLongMessage(network, count, imageCount, limits),
      });
    }
    if (count.extra && count.extra.bytes > count.extra.byteLimit) {
      problems.push({
        severity: 'error',
        code: 'text-too-many-bytes',
        message: `${name} allows ${formatCount(count.extra.byteLimit)} bytes of text; this is ${plural(count.extra.bytes, 'byte')}, because emoji and many non-Latin letters take 3 or 4 bytes each. Shorten it.`,
      });
    }
    if (network === 'x' && measureX(post.text).hasInvalidCharacters) {
      problems.push({
        severity: 'error',
        code: 'invalid-characters',
        message:
          'X refuses some invisible characters in this text (such as U+FFFE, U+FFFF or U+FEFF). Remove them; they often come from copying text out of other apps.',
      });
    }
  }
  return [...problems, ...checkImages(network, post.images, limits)];
}

/** Hashtags as Instagram sees them: # and letters, digits or underscores, not inside a word. */
const HASHTAG = /(?:^|[^\p{L}\p{N}_&#])#[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*/gu;

/** Instagram publishes no post without a photo and no caption with more than 30 hashtags. */
function instagramProblems(post: PostForValidation): Problem[] {
  const problems: Problem[] = [];
  if (post.images.length === 0) {
    problems.push({
      severity: 'error',
      code: 'image-required',
      message: 'Instagram posts need at least one photo. Add a photo (up to 10 make a carousel).',
    });
  }
  const hashtags = post.text.match(HASHTAG)?.length ?? 0;
  if (hashtags > INSTAGRAM_TEXT.hashtags) {
    problems.push({
      severity: 'error',
      code: 'too-many-hashtags',
      message: `Instagram allows ${formatCount(INSTAGRAM_TEXT.hashtags)} hashtags in a caption; this has ${formatCount(hashtags)}. Remove ${formatCount(hashtags - INSTAGRAM_TEXT.hashtags)}.`,
    });
  }
  return problems;
}
