// How the inbox reads: kinds as owners say them, times on the business's clocks (relative
// today), and plain sentences for channels that cannot have an inbox.
import { NETWORK_LABELS, type Channel, type TargetState } from '@shared/entities';
import { timeWords } from '../../lib/time-words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const KIND_WORDS: Record<string, string> = {
  mention: 'Mention',
  reply: 'Reply',
  quote: 'Quote',
  comment: 'Comment',
  message: 'Message',
};

export function kindWords(kind: string): string {
  return KIND_WORDS[kind] ?? kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function networkWords(network: Channel['network']): string {
  return NETWORK_LABELS[network];
}

function sameDay(a: number, b: number, timeZone: string): boolean {
  const day = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return day.format(a) === day.format(b);
}

/** "just now", "5 min ago", "3 h ago" today in the business zone; the date and time before. */
export function receivedWords(at: number, timeZone: string, now = Date.now()): string {
  const age = now - at;
  if (sameDay(at, now, timeZone)) {
    // A network's clock a little ahead of ours still reads "just now".
    if (age < MINUTE) return 'just now';
    if (age < HOUR) return `${Math.floor(age / MINUTE)} min ago`;
    return `${Math.floor(age / HOUR)} h ago`;
  }
  return timeWords(at, timeZone, now);
}

/** "Last checked 2 min ago", for the global Refresh. */
export function lastCheckedWords(at: number | null, now = Date.now()): string {
  if (at === null) return 'Not checked yet';
  const age = Math.max(0, now - at);
  if (age < MINUTE) return 'Last checked just now';
  if (age < HOUR) return `Last checked ${Math.floor(age / MINUTE)} min ago`;
  const hours = Math.floor(age / HOUR);
  if (hours < 48) return `Last checked ${hours} ${hours === 1 ? 'hour' : 'hours'} ago`;
  return `Last checked ${Math.floor(hours / 24)} days ago`;
}

/** Why a channel has no inbox, in one plain sentence; `reason` is the core's, when it gave one. */
export function noInboxSentence(
  source: { network: Channel['network']; channelName: string; reason: string | null },
  manual: boolean,
): string {
  if (source.network === 'discord') return "Discord webhooks can't receive replies, so they have no inbox.";
  if (source.network === 'webhook')
    return "Webhooks only send posts out and can't receive replies, so they have no inbox.";
  if (manual) {
    return `${source.channelName} was added by hand, so Cadence can't read its replies. Connect it in Settings to see them here.`;
  }
  return source.reason ?? `${source.channelName} has no inbox.`;
}

/** "Sam Lee, Mention on Mastodon: Are you open…", for names of rows and checkboxes. */
export function itemSummary(author: string, snippet: string, max = 60): string {
  const text = snippet.replace(/\s+/g, ' ').trim();
  const short = text.length > max ? `${text.slice(0, max - 1)}…` : text;
  return short ? `${author}: ${short}` : author;
}

/** Where one of our replies stands, in words. */
export function replyStateWords(
  state: TargetState,
  lastError: string | null,
  online: boolean | null,
): string {
  const reason = lastError ?? 'No reason was given.';
  switch (state) {
    case 'pending':
    case 'scheduled':
      return online === false ? "Queued — will send when you're back online" : 'Queued';
    case 'retry_wait':
      return online === false
        ? "Queued — will send when you're back online"
        : `Queued — will try again: ${reason}`;
    case 'sending':
      return 'Sending…';
    case 'published':
      return 'Sent';
    case 'failed':
    case 'missed':
      return `Not sent — ${reason}`;
    case 'unknown':
      return `Cadence can't tell whether it went out — ${reason}`;
  }
}
