// The best-times model on synthetic histories with a known answer: the hours whose posts drew
// the most interactions win once enough posts are in, different days first; before that,
// labelled network defaults.
import { describe, expect, it } from 'vitest';
import {
  bestTimes,
  MIN_POSTS,
  NETWORK_DEFAULTS,
  type PostSample,
} from '../../src-main/core/metrics/best-time';
import { checkLocalTime } from '../../src-main/shared/zoned-time';

/** A post at a wall-clock time in the zone, with its interactions. */
function at(local: string, interactions: number, timeZone = 'Europe/Berlin'): PostSample {
  const check = checkLocalTime(local, timeZone);
  if (check.kind !== 'exact') throw new Error(`not an exact time: ${local}`);
  return { publishedAt: check.utc, interactions };
}

/** Weeks of posts from Monday 2026-01-05 on: the same weekday offset and hour each week. */
function weekly(
  dayOffset: number,
  hour: number,
  interactions: number[],
  timeZone = 'Europe/Berlin',
): PostSample[] {
  return interactions.map((count, week) => {
    const day = new Date(Date.UTC(2026, 0, 5 + dayOffset + week * 7));
    const local = `${day.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00`;
    return at(local, count, timeZone);
  });
}

describe('a learned best time', () => {
  it('picks the hour with the most interactions per post, with its interval', () => {
    const history = [
      ...weekly(0, 9, [4, 5, 6, 5]), // Monday 09:00
      ...weekly(1, 18, [20, 22, 18, 24]), // Tuesday 18:00: the known answer
      ...weekly(4, 12, [8, 9, 7, 8]), // Friday 12:00
    ];
    const [best] = bestTimes(history, 'bluesky', 'Europe/Berlin');
    expect(best).toMatchObject({ source: 'learned', weekday: 2, hour: 18, mean: 21, samples: 4 });
    if (best?.source !== 'learned') throw new Error('expected learned');
    expect(best.low).toBeLessThan(21);
    expect(best.high).toBeGreaterThan(21);
    expect(best.high - best.low).toBeCloseTo(2 * 1.96 * (Math.sqrt(20 / 3) / 2), 6);
  });

  it('reads hours on the business clock, also across a clock change (same local hour, other UTC hour)', () => {
    // Tuesdays at 18:00 in New York around 8 March 2026: 23:00 UTC before, 22:00 UTC after.
    const zone = 'America/New_York';
    const tuesdays = ['2026-02-24', '2026-03-03', '2026-03-10', '2026-03-17', '2026-03-24', '2026-03-31'];
    const history = [
      ...tuesdays.map((day) => at(`${day}T18:00`, 30, zone)),
      ...tuesdays.map((day) => at(`${day}T10:00`, 5, zone)),
    ];
    expect(new Set(history.slice(0, 6).map((s) => new Date(s.publishedAt).getUTCHours()))).toEqual(
      new Set([23, 22]),
    );
    expect(bestTimes(history, 'mastodon', zone)[0]).toMatchObject({
      source: 'learned',
      weekday: 2,
      hour: 18,
      samples: 6,
    });
  });

  it('does not crown an hour with a single lucky post', () => {
    const history = [...weekly(0, 9, [10, 11, 9, 10, 10, 11, 9, 10, 10, 11, 9]), at('2026-01-07T20:00', 500)];
    // Nor a second or third best: Monday 09:00 is the only hour with enough posts.
    expect(bestTimes(history, 'bluesky', 'Europe/Berlin')).toEqual([
      expect.objectContaining({ source: 'learned', weekday: 1, hour: 9 }),
    ]);
  });
});

describe('the top three hours of the week', () => {
  const history = [
    ...weekly(1, 18, [30, 32, 28, 30]), // Tuesday 18:00: best
    ...weekly(1, 12, [26, 24, 25]), // Tuesday 12:00: second by mean, but Tuesday is taken
    ...weekly(3, 12, [15, 17, 16]), // Thursday 12:00
    ...weekly(5, 10, [12, 10, 11, 11]), // Saturday 10:00
    ...weekly(0, 8, [2, 3, 1]), // Monday 08:00: fifth
  ];

  it('answers the best three, different days first, each with its own sample size and interval', () => {
    const answer = bestTimes(history, 'bluesky', 'Europe/Berlin');
    expect(answer).toEqual([
      expect.objectContaining({ source: 'learned', weekday: 2, hour: 18, samples: 4 }),
      expect.objectContaining({ source: 'learned', weekday: 4, hour: 12, samples: 3 }),
      expect.objectContaining({ source: 'learned', weekday: 6, hour: 10, samples: 4 }),
    ]);
    expect(answer.map((time) => time.source === 'learned' && time.mean)).toEqual([30, 16, 11]);
    for (const time of answer) {
      if (time.source !== 'learned') throw new Error('expected learned');
      expect(time.low).toBeLessThan(time.mean);
      expect(time.high).toBeGreaterThan(time.mean);
    }
  });

  it('takes a second hour on a day already chosen when too few days have enough posts', () => {
    const twoDays = [
      ...weekly(1, 18, [30, 32, 28, 30]),
      ...weekly(1, 12, [26, 24, 25]),
      ...weekly(3, 12, [15, 17, 16]),
      ...weekly(0, 8, [2, 3]), // two posts: not enough for Monday to count
    ];
    const answer = bestTimes(twoDays, 'bluesky', 'Europe/Berlin');
    expect(answer.map(({ source, weekday, hour }) => [source, weekday, hour])).toEqual([
      ['learned', 2, 18],
      ['learned', 4, 12],
      ['learned', 2, 12],
    ]);
  });
});

describe('before there is enough history', () => {
  it('answers with the network default, labelled, and says how many posts are still needed', () => {
    const few = weekly(1, 18, [20, 22, 18]);
    expect(bestTimes(few, 'linkedin', 'Europe/Berlin')).toEqual(
      NETWORK_DEFAULTS.linkedin.map((hour) => ({
        source: 'networkDefault',
        ...hour,
        postsSoFar: 3,
        postsNeeded: MIN_POSTS,
      })),
    );
    expect(new Set(NETWORK_DEFAULTS.linkedin.map((hour) => hour.weekday)).size).toBe(3);
  });

  it('also when posts are many but spread so thin that no hour has enough', () => {
    const spread = Array.from({ length: 14 }, (_, i) =>
      at(`2026-02-${String(i + 2).padStart(2, '0')}T${String(i + 6).padStart(2, '0')}:00`, 10),
    );
    const answer = bestTimes(spread, 'x', 'Europe/Berlin');
    expect(answer).toHaveLength(3);
    expect(answer.every((time) => time.source === 'networkDefault' && time.postsSoFar === 14)).toBe(true);
  });
});
