import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import type { Channel, MediaItem } from '@shared/entities';
import {
  NetworkPreviews,
  type NetworkPreviewsProps,
} from '../../src-renderer/src/features/composer/previews/network-previews';
import { fitText } from '../../src-renderer/src/features/composer/previews/preview-looks';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

// Only the fields the previews read; the rest of a Channel does not matter here.
const channel = (id: string, network: Channel['network'], displayName: string) =>
  ({ id, network, displayName, handle: displayName, limits: null, createdAt: 0 }) as unknown as Channel;

const bluesky = channel('c1', 'bluesky', 'Shop');
const mastodon = channel('c2', 'mastodon', 'Bakery');
const telegram = channel('c3', 'telegram', 'News');
const discord = channel('c4', 'discord', 'Regulars');
const x = channel('c5', 'x', 'Corner');
const linkedin = channel('c6', 'linkedin', 'Team');

const picture = (id: string, altText: string): MediaItem => ({
  id,
  postId: 'p1',
  sha256: id.padEnd(64, '0'),
  mimeType: 'image/png',
  byteSize: 100,
  fileName: `${id}.png`,
  altText,
  position: 0,
});

const card = {
  status: 'read',
  url: 'https://shop.example/menu',
  card: {
    url: 'https://shop.example/menu',
    title: 'Winter menu',
    description: 'Soups',
    pictureDataUrl: 'data:image/jpeg;base64,AAAA',
  },
} as const;

function render(overrides: Partial<NetworkPreviewsProps>): string {
  const props: NetworkPreviewsProps = {
    channels: [],
    body: '',
    variants: {},
    media: [],
    altTexts: {},
    card: { status: 'no-link' },
    pictureUrl: (sha256) => `cadence-media://${sha256}`,
    ...overrides,
  };
  return renderToStaticMarkup(<NetworkPreviews {...props} />);
}

