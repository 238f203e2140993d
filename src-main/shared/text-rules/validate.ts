// Everything that would stop a post going out on one network, or that the owner should
// know first, as plain-words problems. The composer shows them live; connectors refuse to
// send while any has severity "error".
import { NETWORK_LABELS, type Network } from '../entities';
import { countForNetwork, type TextCount } from './count';
import { INSTAGRAM_TEXT, MASTODON_DEFAULTS, TELEGRAM_TEXT, type ChannelLimits } from './limits';
import { checkImages, type ImageFacts } from './media-rules';
import { say, type OwnerMessage } from '../messages/owner-message';
import type { Problem } from './problems';
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
): OwnerMessage {
  const numbers = { limit: count.limit, used: count.used, over: count.used - count.limit };
  switch (network) {
    case 'x':
      return say('problems.textTooLong.x', numbers);
    case 'mastodon': {
      const perLink = limits?.charactersReservedPerUrl ?? MASTODON_DEFAULTS.charactersReservedPerUrl;
      return say('problems.textTooLong.mastodon', { ...numbers, perLink });
    }
    case 'telegram':
      return imageCount > 0
        ? say('problems.textTooLong.telegramCaption', { ...numbers, messageLimit: TELEGRAM_TEXT.message })
        : say('problems.textTooLong.telegram', numbers);
    case 'webhook':
      return say('problems.textTooLong.webhook', numbers);
    default:
      return say('problems.textTooLong.other', { ...numbers, network: NETWORK_LABELS[network] });
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
        ...say('problems.empty', { network: name }),
      });
  } else {
    const count = countForNetwork(network, post.text, { imageCount, limits });
    if (count.used > count.limit) {
      problems.push({
        severity: 'error',
        code: 'text-too-long',
        ...tooLongMessage(network, count, imageCount, limits),
      });
    }
    if (count.extra && count.extra.bytes > count.extra.byteLimit) {
      problems.push({
        severity: 'error',
        code: 'text-too-many-bytes',
        ...say('problems.tooManyBytes', {
          network: name,
          limit: count.extra.byteLimit,
          count: count.extra.bytes,
        }),
      });
    }
    if (network === 'x' && measureX(post.text).hasInvalidCharacters) {
      problems.push({
        severity: 'error',
        code: 'invalid-characters',
        ...say('problems.invalidCharacters'),
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
      ...say('problems.imageRequired'),
    });
  }
  const hashtags = post.text.match(HASHTAG)?.length ?? 0;
  if (hashtags > INSTAGRAM_TEXT.hashtags) {
    problems.push({
      severity: 'error',
      code: 'too-many-hashtags',
      ...say('problems.tooManyHashtags', {
        limit: INSTAGRAM_TEXT.hashtags,
        used: hashtags,
        extra: hashtags - INSTAGRAM_TEXT.hashtags,
      }),
    });
  }
  return problems;
}
