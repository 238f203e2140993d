// Recurring posts through the real dispatch on real SQLite: a repeat makes real posts ahead of
// time; "this one", "this and following" and "all" reach the right posts; what went out is never
// touched; each occurrence goes through the outbox exactly once.
import { describe, expect } from 'vitest';
import type { RepeatRule, SeriesEnd } from '../../src-main/shared/recurrence';
import { it } from '../support/core-fixture';
import type { OutboxHarness } from '../support/outbox-harness';
import type { TestCore } from '../support/test-core';
import { DAY, MINUTE } from '../support/time';

const TUESDAYS: RepeatRule = { frequency: 'weekly', interval: 1, weekdays: [2] };
const FOUR: SeriesEnd = { kind: 'afterCount', count: 4 };
// The harness starts at Wednesday 2026-11-25 08:00 in New York.
const FIRST = '2026-12-01T09:00';

/** The series' posts in occurrence order: when each goes out (wall clock), its text and status. */
function seriesPosts(t: TestCore, seriesId: string) {
  return t.core.database.sqlite
    .prepare(
      'select id, scheduled_local as local, body, status from posts where series_id = ? order by occurrence_local',
    )
    .all(seriesId) as Array<{ id: string; local: string; body: string; status: string }>;
}

async function repeating(h: OutboxHarness, rule = TUESDAYS, end = FOUR) {
  const channel = await h.connect('webhook');
  const first = await h.schedule([channel], FIRST, 'Fresh bread on Tuesday');
  const post = await h.call('series.repeat', { postId: first.id, rule, end });
  return { channel, post, seriesId: post.seriesId! };
}

describe('starting a repeat', () => {
  it('makes the occurrences as scheduled posts, shown on the calendar as repeats', async ({ h }) => {
    const { seriesId, post } = await repeating(h);
    const made = seriesPosts(h, seriesId);
    expect(made.map((p) => p.local)).toEqual([
      '2026-12-01T09:00',
      '2026-12-08T09:00',
      '2026-12-15T09:00',
      '2026-12-22T09:00',
    ]);
    expect(made[0]!.id).toBe(post.id);
    expect(made.every((p) => p.status === 'scheduled' && p.body === 'Fresh bread on Tuesday')).toBe(true);
    const calendar = await h.call('calendar.range', {
      from: Date.parse('2026-11-30T00:00Z'),
      to: Date.parse('2026-12-31T00:00Z'),
    });
    expect(calendar.filter((s) => s.repeats)).toHaveLength(4);
    expect(await h.call('series.get', { id: seriesId })).toMatchObject({
      rule: TUESDAYS,
      end: FOUR,
      startLocal: FIRST,
      timeZone: 'America/New_York',
    });
  });

  it('without an end makes posts only within the horizon, and more as they go out', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    const made = seriesPosts(h, seriesId);
    // Thirteen Tuesdays from 1 December until 92 days after 25 November.
    expect(made).toHaveLength(13);
    expect(made.at(-1)!.local).toBe('2027-02-23T09:00');
    await h.runUntil(Date.parse('2026-12-08T15:00Z'));
    const grown = seriesPosts(h, seriesId);
    expect(grown.filter((p) => p.status === 'published')).toHaveLength(2);
    expect(grown.at(-1)!.local).toBe('2027-03-09T09:00');
  });

  it('refuses a post with no time, or one whose day the rule does not fall on', async ({ h }) => {
    const channel = await h.connect('webhook');
    const draft = await h.call('posts.create', { body: 'Hi', channelIds: [channel] });
    expect(await h.errorOf('series.repeat', { postId: draft.id, rule: TUESDAYS, end: FOUR })).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('Schedule this post first'),
    });
    const wednesday = await h.schedule([channel], '2026-12-02T09:00');
    expect(
      await h.errorOf('series.repeat', { postId: wednesday.id, rule: TUESDAYS, end: FOUR }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('2026-12-02'),
    });
    expect(
      await h.errorOf('series.repeat', {
        postId: wednesday.id,
        rule: { frequency: 'weekly', interval: 1, weekdays: [3] },
        end: { kind: 'onDate', date: '2026-11-30' },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
  });
});

describe('the outbox', () => {
  it('sends each occurrence once, also after a restart grows the series again', async ({ h }) => {
    const { seriesId } = await repeating(h);
    await h.runUntil(Date.parse('2026-12-16T00:00Z'));
    h.crash();
    const reopened = h.reopen();
    await reopened.core.whenIdle();
    await reopened.runUntil(Date.parse('2027-01-31T00:00Z'));
    const made = seriesPosts(reopened, seriesId);
    expect(made).toHaveLength(4);
    expect(made.every((p) => p.status === 'published')).toBe(true);
    const sent = [...h.webhook.publishes, ...reopened.webhook.publishes];
    expect(sent).toHaveLength(4);
    expect(new Set(sent.map((call) => call.targetId)).size).toBe(4);
  });
});

