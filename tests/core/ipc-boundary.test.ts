import { describe, expect } from 'vitest';
import { FIRST_CALENDAR_INSTANT, LAST_CALENDAR_INSTANT } from '../../src-main/shared/calendar-instant';
import { CHANNEL_NAMES } from '../../src-main/shared/contract';
import { fileTest as it } from '../support/core-fixture';

// One core takes every request below, and the last test checks it is none the worse for them.
let postId: string;
let channelId: string;

it.beforeAll(async ({ t }) => {
  channelId = (
    await t.call('channels.add', { network: 'mastodon', displayName: 'Shop', handle: '@shop@social.example' })
  ).id;
  postId = (await t.call('posts.create', { body: 'Hello', channelIds: [channelId] })).id;
});

const long = (n: number) => 'x'.repeat(n);
const polluted = () => JSON.parse('{"__proto__": {"polluted": true}, "body": "hi"}') as unknown;

const deeplyNested = (depth: number) => {
  let value: unknown = 'c';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};

const variantsFor = (channels: number) =>
  Object.fromEntries(Array.from({ length: channels }, (_, i) => [`c${i}`, 'Own text']));

type Case = [label: string, channel: unknown, input: () => unknown, message?: RegExp];

const invalidInputs: Case[] = [
  ['wrong type for body', 'posts.create', () => ({ body: 42 })],
  ['wrong type for channel ids', 'posts.create', () => ({ channelIds: 'abc' })],
  ['number where an object belongs', 'posts.create', () => 7],
  ['array where an object belongs', 'posts.create', () => ['body']],
  ['null where an object belongs', 'posts.create', () => null],
  ['undefined where an object belongs', 'posts.update', () => undefined],
  ['array for a no-input channel', 'profile.get', () => []],
  ['string for a no-input channel', 'channels.list', () => 'all'],
  ['null for an optional object', 'posts.listDrafts', () => null],
  ['missing id', 'posts.get', () => ({})],
  ['missing channel fields', 'channels.add', () => ({ network: 'bluesky' })],
  [
    'blank channel name',
    'channels.add',
    () => ({ network: 'bluesky', displayName: '  ', handle: 'h' }),
    /name/,
  ],
  ['unknown network', 'channels.add', () => ({ network: 'myspace', displayName: 'a', handle: 'h' })],
  ['extra field', 'posts.create', () => ({ body: 'hi', admin: true })],
  ['extra field on a no-input channel', 'profile.get', () => ({ everything: true })],
  ['__proto__ key', 'posts.create', polluted],
  ['__proto__ key in variants', 'posts.update', () => ({ id: postId, variants: polluted() })],
  ['__proto__ key deep in an array', 'posts.create', () => ({ channelIds: [polluted()] })],
  [
    'cyclic input',
    'posts.create',
    () => {
      const input: Record<string, unknown> = { body: 'hi' };
      input.self = input;
      return input;
    },
  ],
  ['deeply nested input', 'posts.create', () => ({ channelIds: deeplyNested(100_000) })],
  ['body over 20,000 characters', 'posts.create', () => ({ body: long(20_001) }), /^body: /],
  ['name over 200 characters', 'profile.update', () => ({ name: long(201) }), /^name: /],
  ['channel name over 200', 'channels.add', () => ({ network: 'x', displayName: long(201), handle: 'h' })],
  ['oversized id', 'posts.get', () => ({ id: long(65) })],
  ['empty id', 'posts.get', () => ({ id: '' })],
  ['51 channels', 'posts.create', () => ({ channelIds: Array.from({ length: 51 }, (_, i) => `c${i}`) })],
  ['a million channels', 'posts.update', () => ({ id: postId, channelIds: new Array(1_000_000).fill('c') })],
  [
    'per-channel text for 51 channels',
    'posts.update',
    () => ({ id: postId, variants: variantsFor(51) }),
    /at most 50/,
  ],
  [
    'per-channel text for 40,000 channels',
    'posts.update',
    () => ({ id: postId, variants: variantsFor(40_000) }),
  ],
  ['listDrafts limit out of range', 'posts.listDrafts', () => ({ limit: 10_000 })],
  ['fractional limit', 'posts.listDrafts', () => ({ limit: 1.5 })],
  ['unknown time zone', 'profile.update', () => ({ timeZone: 'Mars/Olympus_Mons' }), /time zone/i],
  [
    'time zone on schedule',
    'posts.schedule',
    () => ({ id: postId, local: '2026-05-01T09:00', timeZone: 'Nowhere' }),
  ],
  [
    'malformed local time',
    'time.check',
    () => ({ local: '2026-5-1 9am', timeZone: 'UTC' }),
    /2026-03-08T09:00/,
  ],
  [
    'impossible date on check',
    'time.check',
    () => ({ local: '2026-02-30T09:00', timeZone: 'UTC' }),
    /not a real date/,
  ],
  ['a time before 1970', 'time.check', () => ({ local: '1969-12-31T23:00', timeZone: 'UTC' }), /1970/],
  ['year 0000', 'time.check', () => ({ local: '0000-01-01T09:00', timeZone: 'UTC' }), /1970/],
  [
    'the first hour of 1970 east of Greenwich (still 1969 in UTC)',
    'time.check',
    () => ({ local: '1970-01-01T00:30', timeZone: 'Europe/Paris' }),
    /1970/,
  ],
  [
    'scheduling before 1970',
    'posts.schedule',
    () => ({ id: postId, local: '1969-07-20T20:17', timeZone: 'UTC' }),
    /1970/,
  ],
  ['impossible hour', 'posts.schedule', () => ({ id: postId, local: '2026-03-01T24:30', timeZone: 'UTC' })],
  [
    'impossible date on schedule',
    'posts.schedule',
    () => ({ id: postId, local: '2026-02-30T09:00', timeZone: 'UTC' }),
  ],
  [
    'unknown time choice',
    'posts.schedule',
    () => ({ id: postId, local: '2026-03-01T09:00', timeZone: 'UTC', choice: 'both' }),
  ],
  ['a plan for the first instant', 'plan.get', () => ({ at: 0 }), /^at: Pick a date between 1971 and 9998$/],
  ['a plan for the year 275760', 'plan.get', () => ({ at: 8_640_000_000_000_000 }), /1971 and 9998/],
  [
    'engagement into the year 9999',
    'metrics.engagement',
    () => ({ from: Date.UTC(9998, 11, 1), to: Date.UTC(9999, 0, 2) }),
    /^to: Pick a date between 1971 and 9998$/,
  ],
  ['followers before 1971', 'metrics.followers', () => ({ from: 0, to: 86_400_000 }), /1971 and 9998/],
  ['backwards calendar range', 'calendar.range', () => ({ from: 2_000, to: 1_000 }), /range/],
  ['calendar range over 100 days', 'calendar.range', () => ({ from: 0, to: 101 * 86_400_000 }), /range/],
  ['negative instant', 'calendar.range', () => ({ from: -5, to: 1_000 })],
  ['non-finite instant', 'calendar.range', () => ({ from: 0, to: Number.POSITIVE_INFINITY })],
  ['string instant', 'calendar.range', () => ({ from: '0', to: '1000' })],
  [
    'unsupported image type',
    'media.add',
    () => ({ postId, fileName: 'a.svg', mimeType: 'image/svg+xml', dataBase64: 'AA==' }),
  ],
  [
    'non-base64 image data',
    'media.add',
    () => ({ postId, fileName: 'a.png', mimeType: 'image/png', dataBase64: '<svg>' }),
  ],
];