/** Each preview's accessible name and its markup. */
const previews = (html: string) =>
  [...html.matchAll(/<article[^>]*aria-label="([^"]+)"[^>]*>(.*?)<\/article>/g)].map(([, name, inner]) => ({
    name,
    inner: inner!,
  }));
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('NetworkPreviews', () => {
  it('shows nothing for networks it does not picture', () => {
    expect(render({ channels: [linkedin], body: 'Hello' })).toBe('');
  });

  it('shows one named preview per selected network, with each channel’s own text', () => {
    const html = render({
      channels: [bluesky, linkedin, mastodon, telegram, discord, x],
      body: 'Fresh bread',
      variants: { c2: 'Fresh bread, Mastodon edition' },
    });
    expect(html).toContain('aria-labelledby="network-previews-title"');
    const shown = previews(html);
    expect(shown.map((preview) => preview.name)).toEqual([
      'Preview on Bluesky · Shop',
      'Preview on Mastodon · Bakery',
      'Preview on Telegram · News',
      'Preview on Discord · Regulars',
      'Preview on X · Corner',
    ]);
    expect(textOf(shown[1]!.inner)).toContain('Fresh bread, Mastodon edition');
  });

  it('marks the part of the text past the network’s limit', () => {
    const body = 'a'.repeat(290) + 'TAIL';
    const [onBluesky, onX] = previews(render({ channels: [bluesky, x], body }));
    expect(onBluesky!.inner).not.toContain('<mark');
    expect(onX!.inner).toMatch(/<mark[^>]*aria-label="Does not fit"[^>]*>a{10}TAIL<\/mark>/);
    expect(textOf(onX!.inner)).toContain('X takes 280 characters (links and some characters count more)');
  });

  it('crops pictures where the feed does, and badges alt text where the network keeps it', () => {
    const media = [picture('a', 'A loaf'), picture('b', '')];
    const [onBluesky, onTelegram, onX] = previews(
      render({ channels: [bluesky, telegram, x], media, altTexts: { b: '' } }),
    );
    expect(onBluesky!.inner).toContain('<span class="alt-badge">ALT</span>');
    expect(onBluesky!.inner).toContain('<span class="alt-badge missing">No alt text</span>');
    expect(onBluesky!.inner).toContain('aspect-ratio:1 / 1');
    expect(onTelegram!.inner).not.toContain('alt-badge');
    expect(textOf(onTelegram!.inner)).toContain('Telegram keeps no alt text');
    expect(onX!.inner).toContain('alt="A loaf"');
    expect(textOf(onX!.inner)).toContain('X crops pictures in the feed as shown');
  });

  it('shows a video as a muted video, named by its alt text', () => {
    const clip: MediaItem = {
      ...picture('v', 'Bread going into the oven'),
      mimeType: 'video/mp4',
      fileName: 'oven.mp4',
      video: { durationMs: 2000, codec: 'avc1.64000a', width: 32, height: 24 },
    };
    const [onMastodon] = previews(render({ channels: [mastodon], media: [clip] }));
    expect(onMastodon!.inner).toMatch(/<video [^>]*aria-label="Bread going into the oven"/);
    expect(onMastodon!.inner).not.toContain('<img');
  });

  it('takes typed alt text ahead of the saved one', () => {
    const [onMastodon] = previews(
      render({ channels: [mastodon], media: [picture('a', '')], altTexts: { a: 'Rye bread' } }),
    );
    expect(onMastodon!.inner).toContain('alt="Rye bread"');
    expect(onMastodon!.inner).toContain('aspect-ratio:16 / 9');
  });

  it('shows the link card, saying who makes it, and not where pictures take its place', () => {
    const body = 'Menu: https://shop.example/menu';
    const [onBluesky, onDiscord] = previews(render({ channels: [bluesky, discord], body, card }));
    expect(textOf(onBluesky!.inner)).toContain(
      'shop.example Winter menu Soups Cadence sends this card with the post.',
    );
    expect(onBluesky!.inner).toContain('alt="Picture of “Winter menu”"');
    expect(textOf(onDiscord!.inner)).toContain('Discord makes its own card from the page');

    const withPicture = previews(
      render({ channels: [bluesky, discord], body, card, media: [picture('a', 'x')] }),
    );
    expect(withPicture[0]!.inner).not.toContain('preview-link-card');
    expect(withPicture[1]!.inner).toContain('preview-link-card');
  });

  it('says when the card is being read, and that Bluesky’s is read again at sending', () => {
    const body = 'Menu: https://shop.example/menu';
    const reading = previews(
      render({ channels: [bluesky], body, card: { status: 'reading', url: card.url } }),
    );
    expect(textOf(reading[0]!.inner)).toContain('Reading the link’s page for its card');
    const none = previews(
      render({ channels: [bluesky, mastodon], body, card: { status: 'no-card', url: card.url } }),
    );
    expect(textOf(none[0]!.inner)).toContain('Cadence reads the page again when the post is sent');
    expect(textOf(none[1]!.inner)).toContain('Mastodon reads the page itself');
  });
});

describe('fitText', () => {
  it('keeps all of a text that fits', () => {
    expect(fitText('bluesky', 'Hello', {})).toMatchObject({ kept: 'Hello', over: '', limit: 300 });
  });

  it('cuts on whole characters, never inside an emoji', () => {
    // An e with a combining accent: two code points, one character on screen.
    const accented = 'e\u0301';
    const fitted = fitText('bluesky', accented.repeat(301), {});
    expect(fitted.kept).toBe(accented.repeat(300));
    expect(fitted.over).toBe(accented);
  });

  it('stops at Bluesky’s byte limit when that comes first', () => {
    const family = '👩‍👩‍👧'; // 18 bytes in UTF-8
    const fitted = fitText('bluesky', family.repeat(200), {});
    expect(fitted.kept).toBe(family.repeat(166));
  });

  it('uses Telegram’s caption limit under photos', () => {
    const text = 'b'.repeat(1_100);
    expect(fitText('telegram', text, {}).over).toBe('');
    expect(fitText('telegram', text, { imageCount: 1 }).kept).toHaveLength(1_024);
  });
});
