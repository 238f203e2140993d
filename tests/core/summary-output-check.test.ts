// The hand check that lets calendar.range and posts.listDrafts answer without zod's copy: it
// must pass a list only when the contract's schema would return that very list unchanged, so
// the renderer still never receives a field that is not a summary's.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createDispatch } from '../../src-main/core/dispatch';
import type { Handlers } from '../../src-main/core/handlers/types';
import { isExactMonthDays, isExactSummaryList } from '../../src-main/core/summary-output-check';
import { contract } from '../../src-main/shared/contract';
import { PostSummary } from '../../src-main/shared/entities';

const summary = (overrides: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 'post-1',
  excerpt: 'Fresh bread today',
  status: 'scheduled',
  kind: 'organic',
  scheduledAt: 1_790_000_000_000,
  scheduledTimeZone: 'America/New_York',
  scheduledLocal: '2026-09-21T09:00',
  updatedAt: 1_789_000_000_000,
  channelIds: ['channel-a', 'channel-b'],
  mediaCount: 1,
  handedOff: false,
  repeats: false,
  recycled: false,
  ...overrides,
});

class NotPlain {
  constructor(readonly fields: Record<string, unknown>) {
    Object.assign(this, fields);
  }
}

/** Each field broken in the ways a row could be, an extra and a missing key, odd containers. */
const variants: Array<[string, unknown]> = [
  ['a valid row', summary()],
  ['a draft', summary({ status: 'draft', scheduledAt: null, scheduledTimeZone: null, scheduledLocal: null })],
  ['no channels', summary({ channelIds: [] })],
  ['an extra secret field', { ...summary(), accessToken: 'secret' }],
  ['a missing field', (({ excerpt: _excerpt, ...rest }) => rest)(summary())],
  ['an empty id', summary({ id: '' })],
  ['a 65-character id', summary({ id: 'x'.repeat(65) })],
  ['a numeric id', summary({ id: 7 })],
  ['an unknown status', summary({ status: 'sent' })],
  ['an unknown kind', summary({ kind: 'ad' })],
  ['a fractional instant', summary({ scheduledAt: 1.5 })],
  ['a negative instant', summary({ updatedAt: -1 })],
  ['an instant past the last date', summary({ updatedAt: 8_640_000_000_000_001 })],
  ['NaN', summary({ scheduledAt: Number.NaN })],
  ['a null updatedAt', summary({ updatedAt: null })],
  ['a numeric zone', summary({ scheduledTimeZone: 5 })],
  ['channel ids as a string', summary({ channelIds: 'channel-a' })],
  ['an empty channel id', summary({ channelIds: [''] })],
  ['a negative media count', summary({ mediaCount: -1 })],
  ['a hand-off that is not a yes or no', summary({ handedOff: 1 as unknown as boolean })],
  ['a repeat mark that is not a yes or no', summary({ repeats: 'weekly' })],
  ['a recycled mark that is not a yes or no', summary({ recycled: 1 as unknown as boolean })],
  ['a fractional media count', summary({ mediaCount: 0.5 })],
  ['a class instance', new NotPlain(summary())],
  ['null', null],
];

describe('the exact summary list check', () => {
  const schema = z.array(PostSummary);

  it.each(variants)('agrees with the zod schema on %s', (_, row) => {
    const list = [summary({ id: 'post-0' }), row];
    const parsed = schema.safeParse(list);
    const unchanged = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(list);
    expect(isExactSummaryList(list)).toBe(unchanged && !(row instanceof NotPlain));
  });

  it('is the schema both channels answer with', () => {
    expect(contract['calendar.range'].output.def.element).toBe(PostSummary);
    expect(contract['posts.listDrafts'].output.def.element).toBe(PostSummary);
  });

  it('passes a list of summaries through dispatch as it is, and strips what is not a summary', async () => {
    const rows = [summary(), summary({ id: 'post-2' })];
    const leaking = [{ ...summary(), accessToken: 'secret' }];
    let answer: unknown[] = rows;
    const dispatch = createDispatch({
      'calendar.range': () => answer,
      'posts.listDrafts': () => answer,
    } as unknown as Handlers);

    const range = await dispatch('calendar.range', { from: 0, to: 86_400_000 });
    expect(range).toEqual({ ok: true, value: rows });
    expect(range.ok && range.value).toBe(rows); // no copy: the cheap path

    answer = leaking;
    for (const channel of ['calendar.range', 'posts.listDrafts'] as const) {
      const input = channel === 'calendar.range' ? { from: 0, to: 86_400_000 } : {};
      const result = await dispatch(channel, input);
      expect(result).toEqual({ ok: true, value: [summary()] });
      expect(JSON.stringify(result)).not.toContain('secret');
    }
  });
});

describe("the month view's answer check", () => {
  const schema = contract['calendar.month'].output;
  const answer = (overrides: Record<string, unknown> = {}) => ({
    posts: [summary()],
    dayTotals: { '2026-09-21': 4 },
    ...overrides,
  });
  const answers: Array<[string, unknown]> = [
    ['a valid answer', answer()],
    ['no posts at all', answer({ posts: [], dayTotals: {} })],
    ['a row with a secret field', answer({ posts: [{ ...summary(), accessToken: 'secret' }] })],
    ['an extra field', { ...answer(), accessToken: 'secret' }],
    ['no day totals', { posts: [summary()] }],
    ['a day that is not a date', answer({ dayTotals: { tomorrow: 1 } })],
    ['a fractional count', answer({ dayTotals: { '2026-09-21': 1.5 } })],
    ['a negative count', answer({ dayTotals: { '2026-09-21': -1 } })],
    ['a count as text', answer({ dayTotals: { '2026-09-21': '4' } })],
    ['totals as a list', answer({ dayTotals: [4] })],
    ['a class instance', new NotPlain(answer())],
  ];

  it.each(answers)('agrees with the zod schema on %s', (_, value) => {
    const parsed = schema.safeParse(value);
    const unchanged = parsed.success && JSON.stringify(parsed.data) === JSON.stringify(value);
    expect(isExactMonthDays(value)).toBe(unchanged && !(value instanceof NotPlain));
  });

  it('passes an exact answer through dispatch as it is, and strips a secret from one that is not', async () => {
    let value: unknown = answer();
    const dispatch = createDispatch({ 'calendar.month': () => value } as unknown as Handlers);
    const input = { from: 0, to: 86_400_000, timeZone: 'America/New_York', perDay: 3 };

    const exact = await dispatch('calendar.month', input);
    expect(exact.ok && exact.value).toBe(value);

    value = answer({ posts: [{ ...summary(), accessToken: 'secret' }] });
    const stripped = await dispatch('calendar.month', input);
    expect(stripped).toEqual({ ok: true, value: answer() });
  });
});