describe('editing a recurring post', () => {
  it('"this one" changes only that post; later occurrences keep the series text', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    const second = seriesPosts(h, seriesId)[1]!;
    await h.call('series.update', { postId: second.id, scope: 'this', body: 'Closed this week' });
    await h.runUntil(Date.parse('2026-12-02T00:00Z'));
    const posts = seriesPosts(h, seriesId);
    expect(posts.filter((p) => p.body === 'Closed this week').map((p) => p.local)).toEqual([
      '2026-12-08T09:00',
    ]);
    expect(posts.at(-1)!.body).toBe('Fresh bread on Tuesday');
  });

  it('"this and following" leaves the earlier posts, and later growth uses the new text', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    const third = seriesPosts(h, seriesId)[2]!;
    await h.call('series.update', { postId: third.id, scope: 'following', body: 'Now with rye' });
    const before = seriesPosts(h, seriesId);
    expect(before.slice(0, 2).every((p) => p.body === 'Fresh bread on Tuesday')).toBe(true);
    expect(before.slice(2).every((p) => p.body === 'Now with rye')).toBe(true);
    await h.runUntil(Date.parse('2026-12-02T00:00Z'));
    expect(seriesPosts(h, seriesId).at(-1)!.body).toBe('Now with rye');
  });

  it('"all" changes every post still to come and never one already out', async ({ h }) => {
    const { seriesId } = await repeating(h);
    await h.runUntil(Date.parse('2026-12-02T00:00Z'));
    const [published, next] = seriesPosts(h, seriesId);
    expect(published!.status).toBe('published');
    await h.call('series.update', { postId: next!.id, scope: 'all', body: 'Sourdough day' });
    expect(seriesPosts(h, seriesId).map((p) => p.body)).toEqual([
      'Fresh bread on Tuesday',
      'Sourdough day',
      'Sourdough day',
      'Sourdough day',
    ]);
  });

  it('repeating an occurrence differently splits the series from there', async ({ h }) => {
    const { seriesId } = await repeating(h);
    const third = seriesPosts(h, seriesId)[2]!;
    // Move it to Thursday first ("this one"), then repeat on Thursdays from it.
    await h.call('posts.schedule', { id: third.id, local: '2026-12-17T09:00', timeZone: 'America/New_York' });
    const split = await h.call('series.repeat', {
      postId: third.id,
      rule: { frequency: 'weekly', interval: 1, weekdays: [4] },
      end: { kind: 'afterCount', count: 2 },
    });
    expect(seriesPosts(h, seriesId).map((p) => p.local)).toEqual(['2026-12-01T09:00', '2026-12-08T09:00']);
    expect(seriesPosts(h, split.seriesId!).map((p) => p.local)).toEqual([
      '2026-12-17T09:00',
      '2026-12-24T09:00',
    ]);
    expect((await h.call('series.get', { id: seriesId })).end).toEqual({
      kind: 'onDate',
      date: '2026-12-14',
    });
  });
});

describe('deleting from a series', () => {
  it('"this one" stays deleted when the series grows again', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    const second = seriesPosts(h, seriesId)[1]!;
    expect(await h.call('series.delete', { postId: second.id, scope: 'this' })).toEqual({ ids: [second.id] });
    h.crash();
    const reopened = h.reopen();
    await reopened.core.whenIdle();
    expect(seriesPosts(reopened, seriesId).map((p) => p.local)).not.toContain('2026-12-08T09:00');
  });

  it('"this and following" ends the series there and keeps what went out', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    await h.runUntil(Date.parse('2026-12-02T00:00Z'));
    const third = seriesPosts(h, seriesId)[2]!;
    const { ids } = await h.call('series.delete', { postId: third.id, scope: 'following' });
    // Thirteen made at first, one more once the first went out, less the two before this one.
    expect(ids).toHaveLength(12);
    expect(seriesPosts(h, seriesId).map((p) => [p.local, p.status])).toEqual([
      ['2026-12-01T09:00', 'published'],
      ['2026-12-08T09:00', 'scheduled'],
    ]);
    await h.runFor(120 * DAY);
    expect(seriesPosts(h, seriesId)).toHaveLength(2);
  });

  it('"all" deletes every post still to come, never one already out, and stops the series', async ({ h }) => {
    const { seriesId } = await repeating(h, TUESDAYS, { kind: 'never' });
    await h.runUntil(Date.parse('2026-12-02T00:00Z'));
    const published = seriesPosts(h, seriesId)[0]!;
    const publishedBefore = await h.call('posts.get', { id: published.id });
    await h.call('series.delete', { postId: seriesPosts(h, seriesId)[3]!.id, scope: 'all' });
    h.clock.advance(MINUTE);
    expect(seriesPosts(h, seriesId).map((p) => p.id)).toEqual([published.id]);
    expect(await h.call('posts.get', { id: published.id })).toEqual(publishedBefore);
    await h.runFor(120 * DAY);
    expect(seriesPosts(h, seriesId)).toHaveLength(1);
  });
});
