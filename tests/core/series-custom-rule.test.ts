// A "Custom…" repeat as the composer makes it (every N weeks on several weekdays, every N months
// on the last weekday) expands in the core to the wall-clock dates the owner meant, across a
// clock change, and the real dispatch makes exactly those posts.
import { describe, expect } from 'vitest';
import { occurrencesOf } from '../../src-main/core/series/occurrences';
import type { RepeatRule } from '../../src-main/shared/recurrence';
import { localStringAt } from '../../src-main/shared/zoned-time';
import { customRuleOf, type CustomRepeat } from '../../src-renderer/src/features/composer/custom-repeat';
import { it } from '../support/core-fixture';
import { HOUR } from '../support/time';

const FAR = Date.UTC(2030, 0, 1);

function ruleFromComposer(custom: CustomRepeat, date: string): RepeatRule {
  const made = customRuleOf(custom, date);
  if (!('rule' in made)) throw new Error(made.problem);
  return made.rule;
}

/** Every occurrence as the owner sees it on the wall clock, with its UTC offset in hours. */
function expand(rule: RepeatRule, startLocal: string, timeZone: string, count: number) {
  return occurrencesOf({ rule, end: { kind: 'afterCount', count }, startLocal, timeZone }, null, FAR).map(
    (o) => ({ shown: localStringAt(o.utc, timeZone), offset: (Date.parse(`${o.local}Z`) - o.utc) / HOUR }),
  );
}

describe('a custom rule from the composer, across a clock change', () => {
  it('every 3 weeks on Mon, Wed and Fri keeps 18:30 in Berlin across the spring change', () => {
    // Monday 15 March 2027; Berlin moves to summer time on Sunday 28 March.
    const rule = ruleFromComposer(
      { unit: 'weeks', every: '3', weekdays: [5, 1, 3], monthlyBy: 'day' },
      '2027-03-15',
    );
    expect(rule).toEqual({ frequency: 'weekly', interval: 3, weekdays: [1, 3, 5] });
    const got = expand(rule, '2027-03-15T18:30', 'Europe/Berlin', 6);
    expect(got.map((o) => o.shown)).toEqual([
      '2027-03-15T18:30',
      '2027-03-17T18:30',
      '2027-03-19T18:30',
      '2027-04-05T18:30',
      '2027-04-07T18:30',
      '2027-04-09T18:30',
    ]);
    expect(got.map((o) => o.offset)).toEqual([1, 1, 1, 2, 2, 2]);
  });

  it('every 2 months on the last Friday keeps 09:00 in New York across the autumn change', () => {
    // Friday 24 September 2027 is both the fourth and the last Friday; the owner picks "last".
    const rule = ruleFromComposer(
      { unit: 'months', every: '2', weekdays: [], monthlyBy: 'last' },
      '2027-09-24',
    );
    expect(rule).toEqual({ frequency: 'nthWeekday', interval: 2, nth: -1, weekday: 5 });
    const got = expand(rule, '2027-09-24T09:00', 'America/New_York', 3);
    expect(got.map((o) => o.shown)).toEqual(['2027-09-24T09:00', '2027-11-26T09:00', '2028-01-28T09:00']);
    expect(got.map((o) => o.offset)).toEqual([-4, -5, -5]);
  });
});

describe('through the real dispatch', () => {
  it('makes the posts of "every 3 weeks on Mon, Wed and Fri, 6 times"', async ({ h }) => {
    // The harness starts at Wednesday 2026-11-25 in New York; Monday 30 November is the first post.
    const channel = await h.connect('webhook');
    const first = await h.schedule([channel], '2026-11-30T09:00', 'Market days');
    const rule = ruleFromComposer(
      { unit: 'weeks', every: '3', weekdays: [1, 3, 5], monthlyBy: 'day' },
      '2026-11-30',
    );
    const post = await h.call('series.repeat', {
      postId: first.id,
      rule,
      end: { kind: 'afterCount', count: 6 },
    });
    const made = h.core.database.sqlite
      .prepare('select scheduled_local as local from posts where series_id = ? order by occurrence_local')
      .all(post.seriesId) as Array<{ local: string }>;
    expect(made.map((p) => p.local)).toEqual([
      '2026-11-30T09:00',
      '2026-12-02T09:00',
      '2026-12-04T09:00',
      '2026-12-21T09:00',
      '2026-12-23T09:00',
      '2026-12-25T09:00',
    ]);
  });
});
