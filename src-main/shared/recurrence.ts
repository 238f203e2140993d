// How a recurring post repeats and when it stops. Shared by the core (which expands the rule into
// posts) and the composer (which edits it), so both read the same shape.
import { z } from 'zod';
import { LocalDate } from './entities';

/** Monday = 1 ... Sunday = 7, as ISO 8601 counts them. */
export const IsoWeekday = z.number().int().min(1).max(7);

export const RepeatRule = z.discriminatedUnion('frequency', [
  /** Every `interval` weeks, on each of `weekdays`. */
  z
    .object({
      frequency: z.literal('weekly'),
      interval: z.number().int().min(1).max(52),
      weekdays: z.array(IsoWeekday).min(1).max(7),
    })
    .strict(),
  /** Every `interval` months on the first occurrence's day of the month (months without it are skipped). */
  z.object({ frequency: z.literal('monthly'), interval: z.number().int().min(1).max(12) }).strict(),
  /** Every `interval` months on the nth weekday (-1 = the last), say the second Tuesday. */
  z
    .object({
      frequency: z.literal('nthWeekday'),
      interval: z.number().int().min(1).max(12),
      nth: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)]),
      weekday: IsoWeekday,
    })
    .strict(),
]);
export type RepeatRule = z.infer<typeof RepeatRule>;

/** Most posts a series may make; also keeps a runaway rule from filling the calendar. */
export const MAX_SERIES_COUNT = 500;

export const SeriesEnd = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('never') }).strict(),
  z.object({ kind: z.literal('afterCount'), count: z.number().int().min(1).max(MAX_SERIES_COUNT) }).strict(),
  /** The last day (inclusive) in the business zone on which a post may go out. */
  z.object({ kind: z.literal('onDate'), date: LocalDate }).strict(),
]);
export type SeriesEnd = z.infer<typeof SeriesEnd>;

/** Which posts of a series an edit or a deletion reaches. */
export const SeriesScope = z.enum(['this', 'following', 'all']);
export type SeriesScope = z.infer<typeof SeriesScope>;

export const Series = z.object({
  id: z.string(),
  rule: RepeatRule,
  end: SeriesEnd,
  /** The first occurrence's wall-clock time in the series' zone: the rule counts from it. */
  startLocal: z.string(),
  timeZone: z.string(),
});
export type Series = z.infer<typeof Series>;

/** The ISO weekday (1-7) and the nth-in-month (1-4, or -1 for a fifth that is the last) of a date. */
export function weekdayInMonth(date: string): { weekday: number; nth: 1 | 2 | 3 | 4 | -1 } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const utc = new Date(Date.UTC(year, month - 1, day));
  const weekday = ((utc.getUTCDay() + 6) % 7) + 1;
  const nth = Math.ceil(day / 7);
  return { weekday, nth: nth >= 5 ? -1 : (nth as 1 | 2 | 3 | 4) };
}