describe('the IPC boundary', () => {
  it.for(invalidInputs)('rejects %s with INVALID_INPUT', async ([_label, channel, input, message], { t }) => {
    const result = await t.core.invoke(channel, input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('INVALID_INPUT');
    expect(result.error.message.length).toBeGreaterThan(0);
    if (message) expect(result.error.message).toMatch(message);
  });

  it.for([
    ['an unlisted name', 'posts.destroyEverything'],
    ['an inherited property name', '__proto__'],
    ['an Object.prototype method', 'toString'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an object', { channel: 'posts.get' }],
    ['an array', ['posts.get']],
  ])('rejects %s as a channel with UNKNOWN_CHANNEL', async ([_label, channel], { t }) => {
    const result = await t.core.invoke(channel, { id: postId });
    expect(result).toEqual({
      ok: false,
      error: { code: 'UNKNOWN_CHANNEL', key: 'errors.unknownRequest', message: expect.any(String) },
    });
  });

  it('answers every listed channel with a result, never a thrown error', async ({ t }) => {
    for (const channel of CHANNEL_NAMES) {
      const result = await t.core.invoke(channel, { junk: 1 });
      expect(result.ok, channel).toBe(false);
    }
  });

  it('plans and measures around the first and last instants of the calendar, in any zone', async ({ t }) => {
    const span = 400 * 86_400_000;
    for (const timeZone of ['Pacific/Kiritimati', 'Etc/GMT+12']) {
      await t.call('profile.update', { timeZone });
      for (const at of [FIRST_CALENDAR_INSTANT, LAST_CALENDAR_INSTANT]) {
        expect((await t.call('plan.get', { at })).at).toBe(at);
      }
      const first = { from: FIRST_CALENDAR_INSTANT, to: FIRST_CALENDAR_INSTANT + span };
      const last = { from: LAST_CALENDAR_INSTANT - span, to: LAST_CALENDAR_INSTANT };
      for (const range of [first, last]) {
        expect((await t.call('metrics.engagement', range)).channels).toEqual([]);
        expect(await t.call('metrics.bestPosts', { limit: 5, ...range })).toEqual([]);
      }
    }
    await t.call('profile.update', { timeZone: 'America/New_York' });
  });

  it('takes half of an emoji (a lone surrogate) as one replacement character, as text is stored', async ({
    t,
  }) => {
    const post = await t.call('posts.create', { body: 'Fresh bread \ud83c and \udf5e, whole: \ud83c\udf5e' });
    expect(post.body).toBe('Fresh bread \ufffd and \ufffd, whole: 🍞');
    expect((await t.call('posts.get', { id: post.id })).body).toBe(post.body);
    await t.call('posts.delete', { id: post.id });
  });

  it('reports a missing record as NOT_FOUND in plain words', async ({ t }) => {
    const result = await t.core.invoke('posts.get', { id: 'no-such-post' });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        key: 'errors.post.gone',
        message: expect.stringMatching(/no longer exists/),
      },
    });
  });

  it('still works after all of that, with nothing changed and no prototype polluted', async ({ t }) => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const post = await t.call('posts.get', { id: postId });
    expect(post.body).toBe('Hello');
    expect(post.targets.map((target) => target.channelId)).toEqual([channelId]);
    expect((await t.call('posts.listDrafts')).map((draft) => draft.id)).toEqual([postId]);
    const updated = await t.call('posts.update', { id: postId, body: 'Hello again' });
    expect(updated.body).toBe('Hello again');
    expect(await t.call('profile.get')).toMatchObject({ name: '', timeZone: 'America/New_York' });
  });
});
