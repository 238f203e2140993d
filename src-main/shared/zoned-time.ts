// Wall-clock time in a named zone, DST-correct. Shared by the core (which stores instants)
// and the renderer (which shows them), so both agree on every conversion.
import { tzName, tzOffset } from '@date-fns/tz';
import type { TimeCheck, TimeOption } from './entities';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
}

export function parseLocal(local: string): LocalParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!match) throw new RangeError(`Not a local date-time: ${local}`);
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  if (
    probe.getUTCFullYear() !== year ||
    probe.getUTCMonth() !== month - 1 ||
    probe.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  ) {
    throw new RangeError(`No such date: ${local}`);
  }
  return { year, month, day, hour, minute };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatLocal(parts: LocalParts): string {
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

/**
 * The wall-clock time of an instant in a zone, to the minute. An instant has one offset, so the
 * zone's offset there shifts it to a UTC date whose fields are the wall clock's: one Intl lookup
 * instead of a TZDate's several, since the calendar places every post of a month this way.
 */
export function localAt(utc: number, timeZone: string): LocalParts {
  return wallClock(utc, tzOffset(timeZone, new Date(utc)));
}

/** The wall clock of an instant at a given offset from UTC, in minutes. */
function wallClock(utc: number, offsetMinutes: number): LocalParts {
  const shifted = new Date(utc + offsetMinutes * MINUTE);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
  };
}

/**
 * `localAt` for many instants in one zone, as the calendar places a month of posts: the offset is
 * looked up at the two ends of each UTC day, and where they agree it holds for the whole day, so a
 * day of posts costs two lookups rather than one each. That rests on no zone changing its offset
 * twice within a day (none has); a day whose ends differ is looked up instant by instant.
 */
export function zonedClock(timeZone: string): (utc: number) => LocalParts {
  const dayOffsets = new Map<number, number | null>();
  const offsetAt = (utc: number): number => {
    const day = Math.floor(utc / DAY);
    let offset = dayOffsets.get(day);
    if (offset === undefined) {
      const first = tzOffset(timeZone, new Date(day * DAY));
      offset = first === tzOffset(timeZone, new Date(day * DAY + DAY - 1)) ? first : null;
      dayOffsets.set(day, offset);
    }
    return offset ?? tzOffset(timeZone, new Date(utc));
  };
  return (utc) => wallClock(utc, offsetAt(utc));
}

export function localStringAt(utc: number, timeZone: string): string {
  return formatLocal(localAt(utc, timeZone));
}

function offsetLabel(utc: number, timeZone: string): string {
  return tzName(timeZone, new Date(utc), 'short');
}

/**
 * Maps a wall-clock time in a zone to the instants it names. Usually one; none when the
 * clocks spring forward over it; two when they fall back. The caller must choose in the
 * last two cases: Cadence never shifts a time silently.
 */
export function checkLocalTime(local: string, timeZone: string): TimeCheck {
  const { naive, instants } = instantsOf(local, timeZone);
  if (instants.length === 1) {
    const utc = instants[0]!;
    return { kind: 'exact', utc, offset: offsetLabel(utc, timeZone) };
  }
  if (instants.length >= 2) {
    const earlier = instants[0]!;
    const later = instants[instants.length - 1]!;
    return {
      kind: 'ambiguous',
      options: [option('earlier', earlier, timeZone), option('later', later, timeZone)],
    };
  }
  const [earlier, later] = gapReadings(naive, timeZone);
  return {
    kind: 'gap',
    options: [option('earlier', earlier, timeZone), option('later', later, timeZone)],
  };
}

/** The instants a wall-clock time names in a zone, in order: one, two as clocks fall back, none in a gap. */
function instantsOf(local: string, timeZone: string): { naive: number; instants: number[] } {
  const parts = parseLocal(local);
  const naive = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  const offsets = new Set([
    tzOffset(timeZone, new Date(naive - DAY)),
    tzOffset(timeZone, new Date(naive)),
    tzOffset(timeZone, new Date(naive + DAY)),
  ]);
  const valid = [...offsets]
    .map((offset) => naive - offset * MINUTE)
    .filter((utc) => localStringAt(utc, timeZone) === local)
    .sort((a, b) => a - b);
  return { naive, instants: [...new Set(valid)] };
}

/** A time in a gap read with the offset before the change and with the one after, earlier first. */
function gapReadings(naive: number, timeZone: string): [number, number] {
  const before = tzOffset(timeZone, new Date(naive - DAY));
  const after = tzOffset(timeZone, new Date(naive + DAY));
  const candidates = [naive - before * MINUTE, naive - after * MINUTE].sort((a, b) => a - b);
  return [candidates[0]!, candidates[1]!];
}

function option(choice: TimeOption['choice'], utc: number, timeZone: string): TimeOption {
  return { choice, utc, local: localStringAt(utc, timeZone), offset: offsetLabel(utc, timeZone) };
}

/** Adds whole days to a wall-clock time, keeping the time of day. */
export function addLocalDays(local: string, days: number): string {
  const parts = parseLocal(local);
  const shifted = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days, parts.hour, parts.minute));
  return formatLocal({
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: parts.hour,
    minute: parts.minute,
  });
}

/** The instant a local midnight (or the first minute after it, on a rare midnight gap) begins. */
export function startOfLocalDay(year: number, month: number, day: number, timeZone: string): number {
  // What checkLocalTime would choose first, without the zone abbreviations it also writes (an
  // Intl lookup each, and most of its time): the calendar asks for six midnights a page turn.
  const { naive, instants } = instantsOf(formatLocal({ year, month, day, hour: 0, minute: 0 }), timeZone);
  return instants[0] ?? gapReadings(naive, timeZone)[0];
}
