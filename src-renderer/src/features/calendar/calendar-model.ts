// Pure date math for the calendar. Every day boundary is computed in the business time
// zone (never the laptop's), so a DST day is 23 or 25 hours long and still one cell.
import { isOnCalendar, type Channel, type PostSummary } from '@shared/entities';
import {
  addLocalDays,
  formatLocal,
  localAt,
  parseLocal,
  startOfLocalDay,
  zonedClock,
} from '@shared/zoned-time';
import { t } from '../../i18n/i18n';
import { formatDateRange, formatDateTime } from '../../lib/format';
import { sayNow, type Say } from './templated-words';
import { channelNetworkName } from '../../lib/network-name';

export type CalendarView = 'month' | 'week';

/** A calendar day with no zone: month is 1-12. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

/** 0 = Sunday … 6 = Saturday, as Date#getDay counts. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** A post placed on the calendar, read in the business time zone. */
export interface CalendarEntry {
  post: PostSummary;
  dayKey: string;
  hour: number;
  /** "09:05", the wall-clock time in the business zone. */
  time: string;
  /** The wall-clock date-time in the business zone, "2026-12-01T09:05". */
  local: string;
  channelLabel: string;
  /** The networks the post goes to, once each, for the chip's small badges. */
  networks: Network[];
  /** A channel's sign-in ends (or was refused) before the post is due: the owner must reconnect. */
  atRisk: boolean;
}

type Network = Channel['network'];

const pad = (n: number) => String(n).padStart(2, '0');

// Regions whose weeks start on Sunday, for engines without Intl.Locale week info.
const SUNDAY_REGIONS = new Set(['US', 'CA', 'MX', 'BR', 'JP', 'KR', 'TW', 'HK', 'IL', 'PH', 'IN', 'ZA']);

/** The first day of the week for a locale. */
export function weekStartFor(locale: string): Weekday {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo;
    // weekInfo counts Monday = 1 … Sunday = 7.
    if (info) return (info.firstDay % 7) as Weekday;
    const region = intlLocale.maximize().region;
    return region && SUNDAY_REGIONS.has(region) ? 0 : 1;
  } catch {
    return 0;
  }
}

export function dayKey(date: LocalDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

export function parseDayKey(key: string): LocalDate {
  const { year, month, day } = parseLocal(`${key}T00:00`);
  return { year, month, day };
}

export function slotKey(date: LocalDate, hour: number): string {
  return `${dayKey(date)}T${pad(hour)}:00`;
}

function utcNoon(date: LocalDate): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day, 12));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

export function weekdayOf(date: LocalDate): Weekday {
  return utcNoon(date).getUTCDay() as Weekday;
}

export function sameDay(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Today's date in the business time zone. */
export function todayIn(now: number, timeZone: string): LocalDate {
  const { year, month, day } = localAt(now, timeZone);
  return { year, month, day };
}

export function startOfWeek(date: LocalDate, weekStart: Weekday): LocalDate {
  return addDays(date, -((weekdayOf(date) - weekStart + 7) % 7));
}

/** The seven days of the week holding `date`. */
export function weekDays(date: LocalDate, weekStart: Weekday): LocalDate[] {
  const first = startOfWeek(date, weekStart);
  return Array.from({ length: 7 }, (_, i) => addDays(first, i));
}

/** Whole weeks covering the month of `date`: 28 to 42 days, starting on `weekStart`. */
export function monthGridDays(date: LocalDate, weekStart: Weekday): LocalDate[] {
  const first = startOfWeek({ year: date.year, month: date.month, day: 1 }, weekStart);
  const lastOfMonth = addDays({ year: date.year, month: date.month + 1, day: 1 }, -1);
  const last = addDays(startOfWeek(lastOfMonth, weekStart), 6);
  const days: LocalDate[] = [];
  for (let day = first; !sameDay(day, addDays(last, 1)); day = addDays(day, 1)) days.push(day);
  return days;
}

export function visibleDays(view: CalendarView, anchor: LocalDate, weekStart: Weekday): LocalDate[] {
  return view === 'month' ? monthGridDays(anchor, weekStart) : weekDays(anchor, weekStart);
}

/** The UTC window [from, to) that the visible days cover in the zone. */
export function windowFor(days: LocalDate[], timeZone: string): { from: number; to: number } {
  const first = days[0]!;
  const after = addDays(days[days.length - 1]!, 1);
  return {
    from: startOfLocalDay(first.year, first.month, first.day, timeZone),
    to: startOfLocalDay(after.year, after.month, after.day, timeZone),
  };
}

/** Moves the anchor by whole periods; a month move lands on the 1st so short months never overflow. */
export function shiftAnchor(view: CalendarView, anchor: LocalDate, periods: number): LocalDate {
  if (view === 'week') return addDays(anchor, 7 * periods);
  const shifted = new Date(Date.UTC(anchor.year, anchor.month - 1 + periods, 1));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: 1 };
}

