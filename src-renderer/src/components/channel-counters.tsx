import './channel-counters.css';
import { useTranslation } from 'react-i18next';
import { allowanceOf, type PostingAllowanceReading } from '@shared/contract/channels';
import { type Channel } from '@shared/entities';
import {
  countForNetwork,
  validatePostForNetwork,
  type ChannelLimits,
  type ImageFacts,
  type TextCount,
} from '@shared/text-rules';
import { t } from '../i18n/i18n';
import { formatDateTime, formatList, formatNumber as formatCount } from '../lib/format';
import { problemWords } from '../lib/problem-words';
import { channelNetworkName } from '../lib/network-name';

export interface ChannelCountersProps {
  /** The channels selected for this post, in the order to show them. */
  channels: readonly Channel[];
  /** The main text, used by every channel without a variant of its own. */
  text: string;
  /** Per-channel text; null or missing means the channel uses the main text. */
  variants: Readonly<Record<string, string | null>>;
  images: readonly ImageFacts[];
  /** What each channel's server reports about itself (Mastodon), by channel id. */
  limits?: Readonly<Record<string, ChannelLimits | null | undefined>>;
  /** What each channel's network said about posts left, as just asked; else the channel's own last reading. */
  allowances?: Readonly<Record<string, PostingAllowanceReading | undefined>>;
}

type Level = 'ok' | 'near' | 'over';

interface CounterView {
  channel: Channel;
  name: string;
  count: TextCount;
  level: Level;
  /** Plain-words reasons the post cannot go out on this channel (an empty draft is not one yet). */
  messages: string[];
  /** What the network last said about posts left (X, Instagram), in words; empty when nothing. */
  allowance: string[];
}

const clockTime = (at: number) => formatDateTime(at, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * "Instagram: 3 of 100 posts in the last 24 hours" (with when it was read, unless just now), "X: 12
 * of 17 posts left today" until X counts afresh, and a spent plan cap in the network's words.
 */
function allowanceWords(channel: Channel, reading: PostingAllowanceReading | undefined): string[] {
  const allowance = allowanceOf(channel, reading);
  if (!allowance) return [];
  const network = channelNetworkName(channel);
  const words: string[] = [];
  const window = allowance.window;
  if (window?.resetsAt !== undefined) {
    const left = formatCount(Math.max(0, window.total - window.used));
    words.push(
      t('counters.allowanceLeft', { network, left, count: window.total, time: clockTime(window.resetsAt) }),
    );
  } else if (window) {
    const { used, total, hours, checkedAt } = window;
    const counted = t('counters.allowance', { network, used: formatCount(used), count: total, hours });
    const stale = !reading?.fresh && checkedAt !== undefined;
    words.push(stale ? t('counters.asOf', { words: counted, time: clockTime(checkedAt) }) : counted);
  }
  if (allowance.capReached) {
    const key = allowance.capReached.period === 'Daily' ? 'counters.capDaily' : 'counters.capMonthly';
    words.push(t(key, { network, said: allowance.capReached.said }));
  }
  return words;
}

/** Within 20 of the limit, or 10% of a small one, the counter starts to warn. */
function isNear(count: TextCount): boolean {
  const nearBytes = count.extra !== undefined && count.extra.bytes > count.extra.byteLimit * 0.9;
  return count.remaining <= Math.min(20, Math.ceil(count.limit * 0.1)) || nearBytes;
}

function viewFor(channel: Channel, props: ChannelCountersProps): CounterView {
  const text = props.variants[channel.id] ?? props.text;
  const limits = props.limits?.[channel.id];
  const count = countForNetwork(channel.network, text, { imageCount: props.images.length, limits });
  const messages = validatePostForNetwork(channel.network, { text, images: props.images }, limits)
    .filter((problem) => problem.severity === 'error' && problem.code !== 'empty')
    .map(problemWords);
  const level: Level = count.over || messages.length > 0 ? 'over' : isNear(count) ? 'near' : 'ok';
  return {
    channel,
    name: t('counters.name', { network: channelNetworkName(channel), channel: channel.displayName }),
    count,
    level,
    messages,
    allowance: allowanceWords(channel, props.allowances?.[channel.id]),
  };
}

function stateText({ count, level }: CounterView): string | null {
  if (level === 'ok') return null;
  if (count.used > count.limit) return t('counters.over', { amount: formatCount(count.used - count.limit) });
  if (count.extra && count.extra.bytes > count.extra.byteLimit) return t('counters.tooManyBytes');
  if (level === 'over') return t('counters.cannotPost');
  return t('counters.left', { amount: formatCount(count.remaining) });
}

function spokenCount({ count }: CounterView): string {
  const numbers = { used: formatCount(count.used), limit: formatCount(count.limit) };
  return count.unit === 'weighted characters'
    ? t('counters.spokenWeighted', numbers)
    : t('counters.spoken', numbers);
}

/**
 * Screen readers hear only when a channel crosses into or out of trouble, never each
 * keystroke: the sentence changes only when the set of channels near or over changes.
 */
function announcement(views: readonly CounterView[]): string {
  const names = (level: Level) => views.filter((view) => view.level === level).map((view) => view.name);
  const over = names('over');
  const near = names('near');
  const sentences = [
    over.length > 0 ? t('counters.overFor', { channels: formatList(over) }) : '',
    near.length > 0 ? t('counters.nearFor', { channels: formatList(near) }) : '',
  ].filter(Boolean);
  return sentences.length > 0 ? sentences.join(' ') : t('counters.within');
}

/** One live length counter per selected channel, each by its own network's rules. */
export function ChannelCounters(props: ChannelCountersProps) {
  const { t } = useTranslation();
  if (props.channels.length === 0) return null;
  const views = props.channels.map((channel) => viewFor(channel, props));

  return (
    <div className="channel-counters" role="group" aria-label={t('counters.label')}>
      <ul className="channel-counters-list">
        {views.map((view) => {
          const state = stateText(view);
          return (
            <li key={view.channel.id} className="channel-counter" data-level={view.level}>
              <span className="channel-counter-name">{view.name}</span>{' '}
              <span className="channel-counter-count" aria-hidden="true">
                {formatCount(view.count.used)}/{formatCount(view.count.limit)}
              </span>
              <span className="visually-hidden">{spokenCount(view)}</span>
              {state && <span className="channel-counter-state">{state}</span>}
              {view.messages.map((message) => (
                <span key={message} className="channel-counter-message">
                  {message}
                </span>
              ))}
              {view.allowance.map((words) => (
                <span key={words} className="channel-counter-allowance">
                  {words}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      <p role="status" className="visually-hidden">
        {announcement(views)}
      </p>
    </div>
  );
}
