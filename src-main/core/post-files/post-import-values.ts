// The cells of a post CSV read as Cadence's values: a wall-clock time in the business zone
// (DST-checked), channels by name, image paths. Each reader returns the value or the problem.
import { basename, isAbsolute } from 'node:path';
import { statSync } from 'node:fs';
import { LIMITS, NETWORK_LABELS, type Channel } from '../../shared/entities';
import { say, type OwnerMessage } from '../../shared/messages/owner-message';
import { checkLocalTime } from '../../shared/zoned-time';
import { parseDate, type DateOrder } from '../imports/values';

export type Read<T> = { value: T; problem?: undefined } | { value?: undefined; problem: OwnerMessage };

const TIME = /^(\d{1,2})(?:[:.](\d{2}))?(?::\d{2})?\s*([ap])\.?\s*m\.?$|^(\d{1,2})[:.](\d{2})(?::\d{2})?$/i;
/** A time written after the date in the same cell: "2026-12-01 09:30", "01.12.2026 9:30". */
const TRAILING_TIME = /[ T](\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?\s*m\.?)?)$/i;

/** "09:30", "9.30", "9:30 pm", "9 am" as HH:mm. */
export function readTime(raw: string): Read<string> {
  const match = TIME.exec(raw.trim());
  if (!match) return { problem: say('postFiles.row.badTime', { value: raw.trim() }) };
  let hour = Number(match[1] ?? match[4]);
  const minute = Number(match[2] ?? match[5] ?? 0);
  const meridiem = match[3]?.toLowerCase();
  if (meridiem) {
    if (hour < 1 || hour > 12) return { problem: say('postFiles.row.badTime', { value: raw.trim() }) };
    hour = (hour % 12) + (meridiem === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return { problem: say('postFiles.row.badTime', { value: raw.trim() }) };
  return { value: `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}` };
}

/** The date cell split from a time written after it, for files with one date-and-time column. */
export function splitDateTime(raw: string): { date: string; time: string | null } {
  const text = raw.trim();
  const match = TRAILING_TIME.exec(text);
  return match ? { date: text.slice(0, match.index).trim(), time: match[1]! } : { date: text, time: null };
}

export function readDay(raw: string, order: DateOrder): Read<string> {
  const day = parseDate(raw, order);
  return day ? { value: day } : { problem: say('postFiles.row.badDate', { value: raw.trim() }) };
}

/**
 * The instant a wall-clock time names in the business zone. A time the clocks skip or pass
 * twice is a problem, never shifted silently: the owner writes which one they mean.
 */
export function readInstant(local: string, timeZone: string): Read<number> {
  const check = checkLocalTime(local, timeZone);
  const shown = local.replace('T', ' ');
  if (check.kind === 'exact') return { value: check.utc };
  if (check.kind === 'ambiguous')
    return { problem: say('postFiles.row.timeRepeated', { local: shown, timeZone }) };
  const [earlier, later] = check.options;
  return {
    problem: say('postFiles.row.timeInGap', {
      local: shown,
      timeZone,
      earlier: earlier!.local.slice(11),
      later: later!.local.slice(11),
    }),
  };
}

/**
 * The channel a name in the file means: its display name or handle (with or without "@"), or
 * a network's name when the owner has exactly one channel there.
 */
export function findChannel(name: string, channels: readonly Channel[]): Channel | null {
  const wanted = name.trim().toLowerCase().replace(/^@/, '');
  const byName = channels.find(
    (channel) =>
      channel.displayName.trim().toLowerCase() === wanted ||
      channel.handle.trim().toLowerCase().replace(/^@/, '') === wanted,
  );
  if (byName) return byName;
  const onNetwork = channels.filter(
    (channel) => channel.network === wanted || NETWORK_LABELS[channel.network].toLowerCase() === wanted,
  );
  return onNetwork.length === 1 ? onNetwork[0]! : null;
}

/** Names in a list cell: "Bluesky, Mastodon", "Bluesky; Mastodon", "Bluesky | Mastodon". */
export function listCell(raw: string, separators: RegExp): string[] {
  return raw
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * An image path the owner wrote: it must be absolute (the CSV could be read from anywhere), exist,
 * and be no larger than an image Cadence takes, so the import never reads a huge file into memory.
 */
export function checkImagePath(path: string): OwnerMessage | null {
  if (!isAbsolute(path)) return say('postFiles.row.imageNotAbsolute', { path });
  try {
    const found = statSync(path);
    if (found.isFile() && found.size > LIMITS.mediaBytes)
      return say('errors.media.tooLarge', { file: basename(path) });
    if (found.isFile()) return null;
  } catch {
    // Missing or unreadable: either way the owner must point at the file again.
  }
  return say('postFiles.row.imageMissing', { path });
}
