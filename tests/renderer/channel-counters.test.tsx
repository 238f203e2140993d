import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Channel } from '@shared/entities';
import {
  ChannelCounters,
  type ChannelCountersProps,
} from '../../src-renderer/src/components/channel-counters';

// Only the fields the counters read; the rest of a Channel does not matter here.
const channel = (id: string, network: Channel['network'], displayName: string) =>
  ({ id, network, displayName, handle: `${displayName.toLowerCase()}@example.com`, createdAt: 0 }) as Channel;

const bluesky = channel('c1', 'bluesky', 'Shop');
const mastodon = channel('c2', 'mastodon', 'Bakery');
const telegram = channel('c3', 'telegram', 'News');

// The suite runs in Node without a DOM, so it reads React's server markup directly.
function render(overrides: Partial<ChannelCountersProps>): string {
  const props: ChannelCountersProps = { channels: [], text: '', variants: {}, images: [], ...overrides };
  return renderToStaticMarkup(<ChannelCounters {...props} />);
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&#x27;': "'",
  '&quot;': '"',
  '&lt;': '<',
  '&gt;': '>',
};
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[#\w]+;/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\s+/g, ' ')
    .trim();

const items = (html: string) =>
  [...html.matchAll(/<li[^>]*data-level="(\w+)"[^>]*>(.*?)<\/li>/g)].map(([, level, inner]) => ({
    text: textOf(inner ?? ''),
    level,
  }));
const status = (html: string) => textOf(/<p role="status"[^>]*>(.*?)<\/p>/.exec(html)?.[1] ?? '');

describe('ChannelCounters', () => {
  it('renders nothing without channels', () => {
    expect(render({})).toBe('');
  });

  it('shows one counter per channel, by its own rules, in a named group', () => {
    const root = render({
      channels: [bluesky, mastodon],
      text: `Fresh bread 👨‍👩‍👧‍👦 https://example.com/${'p'.repeat(100)}`,
    });
    expect(root).toContain('role="group" aria-label="Length for each channel"');
    expect(items(root)).toEqual([
      { text: 'Bluesky · Shop 134/300 134 of 300 characters', level: 'ok' },
      { text: 'Mastodon · Bakery 37/500 37 of 500 characters', level: 'ok' },
    ]);
    expect(root.match(/aria-hidden="true"/g)).toHaveLength(2);
    expect(status(root)).toBe('Within the limits of every channel.');
  });

  it('uses a channel variant instead of the main text, and the server limits', () => {
    const root = render({
      channels: [bluesky, mastodon],
      text: 'a'.repeat(290),
      variants: { [bluesky.id]: 'Short', [mastodon.id]: null },
      limits: { [mastodon.id]: { maxCharacters: 1000 } },
    });
    expect(items(root).map((item) => item.text)).toEqual([
      'Bluesky · Shop 5/300 5 of 300 characters',
      'Mastodon · Bakery 290/1,000 290 of 1,000 characters',
    ]);
  });

  it('warns in words near the limit and explains when over', () => {
    const root = render({
      channels: [bluesky, mastodon, telegram],
      text: 'a'.repeat(490),
      variants: { [bluesky.id]: 'a'.repeat(312) },
    });
    expect(items(root)).toEqual([
      {
        text: 'Bluesky · Shop 312/300 312 of 300 characters 12 over Bluesky allows 300 characters; this is 312. Shorten it by 12.',
        level: 'over',
      },
      { text: 'Mastodon · Bakery 490/500 490 of 500 characters 10 left', level: 'near' },
      { text: 'Telegram · News 490/4,096 490 of 4,096 characters', level: 'ok' },
    ]);
    expect(status(root)).toBe(
      'Cannot post as written to Bluesky · Shop. Close to the limit for Mastodon · Bakery.',
    );
  });

  it('switches Telegram to the caption limit when the post has photos', () => {
    const root = render({
      channels: [telegram],
      text: 'a'.repeat(1100),
      images: [{ byteSize: 1000, altText: '', mimeType: 'image/jpeg' }],
    });
    expect(items(root)[0]).toMatchObject({ level: 'over' });
    expect(items(root)[0]?.text).toContain('1,100/1,024');
    expect(items(root)[0]?.text).toContain('76 over');
  });

  it('keeps the announcement the same while the count changes within one state', () => {
    const props = { channels: [bluesky] };
    expect(status(render({ ...props, text: 'a'.repeat(305) }))).toBe(
      status(render({ ...props, text: 'a'.repeat(340) })),
    );
    expect(status(render({ ...props, text: 'a'.repeat(10) }))).toBe(
      status(render({ ...props, text: 'a'.repeat(200) })),
    );
  });
});

describe('what the network last said about posts left', () => {
  const NOON = Date.UTC(2026, 10, 25, 12);
  const instagram = {
    ...channel('c4', 'instagram', 'Shop'),
    postingAllowance: { window: { used: 3, total: 100, hours: 24, checkedAt: NOON } },
  } as Channel;
  const x = {
    ...channel('c5', 'x', 'Bakery'),
    postingAllowance: {
      window: { used: 5, total: 17, hours: 24, checkedAt: NOON, resetsAt: NOON + 3_600_000 },
      capReached: { period: 'Monthly', at: 0, said: 'UsageCapExceeded: Monthly product cap' },
    },
  } as Channel;

  it('shows Instagram’s 24-hour limit, X’s posts left until it counts afresh and its spent monthly cap', () => {
    const fresh = { allowance: instagram.postingAllowance!, fresh: true };
    const [first, second, third] = items(
      render({ channels: [instagram, x, bluesky], text: 'Hello', allowances: { c4: fresh } }),
    );
    expect(first!.text).toContain('Instagram: 3 of 100 posts in the last 24 hours');
    expect(first!.text).not.toContain('as of');
    expect(second!.text).toMatch(/X: 12 of 17 posts left today \(X counts afresh at [^)]*2026[^)]*\)/);
    expect(second!.text).toContain(
      'X says this app’s monthly post limit is used up (“UsageCapExceeded: Monthly product cap”). X takes no more posts from it until then, so posts sent now would fail.',
    );
    expect(third!.text).not.toMatch(/posts in the last|posts left/);
  });

  it('says when a reading it could not renew was made, and prefers what was just asked', () => {
    const lastKnown = { allowance: instagram.postingAllowance!, fresh: false };
    const [stale] = items(render({ channels: [instagram], text: 'Hi', allowances: { c4: lastKnown } }));
    expect(stale!.text).toMatch(/Instagram: 3 of 100 posts in the last 24 hours \(as of [^)]*2026[^)]*\)/);

    const justAsked = {
      allowance: { window: { used: 7, total: 100, hours: 24, checkedAt: NOON + 60_000 } },
      fresh: true,
    };
    const [asked] = items(render({ channels: [instagram], text: 'Hi', allowances: { c4: justAsked } }));
    expect(asked!.text).toContain('Instagram: 7 of 100 posts in the last 24 hours');
    expect(asked!.text).not.toContain('3 of 100');

    // X's window has been counted afresh since: the core says nothing about it any more.
    const reset = { allowance: null, fresh: false };
    const [xNow] = items(render({ channels: [x], text: 'Hi', allowances: { c5: reset } }));
    expect(xNow!.text).not.toMatch(/posts left|limit is used up/);
  });
});