/** A calendar day as the owner's language writes it (its noon in UTC stands for the day). */
function format(date: LocalDate, options: Intl.DateTimeFormatOptions): string {
  return formatDateTime(utcNoon(date), { ...options, timeZone: 'UTC' });
}

/** "December 2026", or for a week "Nov 30 – Dec 6, 2026". */
export function periodLabel(view: CalendarView, anchor: LocalDate, weekStart: Weekday): string {
  if (view === 'month') return format(anchor, { month: 'long', year: 'numeric' });
  const days = weekDays(anchor, weekStart);
  const options = { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' } as const;
  return formatDateRange(utcNoon(days[0]!), utcNoon(days[6]!), options);
}

/** "Tuesday, December 1, 2026". */
export function dayLabel(date: LocalDate): string {
  return format(date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

/** "Tue" */
export function weekdayShort(date: LocalDate): string {
  return format(date, { weekday: 'short' });
}

/** "Dec 1", the first day of a month in the month grid. */
export function firstOfMonthLabel(date: LocalDate): string {
  return format(date, { month: 'short', day: 'numeric' });
}

export function hourLabel(hour: number): string {
  return `${pad(hour)}:00`;
}

/** The same time of day on another day. */
export function moveToDay(local: string, target: LocalDate): string {
  const { year, month, day } = parseLocal(local);
  const days = Math.round(
    (Date.UTC(target.year, target.month - 1, target.day) - Date.UTC(year, month - 1, day)) / 86_400_000,
  );
  return addLocalDays(local, days);
}

/** Another day and hour, keeping the minutes. */
export function moveToSlot(local: string, target: LocalDate, hour: number): string {
  const { minute } = parseLocal(local);
  return formatLocal({ ...target, hour, minute });
}

/**
 * The chip's channel words and network badges for a post's channels, worked out once per
 * channel and once per set of channels: a month of 1,000 posts names the same few channels
 * thousands of times, and each name is a translation (the top frame in the month's profile).
 */
function channelWords(channels: Channel[]): (channelIds: string[]) => { label: string; networks: Network[] } {
  const byId = new Map(channels.map((channel) => [channel.id, channel]));
  const nameOf = new Map<string, string>();
  const bySet = new Map<string, { label: string; networks: Network[] }>();
  const name = (id: string) => {
    let words = nameOf.get(id);
    if (words === undefined) {
      const channel = byId.get(id);
      words = channel
        ? t('calendar:chip.channel', { network: channelNetworkName(channel), name: channel.displayName })
        : t('calendar:chip.removedChannel');
      nameOf.set(id, words);
    }
    return words;
  };
  return (channelIds) => {
    const key = channelIds.join(',');
    let words = bySet.get(key);
    if (!words) {
      const networks = new Set<Network>();
      for (const id of channelIds) {
        const channel = byId.get(id);
        if (channel) networks.add(channel.network);
      }
      words = {
        label: channelIds.length === 0 ? t('calendar:chip.noChannel') : channelIds.map(name).join(', '),
        networks: [...networks],
      };
      bySet.set(key, words);
    }
    return words;
  };
}

const entriesOf = new WeakMap<Map<string, CalendarEntry[]>, ReadonlyMap<string, CalendarEntry>>();

/** A grouping's entries by post id, once per grouping: the page and the grid on screen share one. */
export function entriesById(byDay: Map<string, CalendarEntry[]>): ReadonlyMap<string, CalendarEntry> {
  let byId = entriesOf.get(byDay);
  if (!byId) {
    const entries = new Map<string, CalendarEntry>();
    for (const list of byDay.values()) for (const entry of list) entries.set(entry.post.id, entry);
    byId = entries;
    entriesOf.set(byDay, byId);
  }
  return byId;
}

/** Scheduled, published and failed posts by business-zone day, in time order. Drafts never show. */
export function groupByDay(
  posts: PostSummary[],
  timeZone: string,
  channels: Channel[],
  atRisk: ReadonlySet<string> = new Set(),
): Map<string, CalendarEntry[]> {
  const byDay = new Map<string, CalendarEntry[]>();
  const wordsFor = channelWords(channels);
  const clock = zonedClock(timeZone);
  const placed = posts.filter(isOnCalendar).sort((a, b) => a.scheduledAt - b.scheduledAt);
  for (const post of placed) {
    const parts = clock(post.scheduledAt);
    const local = formatLocal(parts);
    const key = local.slice(0, 10);
    const words = wordsFor(post.channelIds);
    const entry: CalendarEntry = {
      post,
      dayKey: key,
      hour: parts.hour,
      time: local.slice(11),
      local,
      channelLabel: words.label,
      networks: words.networks,
      atRisk: atRisk.has(post.id),
    };
    const list = byDay.get(key);
    if (list) list.push(entry);
    else byDay.set(key, [entry]);
  }
  return byDay;
}

/** The post's opening words, or "Empty post". */
export function excerptOf(entry: CalendarEntry): string {
  return entry.post.excerpt.trim() || t('calendar:chip.empty');
}

/** The status a chip says: a scheduled post a network's scheduler holds says so. */
export function statusWord(entry: CalendarEntry): PostSummary['status'] | 'handedOff' {
  return entry.post.status === 'scheduled' && entry.post.handedOff ? 'handedOff' : entry.post.status;
}

/** Whether a chip shows its status word after the time: the week's any but scheduled, the month's a failure. */
export function showsStatus(entry: CalendarEntry, roomy: boolean): boolean {
  const status = statusWord(entry);
  return roomy ? status !== 'scheduled' : status === 'failed';
}

/**
 * The chip's accessible name: its visible words first, in the order shown (what a voice user reads
 * off the screen must be in the name), then the rest. A chip shows the time, a status (on the
 * week's, any but scheduled; on the month's, a failure), the text and, on the week's, the channels.
 */
export function entryName(
  entry: CalendarEntry,
  roomy = false,
  /** How to translate: a grid passes one that translates each key once for all its chips. */
  say: Say = sayNow,
): string {
  const status = statusWord(entry);
  const key = showsStatus(entry, roomy) ? 'calendar:chip.nameStatusFirst' : 'calendar:chip.name';
  const name = say(key, {
    time: entry.time,
    excerpt: entry.post.excerpt.trim() || say('calendar:chip.empty', {}),
    channels: entry.channelLabel,
    status: say(`calendar:status.${status}`, {}),
  });
  // Said, not only drawn: the chip's repeat and recycle marks are CSS, and a screen reader hears only the name.
  const described = entry.post.repeats
    ? say('calendar:chip.withRepeat', { name })
    : entry.post.recycled
      ? say('calendar:chip.withRecycled', { name })
      : name;
  return entry.atRisk ? say('calendar:chip.withRisk', { name: described }) : described;
}
