// A link card: the title, description and picture a page gives for itself in its OpenGraph or
// Twitter tags, read with open-graph-scraper-lite (a maintained parser, not hand-written regexes)
// from a page fetched within page-reader's limits. A card is decoration: a page that cannot be
// read gives no card, and the post goes out without one rather than failing.
import { findLinks } from '../../shared/brand-kit/links';
import { decoderFor } from '../store/image-facts';
import { isPublicAddress, type AddressGuard } from './public-address';
import { PageNotRead, readPage, systemLookup, type HostLookup, type PageLimits } from './page-reader';

/** A page is read up to 1 MB: its tags are in the head, and anything past that is cut. */
export const PAGE_BYTE_LIMIT = 1_000_000;
/** A preview image may be larger than a page, but no camera original is needed: 5 MB. */
export const PICTURE_BYTE_LIMIT = 5_000_000;
export const CARD_TIMEOUT_MS = 8_000;
const TITLE_CHARS = 300;
const DESCRIPTION_CHARS = 1_000;

export interface LinkCard {
  url: string;
  title: string;
  description: string;
  /** The page's preview image, as its address says. */
  imageUrl: string | null;
}

export interface CardPicture {
  bytes: Uint8Array;
  mimeType: 'image/jpeg';
  width: number;
  height: number;
}

export interface LinkCardOptions {
  /** Which addresses may be connected to; public internet only unless a test says otherwise. */
  guard?: AddressGuard;
  /** How host names become addresses; the system's resolver unless a test keeps it off the network. */
  lookup?: HostLookup;
  timeoutMs?: number;
}

export class LinkCardReader {
  private readonly guard: AddressGuard;
  private readonly lookup: HostLookup;
  private readonly timeoutMs: number;

  constructor(options: LinkCardOptions = {}) {
    this.guard = options.guard ?? isPublicAddress;
    this.lookup = options.lookup ?? systemLookup;
    this.timeoutMs = options.timeoutMs ?? CARD_TIMEOUT_MS;
  }

  /** The card of the first link in `text`, or null when there is no link or no card to read. */
  async cardForText(text: string): Promise<LinkCard | null> {
    const first = findLinks(text)[0];
    if (!first) return null;
    const url = /^https?:\/\//iu.test(first.url) ? first.url : `https://${first.url}`;
    return this.cardFor(url);
  }

  async cardFor(url: string): Promise<LinkCard | null> {
    try {
      const page = await readPage(url, this.limits(PAGE_BYTE_LIMIT));
      if (!/html/i.test(page.contentType)) return null;
      return await cardFromHtml(url, page.url, page.bytes.toString('utf8'));
    } catch (error) {
      if (error instanceof PageNotRead) return null;
      throw error;
    }
  }

  /** The card's picture, fitted inside `maxSide` pixels as JPEG, or null when it cannot be read. */
  async pictureFor(card: LinkCard, maxSide: number, maxBytes: number): Promise<CardPicture | null> {
    if (!card.imageUrl) return null;
    try {
      const page = await readPage(card.imageUrl, this.limits(PICTURE_BYTE_LIMIT));
      if (page.cut || !/^image\//i.test(page.contentType)) return null;
      for (const quality of [80, 65, 50]) {
        const { data, info } = await (
          await decoderFor(page.bytes)
        )
          .rotate()
          .resize({ width: maxSide, height: maxSide, fit: 'inside', withoutEnlargement: true })
          .flatten({ background: '#ffffff' })
          .jpeg({ quality, mozjpeg: true })
          .toBuffer({ resolveWithObject: true });
        if (data.byteLength <= maxBytes) {
          return { bytes: data, mimeType: 'image/jpeg', width: info.width, height: info.height };
        }
      }
      return null;
    } catch {
      // A picture that cannot be fetched or decoded leaves the card without one.
      return null;
    }
  }

  private limits(maxBytes: number): PageLimits {
    return { guard: this.guard, lookup: this.lookup, maxBytes, timeoutMs: this.timeoutMs };
  }
}

/** The card a page's tags describe; null when the page names no title at all. */
export async function cardFromHtml(linkUrl: string, pageUrl: string, html: string): Promise<LinkCard | null> {
  // Loaded on first use: the parser brings cheerio, which an app that posts no links need not hold.
  const { default: scrape } = await import('open-graph-scraper-lite');
  // The tags live in the head; parsing a megabyte of body would only cost time.
  const endOfHead = html.search(/<\/head\s*>/i);
  const { result } = await scrape({ html: endOfHead === -1 ? html : html.slice(0, endOfHead) });
  const title = result.ogTitle ?? result.twitterTitle ?? result.dcTitle ?? null;
  if (!title) return null;
  const description = result.ogDescription ?? result.twitterDescription ?? result.dcDescription ?? '';
  const image = result.ogImage?.[0]?.url ?? result.twitterImage?.[0]?.url ?? null;
  return {
    url: linkUrl,
    title: title.trim().slice(0, TITLE_CHARS),
    description: description.trim().slice(0, DESCRIPTION_CHARS),
    imageUrl: image ? absolute(image, pageUrl) : null,
  };
}

function absolute(address: string, base: string): string | null {
  try {
    const url = new URL(address, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
