// Weekly wall-clock slots turned into instants, and the next free one: pure, so every DST rule
// here is tested without a database.
import type { WeeklySlot } from '../../shared/queue';
import { addLocalDays, checkLocalTime, formatLocal, localAt, parseLocal } from '../../shared/zoned-time';

const DAY = 24 * 60 * 60 * 1000;

/** How far ahead "Add to queue" looks for a free slot before saying there is none. */
export const QUEUE_HORIZON_MS = 8 * 7 * DAY;

/**
 * The instant a slot's wall-clock time names on one day. Each day is built from its own date and
 * time, so 09:00 stays 09:00 across a DST change. Deliberately, in a spring-forward gap the slot
 * moves forward by the skipped time (02:30 becomes 03:30, never earlier than planned); in a
 * fall-back overlap it is the first 02:30, the moment the wall clock first shows it.
 */
export function slotInstant(localDateTime: string, timeZone: string): number {
  const check = checkLocalTime(localDateTime, timeZone);
  if (check.kind === 'exact') return check.utc;
  return check.kind === 'gap' ? check.options[1]!.utc : check.options[0]!.utc;
}

/** ISO weekday (1 = Monday) of a local date. */
function weekdayOf(localDate: string): number {
  const { year, month, day } = parseLocal(`${localDate}T00:00`);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** Every slot instant in [from, until), ascending, without repeats (a gap slot can meet another). */
export function slotInstants(slots: WeeklySlot[], timeZone: string, from: number, until: number): number[] {
  if (slots.length === 0 || until <= from) return [];
  const found = new Set<number>();
  // One day before `from`: a slot late on the previous local day cannot fall after it, but the
  // local date of `from` may be a day behind UTC's, so start there and let the range filter.
  let date = formatLocal({ ...localAt(from, timeZone), hour: 0, minute: 0 }).slice(0, 10);
  date = addLocalDays(`${date}T00:00`, -1).slice(0, 10);
  for (let day = 0; day <= Math.ceil((until - from) / DAY) + 2; day++) {
    const weekday = weekdayOf(date);
    for (const slot of slots) {
      if (slot.weekday !== weekday) continue;
      const at = slotInstant(`${date}T${slot.time}`, timeZone);
      if (at >= from && at < until) found.add(at);
    }
    date = addLocalDays(`${date}T00:00`, 1).slice(0, 10);
  }
  return [...found].sort((a, b) => a - b);
}

export interface ChannelSlots {
  channelId: string;
  /** The channel's slot instants in the horizon, ascending. */
  instants: number[];
  /** Instants already taken on the channel by a post. */
  taken: ReadonlySet<number>;
}

/**
 * The earliest instant that is a free slot on every channel given. A post has one time for all
 * its channels, so a multi-channel post waits for a slot they share; channels with no shared
 * free slot give null, and the owner queues them separately or adds a common time.
 */
export function nextCommonFreeSlot(channels: ChannelSlots[]): number | null {
  if (channels.length === 0) return null;
  const [first, ...rest] = channels;
  for (const at of first!.instants) {
    if (first!.taken.has(at)) continue;
    if (rest.every((channel) => channel.instants.includes(at) && !channel.taken.has(at))) return at;
  }
  return null;
}
