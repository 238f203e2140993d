// Expands a repeat rule into the instants its posts go out at. rrule counts in floating time
// (a Date whose UTC fields are the wall clock), so the rule runs on the business zone's wall
// clock and each result is turned into an instant afterwards: 09:00 stays 09:00 across DST.
import { createRequire } from 'node:module';
import type * as RRuleLibrary from 'rrule';
import type { RepeatRule, SeriesEnd } from '../../shared/recurrence';
import { checkLocalTime, formatLocal, parseLocal } from '../../shared/zoned-time';

// rrule's main file is a UMD bundle whose named exports Node's ESM loader cannot see, so the app
// and web mode (which load it from node_modules) require it; the types come from its ESM build.
const { RRule } = createRequire(import.meta.url)('rrule') as typeof RRuleLibrary;
type RRule = RRuleLibrary.RRule;
type Weekday = RRuleLibrary.Weekday;

const DAY = 24 * 60 * 60_000;
const ISO_WEEKDAYS: Weekday[] = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];

export interface SeriesShape {
  rule: RepeatRule;
  end: SeriesEnd;
  startLocal: string;
  timeZone: string;
}

export interface Occurrence {
  /** The wall-clock time the rule names: the occurrence's key within its series. */
  local: string;
  /** The instant it goes out at. */
  utc: number;
  /** The rule's time did not exist that day (clocks sprang forward), so it goes out later. */
  movedByGap: boolean;
}

/**
 * The occurrences after `afterLocal` (exclusive; null = from the start) that go out before
 * `beforeUtc`. A time the clocks skip is read with the offset before the change, so it goes out
 * as many minutes after the skipped hour as it named (02:30 becomes 03:30); a time that happens
 * twice goes out at the first (RFC 5545 §3.3.5 asks both). Never asking is deliberate: there is
 * no owner at hand when the series grows, and the composer says what it did.
 */
export function occurrencesOf(
  series: SeriesShape,
  afterLocal: string | null,
  beforeUtc: number,
): Occurrence[] {
  const rule = toRRule(series);
  // Floating dates are off real instants by at most a day, so a day's slack finds them all.
  const lastFloating = beforeUtc + DAY;
  const found: Occurrence[] = [];
  rule.all((floating) => {
    if (floating.getTime() > lastFloating) return false;
    const local = floatingToLocal(floating);
    if (afterLocal !== null && local <= afterLocal) return true;
    const occurrence = resolve(local, series.timeZone);
    if (occurrence.utc < beforeUtc) found.push(occurrence);
    return true;
  });
  return found;
}

/** The rule's wall-clock times from `fromLocal` (inclusive), at most `limit` of them: for a preview. */
export function nextLocals(series: SeriesShape, fromLocal: string, limit: number): string[] {
  const locals: string[] = [];
  toRRule(series).all((floating) => {
    const local = floatingToLocal(floating);
    if (local >= fromLocal) locals.push(local);
    return locals.length < limit;
  });
  return locals;
}

function resolve(local: string, timeZone: string): Occurrence {
  const check = checkLocalTime(local, timeZone);
  if (check.kind === 'exact') return { local, utc: check.utc, movedByGap: false };
  if (check.kind === 'ambiguous') return { local, utc: check.options[0]!.utc, movedByGap: false };
  return { local, utc: check.options.find((option) => option.choice === 'later')!.utc, movedByGap: true };
}

function toRRule({ rule, end, startLocal }: SeriesShape): RRule {
  const start = parseLocal(startLocal);
  const dtstart = new Date(Date.UTC(start.year, start.month - 1, start.day, start.hour, start.minute));
  const ends =
    end.kind === 'afterCount'
      ? { count: end.count }
      : end.kind === 'onDate'
        ? { until: endOfFloatingDay(end.date) }
        : {};
  const common = {
    dtstart,
    interval: rule.interval,
    byhour: start.hour,
    byminute: start.minute,
    bysecond: 0,
    ...ends,
  };
  switch (rule.frequency) {
    case 'weekly':
      return new RRule({
        ...common,
        freq: RRule.WEEKLY,
        byweekday: rule.weekdays.map(isoWeekday),
        wkst: RRule.MO,
      });
    case 'monthly':
      return new RRule({ ...common, freq: RRule.MONTHLY, bymonthday: start.day });
    case 'nthWeekday':
      return new RRule({ ...common, freq: RRule.MONTHLY, byweekday: isoWeekday(rule.weekday).nth(rule.nth) });
  }
}

function isoWeekday(weekday: number): Weekday {
  return ISO_WEEKDAYS[weekday - 1]!;
}

function endOfFloatingDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day, 23, 59, 59));
}

function floatingToLocal(floating: Date): string {
  return formatLocal({
    year: floating.getUTCFullYear(),
    month: floating.getUTCMonth() + 1,
    day: floating.getUTCDate(),
    hour: floating.getUTCHours(),
    minute: floating.getUTCMinutes(),
  });
}
