// Tags the http(s) links of a campaign post with UTM parameters, so the shop's analytics
// can say which post on which network brought a visit. Pure: the outbox uses it when a
// post is sent (the stored text stays untagged) and the composer uses it for a preview.
//
// utm_medium: every post Cadence publishes is an organic post on a network, so its links
// say "social". "paid" is for the links the owner pastes into an ad platform (a boosted
// post or an ad), built by the same function with medium 'paid'.
import { say, type SaidText } from './messages/owner-message';

export const UTM_MEDIUMS = ['social', 'paid'] as const;
export type UtmMedium = (typeof UTM_MEDIUMS)[number];

export interface UtmTags {
  source: string;
  medium: UtmMedium;
  campaign: string;
  content: string;
}

export interface TaggedLink {
  /** The link as written in the post. */
  original: string;
  /** The link as it is sent; equal to original when it was left alone. */
  tagged: string;
  /** Why a link was left alone, in plain words; null when it was tagged. */
  leftAlone: SaidText | null;
  /** Where the link starts in the original text (UTF-16 offset). */
  start: number;
}

export interface TaggedText {
  text: string;
  links: TaggedLink[];
}

/**
 * An http(s) link up to the next whitespace. Bare domains (shop.example) and other schemes
 * (mailto:, tel:) are not matched: they are left as written.
 */
const LINK = /\bhttps?:\/\/[^\s<>"]+/giu;
/** Sentence punctuation that ends a link written at the end of a sentence. */
const TRAILING = /[.,;:!?'"»”’)\]}>]+$/u;
const UTM_KEY = /(?:^|&)utm_[a-z_]+=/i;

export function utmTagsFor(input: {
  network: string;
  campaignSlug: string;
  postId: string;
  medium?: UtmMedium;
}): UtmTags {
  return {
    source: input.network,
    medium: input.medium ?? 'social',
    campaign: input.campaignSlug,
    content: input.postId,
  };
}

/** Tags every http(s) link in `text`; other text is returned exactly as it was. */
export function tagLinks(text: string, tags: UtmTags): TaggedText {
  const links: TaggedLink[] = [];
  const tagged = text.replace(LINK, (match: string, offset: number) => {
    const link = trimTrailing(match);
    const result = tagUrl(link, tags);
    links.push({ original: link, tagged: result.url, leftAlone: result.leftAlone, start: offset });
    return result.url + match.slice(link.length);
  });
  return { text: tagged, links };
}

/**
 * Adds the four UTM parameters before the fragment, after any existing query string, which
 * is kept byte for byte. A link that already carries any utm_ parameter was tagged on
 * purpose (by the owner or an earlier pass) and is left exactly as it is.
 */
export function tagUrl(url: string, tags: UtmTags): { url: string; leftAlone: SaidText | null } {
  const hashAt = url.indexOf('#');
  const beforeHash = hashAt === -1 ? url : url.slice(0, hashAt);
  const fragment = hashAt === -1 ? '' : url.slice(hashAt);
  const queryAt = beforeHash.indexOf('?');
  const query = queryAt === -1 ? '' : beforeHash.slice(queryAt + 1);
  if (UTM_KEY.test(query)) {
    return { url, leftAlone: say('figures.utmKept') };
  }
  const params = [
    ['utm_source', tags.source],
    ['utm_medium', tags.medium],
    ['utm_campaign', tags.campaign],
    ['utm_content', tags.content],
  ]
    .map(([key, value]) => `${key}=${encodeURIComponent(value!)}`)
    .join('&');
  let base = beforeHash;
  if (queryAt === -1) base += '?';
  else if (query !== '' && !query.endsWith('&')) base += '&';
  return { url: base + params + fragment, leftAlone: null };
}

/** Reads the UTM parameters of a link (a shop's landing page, say); absent ones are null. */
export function readUtm(url: string): {
  source: string | null;
  medium: string | null;
  campaign: string | null;
  content: string | null;
} {
  const queryAt = url.indexOf('?');
  const hashAt = url.indexOf('#');
  const query = queryAt === -1 ? '' : url.slice(queryAt + 1, hashAt > queryAt ? hashAt : undefined);
  const params = new URLSearchParams(query);
  const read = (key: string) => {
    const value = params.get(key)?.trim();
    return value ? value : null;
  };
  return {
    source: read('utm_source'),
    medium: read('utm_medium'),
    campaign: read('utm_campaign'),
    content: read('utm_content'),
  };
}

/** Drops sentence punctuation after a link, but keeps a ")" that closes a "(" inside it. */
function trimTrailing(match: string): string {
  let link = match.replace(TRAILING, '');
  const tail = match.slice(link.length);
  for (const char of tail) {
    if (char === ')' && count(link, '(') > count(link, ')')) link += char;
    else break;
  }
  return link;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
