// The schedule as an iCalendar file, so the owner can put their posts next to their other
// calendars. Written with the `ics` library; every event carries only the owner's own words
// (the post's text, their channels' names) and network names, so nothing needs translating.
import { createEvents } from 'ics';
import { AppError, foreignWords } from '../../shared/errors';
import { NETWORK_LABELS, type Network } from '../../shared/entities';
import { say } from '../../shared/messages/owner-message';
import type { AppDatabase } from '../db/open-database';

export interface IcsRange {
  /** Scheduled at or after this instant; from now when absent. */
  from?: number;
  /** Scheduled before this instant; without end when absent. */
  to?: number;
  /** Only the posts going to this channel. */
  channelId?: string;
}

interface ScheduledRow {
  id: string;
  body: string;
  scheduledAt: number;
  createdAt: number;
  updatedAt: number;
  /** Null for a post with no channel left. */
  channels: string | null;
}

/** An event is a moment, but calendars hide zero-length events: each takes a quarter hour. */
const EVENT_MINUTES = 15;
const TITLE_LENGTH = 60;
/** Channel names in the list are joined with a character no display name is likely to hold. */
const SEPARATOR = '\u001f';

export function scheduledForIcs(db: AppDatabase, range: IcsRange & { from: number }): ScheduledRow[] {
  const conditions = ["p.status = 'scheduled'", 'p.reply_to_item_id is null', 'p.scheduled_at >= @from'];
  if (range.to !== undefined) conditions.push('p.scheduled_at < @to');
  if (range.channelId !== undefined)
    conditions.push(
      'exists (select 1 from post_targets t where t.post_id = p.id and t.channel_id = @channelId)',
    );
  const statement = db.$client.prepare(
    `select p.id, p.body, p.scheduled_at as scheduledAt, p.created_at as createdAt, p.updated_at as updatedAt,
       (select group_concat(c.network || ':' || c.display_name, '${SEPARATOR}')
          from post_targets t join channels c on c.id = t.channel_id where t.post_id = p.id) as channels
     from posts p where ${conditions.join(' and ')} order by p.scheduled_at`,
  );
  return statement.all(range) as ScheduledRow[];
}

/** The iCalendar text for these posts: one event each, at its scheduled instant in UTC. */
export function scheduleIcs(rows: ScheduledRow[], now: number): string {
  const events = rows.map((row) => {
    const channels = (row.channels ?? '').split(SEPARATOR).filter((entry) => entry !== '');
    // group_concat keeps no order: the channels are listed by name, the same in every export.
    const named = channels
      .map((entry) => {
        const [network, ...name] = entry.split(':');
        return { network: network as Network, name: name.join(':') };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    return {
      uid: `${row.id}@cadence.local`,
      start: row.scheduledAt,
      startInputType: 'utc' as const,
      startOutputType: 'utc' as const,
      duration: { minutes: EVENT_MINUTES },
      title: titleOf(
        row.body,
        named.map((channel) => channel.name),
      ),
      description: [row.body, named.map((c) => `${c.name} (${NETWORK_LABELS[c.network]})`).join(', ')]
        .filter((part) => part !== '')
        .join('\n\n'),
      categories: [...new Set(named.map((channel) => NETWORK_LABELS[channel.network]))],
      created: row.createdAt,
      lastModified: row.updatedAt,
      // `ics` reads DTSTAMP from here (its types leave it out); the core's clock, not the system's.
      timestamp: now,
      productId: 'cadence/schedule',
      calName: 'Cadence',
    };
  });
  // An empty schedule is still a calendar the owner can subscribe to; `ics` refuses an empty list.
  if (events.length === 0) return emptyCalendar();
  const { error, value } = createEvents(events, { productId: 'cadence/schedule', calName: 'Cadence' });
  if (error || value === null)
    throw new AppError('INTERNAL', say('postFiles.icsFailed', { detail: foreignWords(String(error)) }));
  return foldByOctets(value);
}

/** RFC 5545 §3.1: a line holds at most 75 octets; a longer one continues on lines starting with a space. */
const LINE_OCTETS = 75;

/**
 * `ics` folds at 75 characters, so a line with "☕" or "ü" runs over 75 octets. Its lines are
 * unfolded and folded again by UTF-8 length, never inside a character.
 */
function foldByOctets(text: string): string {
  const encoder = new TextEncoder();
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const character of line) {
        const size = encoder.encode(character).length;
        // A continuation line's leading space counts towards its 75 octets.
        if (octets + size > LINE_OCTETS) {
          parts.push(part);
          part = ' ';
          octets = 1;
        }
        part += character;
        octets += size;
      }
      parts.push(part);
      return parts.join('\r\n');
    })
    .join('\r\n');
}

/** The first line of the post, shortened; a post of only images is named by its channels. */
function titleOf(body: string, channelNames: string[]): string {
  const firstLine =
    body
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? channelNames.join(', ');
  const characters = [...firstLine];
  return characters.length > TITLE_LENGTH ? `${characters.slice(0, TITLE_LENGTH - 1).join('')}…` : firstLine;
}

function emptyCalendar(): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:cadence/schedule',
    'X-WR-CALNAME:Cadence',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
