// Search over all posts (FTS5, migration 0013) through the real dispatch on real SQLite: words
// in the text and in per-network variants, prefixes, filters, paging, hostile input, and the
// index kept in step with every edit and delete by its triggers.
import { describe, expect } from 'vitest';
import { toMatchExpression } from '../../src-main/core/batch/search-query';
import type { ChannelInput } from '../../src-main/shared/contract';
import { withChannels as it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { DAY } from '../support/time';

const found = async (t: TestCore, query: ChannelInput<'posts.search'>) =>
  (await t.call('posts.search', query)).posts.map((post) => post.excerpt);

/** FTS5's own check of an external-content index against the rows it points at. */
const indexIsExact = (t: TestCore) =>
  t.core.database.sqlite
    .prepare(`insert into post_search (post_search, rank) values ('integrity-check', 1)`)
    .run();

describe('post search', () => {
  it('finds words in the text and in variants, by prefix and without accents, best first', async ({
    t,
    channels,
  }) => {
    const rolls = await t.call('posts.create', { body: 'Fresh rolls at seven', channelIds: channels });
    await t.call('posts.update', { id: rolls.id, variants: { [channels[1]!]: 'Croissants too #bakery' } });
    await t.call('posts.create', { body: 'Brötchen heute im Angebot', channelIds: [channels[0]!] });
    await t.call('posts.create', {
      body: 'Rolls, rolls, rolls: the roll festival',
      channelIds: [channels[0]!],
    });

    expect(await found(t, { text: 'croiss' })).toEqual(['Fresh rolls at seven']);
    expect(await found(t, { text: 'brotchen' })).toEqual(['Brötchen heute im Angebot']);
    expect(await found(t, { text: 'fresh rol' })).toEqual(['Fresh rolls at seven']);
    // bm25: the post that says it three times ranks first.
    expect(await found(t, { text: 'rolls' })).toEqual([
      'Rolls, rolls, rolls: the roll festival',
      'Fresh rolls at seven',
    ]);
    expect(await found(t, { text: 'nothing-like-this' })).toEqual([]);
  });

  it('treats any typed text as words, never as FTS syntax', async ({ t, channels }) => {
    await t.call('posts.create', {
      body: 'Say "hello" AND NOT goodbye (near the door): col:umn*',
      channelIds: channels,
    });
    const hostile = [
      '"',
      '""',
      '"hello',
      'hello"',
      'AND',
      'OR NOT',
      'NEAR(hello goodbye, 2)',
      '(',
      ')',
      '*',
      'hello*',
      '^hello',
      'body:hello',
      'variants: hello',
      '{body variants}: hello',
      '-hello',
      '+hello',
      "'; drop table posts; --",
      '\u0000hello',
      '\u202e\u200b',
      'a'.repeat(200),
      '🙂',
      '   ',
    ];
    for (const text of hostile) {
      await expect(t.call('posts.search', { text }), text).resolves.toMatchObject({
        posts: expect.any(Array),
      });
    }
    expect(await found(t, { text: '"hello' })).toHaveLength(1);
    expect(await found(t, { text: 'NOT goodbye' })).toHaveLength(1);
    expect(await found(t, { text: 'body:hello' })).toEqual([]);
    expect(await found(t, { text: 'col:umn' })).toHaveLength(1);
    expect(await found(t, { text: '*' })).toEqual([]);
    expect(await found(t, { text: '   ' })).toHaveLength(1);
  });

  it('never fails on random text made of FTS syntax, quotes and controls (fuzz)', async ({ t }) => {
    await t.call('posts.create', { body: 'Bagels on Sunday' });
    const pieces = [
      '"',
      "'",
      '*',
      '^',
      ':',
      '(',
      ')',
      '{',
      '}',
      '-',
      '+',
      'AND',
      'OR',
      'NOT',
      'NEAR',
      ' ',
      '\u0000',
      '\n',
      'bag',
      'ü',
      '\\',
      '%',
      '_',
    ];
    let seed = 12;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: 1 + (next() % 12) }, () => pieces[next() % pieces.length]).join('');
      const match = toMatchExpression(text);
      if (match !== null) expect(match).toMatch(/^("([^"]|"")*"\* ?)+$/);
      await expect(t.call('posts.search', { text }), JSON.stringify(text)).resolves.toBeTruthy();
    }
  });

  it('filters by channel, status, campaign and date, and pages', async ({ t, channels }) => {
    const campaign = await t.call('campaigns.create', {
      name: 'Winter',
      goal: 'sales',
      channelIds: channels,
    });
    const onBluesky = await t.call('posts.create', { body: 'Cake one', channelIds: [channels[0]!] });
    const onMastodon = await t.call('posts.create', { body: 'Cake two', channelIds: [channels[1]!] });
    await t.call('posts.setCampaign', { postId: onMastodon.id, campaignId: campaign.id });
    await t.call('posts.schedule', {
      id: onMastodon.id,
      local: '2026-12-02T09:00',
      timeZone: 'America/New_York',
    });
    await t.call('posts.schedule', {
      id: onBluesky.id,
      local: '2026-12-20T09:00',
      timeZone: 'America/New_York',
    });
    await t.call('posts.create', { body: 'Cake three, a draft', channelIds: [channels[0]!] });

    expect(await found(t, { text: 'cake', channelId: channels[1]! })).toEqual(['Cake two']);
    expect(await found(t, { text: 'cake', status: 'draft' })).toEqual(['Cake three, a draft']);
    expect(await found(t, { text: 'cake', campaignId: campaign.id })).toEqual(['Cake two']);
    const from = Date.UTC(2026, 11, 1);
    expect(await found(t, { text: 'cake', from, to: from + 10 * DAY })).toEqual(['Cake two']);
    // Filters alone list what they keep.
    expect(await found(t, { status: 'scheduled', channelId: channels[0]! })).toEqual(['Cake one']);

    const first = await t.call('posts.search', { text: 'cake', limit: 2 });
    expect(first.posts).toHaveLength(2);
    expect(first.nextOffset).toBe(2);
    const second = await t.call('posts.search', { text: 'cake', limit: 2, offset: 2 });
    expect(second.posts).toHaveLength(1);
    expect(second.nextOffset).toBeNull();
    expect(new Set([...first.posts, ...second.posts].map((post) => post.id)).size).toBe(3);
  });

  it('keeps the index in step with edits, variants, channels taken off and deletes', async ({
    t,
    channels,
  }) => {
    const post = await t.call('posts.create', { body: 'Sourdough tomorrow', channelIds: channels });
    await t.call('posts.update', { id: post.id, variants: { [channels[0]!]: 'Pretzels for Bluesky' } });
    expect(await found(t, { text: 'pretzels' })).toHaveLength(1);

    await t.call('posts.update', { id: post.id, body: 'Rye tomorrow' });
    expect(await found(t, { text: 'sourdough' })).toEqual([]);
    expect(await found(t, { text: 'rye' })).toEqual(['Rye tomorrow']);

    await t.call('posts.update', { id: post.id, variants: { [channels[0]!]: 'Bagels for Bluesky' } });
    expect(await found(t, { text: 'pretzels' })).toEqual([]);
    expect(await found(t, { text: 'bagels' })).toHaveLength(1);

    // Taking the channel off deletes its target, and its variant with it.
    await t.call('posts.update', { id: post.id, channelIds: [channels[1]!] });
    expect(await found(t, { text: 'bagels' })).toEqual([]);
    indexIsExact(t);

    const copy = await t.call('posts.duplicate', { id: post.id });
    await t.call('posts.delete', { id: post.id });
    expect((await t.call('posts.search', { text: 'rye' })).posts.map((p) => p.id)).toEqual([copy.id]);
    indexIsExact(t);
  });
});
