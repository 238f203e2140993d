// The calendar and the drafts list answer with thousands of post summaries, and zod copies
// every row it parses: the copies cost calendar.range more than its query's own mapping (issue
// 14). Answers are still checked, since the check is what keeps anything but a summary (a
// secret read by mistake) out of the renderer: a list whose rows are exactly summaries, with
// their keys and no other, each of its type, passes as it is; any other answer goes through
// zod, which strips or refuses as it always did. tests/core/summary-output-check.test.ts holds
// this check to the zod schema.
import { LIMITS, LOCAL_DATE_PATTERN, POST_KINDS, POST_STATUSES } from '../shared/entities';

const SUMMARY_KEYS = [
  'id',
  'excerpt',
  'status',
  'kind',
  'scheduledAt',
  'scheduledTimeZone',
  'scheduledLocal',
  'updatedAt',
  'channelIds',
  'mediaCount',
  'handedOff',
  'repeats',
  'recycled',
] as const;
const STATUSES: ReadonlySet<unknown> = new Set(POST_STATUSES);
const KINDS: ReadonlySet<unknown> = new Set(POST_KINDS);
/** Instant's bound in entities.ts: the last moment a Date can hold. */
const LAST_INSTANT = 8_640_000_000_000_000;

const isId = (value: unknown) => typeof value === 'string' && value.length >= 1 && value.length <= LIMITS.id;
const isInstant = (value: unknown) =>
  Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= LAST_INSTANT;
const isTextOrNull = (value: unknown) => value === null || typeof value === 'string';

/** An object literal's kind of object, as zod's object parse returns: no class, no null prototype. */
function isPlainObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}

function hasExactKeys(row: object, expected: readonly string[]): boolean {
  const keys = Object.keys(row);
  return keys.length === expected.length && expected.every((key) => Object.hasOwn(row, key));
}

function isSummary(value: unknown): boolean {
  if (!isPlainObject(value) || !hasExactKeys(value, SUMMARY_KEYS)) return false;
  const row = value as Record<(typeof SUMMARY_KEYS)[number], unknown>;
  return (
    isId(row.id) &&
    typeof row.excerpt === 'string' &&
    STATUSES.has(row.status) &&
    KINDS.has(row.kind) &&
    (row.scheduledAt === null || isInstant(row.scheduledAt)) &&
    isTextOrNull(row.scheduledTimeZone) &&
    isTextOrNull(row.scheduledLocal) &&
    isInstant(row.updatedAt) &&
    Array.isArray(row.channelIds) &&
    Object.getPrototypeOf(row.channelIds) === Array.prototype &&
    row.channelIds.every(isId) &&
    Number.isSafeInteger(row.mediaCount) &&
    (row.mediaCount as number) >= 0 &&
    typeof row.handedOff === 'boolean' &&
    typeof row.repeats === 'boolean' &&
    typeof row.recycled === 'boolean'
  );
}

/** True when `value` is a list that zod's z.array(PostSummary) would return unchanged. */
export function isExactSummaryList(value: unknown): boolean {
  return Array.isArray(value) && Object.getPrototypeOf(value) === Array.prototype && value.every(isSummary);
}

const MONTH_DAYS_KEYS = ['posts', 'dayTotals'] as const;

function isExactDayTotals(value: unknown): boolean {
  return (
    isPlainObject(value) &&
    Object.entries(value).every(
      ([day, count]) => LOCAL_DATE_PATTERN.test(day) && Number.isSafeInteger(count) && (count as number) >= 0,
    )
  );
}

/** True when `value` is a month view's answer (firstPostsPerDay) that zod would return unchanged. */
export function isExactMonthDays(value: unknown): boolean {
  if (!isPlainObject(value) || !hasExactKeys(value, MONTH_DAYS_KEYS)) return false;
  const answer = value as Record<(typeof MONTH_DAYS_KEYS)[number], unknown>;
  return isExactSummaryList(answer.posts) && isExactDayTotals(answer.dayTotals);
}
