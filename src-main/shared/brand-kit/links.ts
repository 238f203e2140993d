// Finding links in post text and reading their tags. Shared by the kit linter (live, in the
// composer) and the plan (which checks campaign posts for UTM tags).

export interface FoundLink {
  url: string;
  /** [start, end) in UTF-16 code units. */
  start: number;
  end: number;
}

// A link starts with a scheme or "www." and runs to whitespace or a character URLs do not
// hold unescaped; sentence punctuation right after it is not part of it.
const LINK_PATTERN = /(?:https?:\/\/|www\.)[^\s<>"'`]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}…»”’]+$/u;

export function findLinks(text: string): FoundLink[] {
  const links: FoundLink[] = [];
  for (const match of text.matchAll(LINK_PATTERN)) {
    const start = match.index;
    let url = match[0];
    const opened = (url.match(/\(/g) ?? []).length;
    const trailing = TRAILING_PUNCTUATION.exec(url);
    if (trailing) {
      // Keep a closing parenthesis the link itself opened, as in Wikipedia links.
      let cut = trailing[0];
      if (opened > 0 && cut.startsWith(')')) cut = cut.slice(1);
      url = url.slice(0, url.length - cut.length);
    }
    if (/^(?:https?:\/\/|www\.)$/iu.test(url)) continue;
    links.push({ url, start, end: start + url.length });
  }
  return links;
}

/** The host of a link, lower-cased and without "www.", or null when it cannot be read. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(/^https?:\/\//iu.test(url) ? url : `https://${url}`);
    return parsed.hostname.toLowerCase().replace(/^www\./u, '');
  } catch {
    return null;
  }
}

/** The three tags analytics tools need to attribute a visit to a campaign. */
export const REQUIRED_UTM = ['utm_source', 'utm_medium', 'utm_campaign'] as const;

/** Which of the required UTM parameters the link lacks (empty values count as missing). */
export function missingUtm(url: string): string[] {
  let params: URLSearchParams;
  try {
    params = new URL(/^https?:\/\//iu.test(url) ? url : `https://${url}`).searchParams;
  } catch {
    return [...REQUIRED_UTM];
  }
  return REQUIRED_UTM.filter((name) => !params.get(name));
}

/** Well-known link shorteners: they hide where a link goes and drop the tags behind a redirect. */
export const LINK_SHORTENERS = [
  'bit.ly',
  'bitly.com',
  'buff.ly',
  'cutt.ly',
  'goo.gl',
  'is.gd',
  'lnkd.in',
  'ow.ly',
  'rb.gy',
  'rebrand.ly',
  'shorturl.at',
  't.co',
  't.ly',
  'tiny.cc',
  'tinyurl.com',
] as const;

export function isShortener(host: string): boolean {
  return (LINK_SHORTENERS as readonly string[]).includes(host);
}
