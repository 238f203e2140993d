// How the inbox reads: kinds as owners say them, times on the business's clocks (relative
// today), and plain sentences for channels that cannot have an inbox.
import { NETWORK_LABELS, type Channel, type TargetState } from '@shared/entities';
import type { KeyedSentences } from '@shared/messages/owner-message';
import { t } from '../../i18n/i18n';
import { failureWords } from '../../i18n/owner-words';
import { formatDateTime } from '../../lib/format';
import { timeWords } from '../../lib/time-words';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const KINDS = ['mention', 'reply', 'quote', 'comment', 'message'] as const;

export function kindWords(kind: string): string {
  const known = KINDS.find((known) => known === kind);
  return known ? t(`inbox:kind.${known}`) : kind.charAt(0).toUpperCase() + kind.slice(1);
}

export function networkWords(network: Channel['network']): string {
  return NETWORK_LABELS[network];
}

function sameDay(a: number, b: number, timeZone: string): boolean {
  const day = (at: number) =>
    formatDateTime(at, { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return day(a) === day(b);
}

/** "just now", "5 min ago", "3 h ago" today in the business zone; the date and time before. */
export function receivedWords(at: number, timeZone: string, now = Date.now()): string {
  const age = now - at;
  if (sameDay(at, now, timeZone)) {
    // A network's clock a little ahead of ours still reads "just now".
    if (age < MINUTE) return t('inbox:received.now');
    if (age < HOUR) return t('inbox:received.minutes', { count: Math.floor(age / MINUTE) });
    return t('inbox:received.hours', { count: Math.floor(age / HOUR) });
  }
  return timeWords(at, timeZone, now);
}

/** "Last checked 2 min ago", for the global Refresh. */
export function lastCheckedWords(at: number | null, now = Date.now()): string {
  if (at === null) return t('inbox:lastChecked.never');
  const age = Math.max(0, now - at);
  if (age < MINUTE) return t('inbox:lastChecked.now');
  if (age < HOUR) return t('inbox:lastChecked.minutes', { count: Math.floor(age / MINUTE) });
  const hours = Math.floor(age / HOUR);
  if (hours < 48) return t('inbox:lastChecked.hours', { count: hours });
  return t('inbox:lastChecked.days', { count: Math.floor(hours / 24) });
}

/** Why a channel has no inbox, in one plain sentence; `reason` is the core's, when it gave one. */
export function noInboxSentence(
  source: { network: Channel['network']; channelName: string; reason: string | null },
  manual: boolean,
): string {
  if (source.network === 'discord') return t('inbox:noInbox.discord');
  if (source.network === 'webhook') return t('inbox:noInbox.webhook');
  const channel = source.channelName;
  if (manual) return t('inbox:noInbox.manual', { channel });
  return source.reason ?? t('inbox:noInbox.other', { channel });
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
  lastErrorKey: KeyedSentences = null,
): string {
  const reason = lastError === null ? t('inbox:replyState.noReason') : failureWords(lastError, lastErrorKey);
  switch (state) {
    // A reply is never handed off or reminded of; a target that is counts as queued.
    case 'pending':
    case 'scheduled':
    case 'handing_off':
    case 'handed_off':
    case 'reminding':
      return online === false ? t('inbox:replyState.queuedOffline') : t('inbox:replyState.queued');
    case 'retry_wait':
      return online === false
        ? t('inbox:replyState.queuedOffline')
        : t('inbox:replyState.retrying', { reason });
    case 'sending':
      return t('inbox:replyState.sending');
    case 'published':
      return t('inbox:replyState.sent');
    case 'failed':
    case 'missed':
      return t('inbox:replyState.notSent', { reason });
    case 'unknown':
      return t('inbox:replyState.unknown', { reason });
  }
}
