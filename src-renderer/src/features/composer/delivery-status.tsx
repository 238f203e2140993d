import { useId, useState } from 'react';
import { type ActivityEntry, type Channel, type Post, type PostTarget } from '@shared/entities';
import { WAITING_TO_SEND } from '@shared/target-states';
import { t } from '../../i18n/i18n';
import { failureWords } from '../../i18n/owner-words';
import { call, messageOf } from '../../lib/api';
import { timeWords } from '../../lib/time-words';
import { nextTryAt, remindsAgainAt } from './use-post-activity';
import { channelNetworkName } from '../../lib/network-name';
import { InlineError } from '../../components/inline-error';

interface DeliveryStatusProps {
  post: Post;
  channels: readonly Channel[];
  timeZone: string;
  /** null until the outbox status has loaded. */
  online: boolean | null;
  activity: readonly ActivityEntry[];
  onChanged(post: Post): void;
  /** Takes the owner to the date field to reschedule. */
  onPickNewTime(): void;
}

interface RowWords {
  text: string;
  link?: string;
}

/** What is happening with one channel, in words. */
function rowWords(target: PostTarget, props: DeliveryStatusProps): RowWords {
  const at = (utc: number) => timeWords(utc, props.timeZone);
  // The reason is the network's or the outbox's own words, as stored with the target.
  const reason =
    target.lastError === null
      ? t('composer:delivery.noReason')
      : failureWords(target.lastError, target.lastErrorKey);
  // A reminder needs no connection: being offline changes nothing about when it reminds.
  const reminder = props.channels.find((c) => c.id === target.channelId)?.network === 'reminder';
  if (
    !reminder &&
    props.online === false &&
    WAITING_TO_SEND.includes(target.state) &&
    props.post.status === 'scheduled'
  ) {
    return { text: t('composer:delivery.offline') };
  }
  switch (target.state) {
    case 'pending':
      return { text: t('composer:delivery.pending') };
    case 'scheduled':
      return {
        text:
          props.post.scheduledAt === null
            ? t('composer:delivery.waiting')
            : t('composer:delivery.waitingFor', { time: at(props.post.scheduledAt) }),
      };
    case 'sending':
      return { text: t('composer:delivery.sending') };
    case 'reminding':
      return { text: t('composer:delivery.reminding') };
    case 'handing_off':
      return { text: t('composer:delivery.handingOff', { network: networkOf(target, props) }) };
    case 'handed_off':
      return {
        text: t('composer:delivery.handedOff', {
          network: networkOf(target, props),
          time: props.post.scheduledAt === null ? '' : at(props.post.scheduledAt),
        }),
      };
    case 'retry_wait': {
      // On a "Remind me" channel this is a snooze: nothing failed, and nothing is tried.
      if (reminder) {
        const again = remindsAgainAt(props.activity, target.id);
        return {
          text:
            again === null
              ? t('composer:delivery.snoozed')
              : t('composer:delivery.remindsAgainAt', { time: at(again) }),
        };
      }
      const next = nextTryAt(props.activity, target.id);
      return {
        text:
          next === null
            ? t('composer:delivery.retrySoon', { reason })
            : t('composer:delivery.retryAt', { time: at(next), reason }),
      };
    }
    case 'published':
      return { text: t('composer:delivery.published'), link: target.remoteUrl ?? undefined };
    case 'failed':
      return { text: t('composer:delivery.failed', { reason }) };
    case 'missed':
      // The outbox misses a post for one reason only; a row stored before that reason had a key
      // held it in English after the word "Missed:", so it is said from the catalog instead.
      return {
        text: t('composer:delivery.missed', {
          reason: target.lastErrorKey ? reason : t('core:outbox.missed'),
        }),
      };
    case 'unknown': {
      const next = nextTryAt(props.activity, target.id);
      return {
        text:
          next === null
            ? t('composer:delivery.unknown', { reason })
            : t('composer:delivery.checkingAt', { time: at(next), reason }),
      };
    }
  }
}

function networkOf(target: PostTarget, props: DeliveryStatusProps): string {
  const channel = props.channels.find((c) => c.id === target.channelId);
  return channel ? channelNetworkName(channel) : '';
}

/** One row per channel: where the post stands there, and what the owner can do about it. */
export function DeliveryStatus(props: DeliveryStatusProps) {
  const { post, channels } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();

  async function run(action: () => Promise<Post>) {
    setBusy(true);
    setError(null);
    try {
      props.onChanged(await action());
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  if (post.status === 'draft' || post.targets.length === 0) return null;
  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('composer:delivery.title')}
      </h2>
      <ul className="delivery-list">
        {post.targets.map((target) => {
          const channel = channels.find((c) => c.id === target.channelId);
          const words = rowWords(target, props);
          const undecided = target.state === 'unknown' && nextTryAt(props.activity, target.id) === null;
          return (
            <li key={target.id} className="delivery-row" data-state={target.state}>
              <span className="delivery-channel">
                {channel?.displayName ?? t('composer:delivery.removedChannel')}
                {channel && (
                  <span className="channel-network">
                    {t('composer:channels.network', { network: channelNetworkName(channel) })}
                  </span>
                )}
              </span>
              <span className="delivery-words">
                {words.text}
                {words.link && (
                  <>
                    {' · '}
                    <a href={words.link} target="_blank" rel="noopener noreferrer">
                      {t('composer:delivery.view')}
                    </a>
                  </>
                )}
              </span>
              {target.state === 'missed' && (
                <span className="delivery-actions">
                  <button
                    type="button"
                    className="button"
                    disabled={busy}
                    onClick={() => void run(() => call('posts.publishNow', { id: post.id }))}
                  >
                    {t('composer:delivery.publishNow')}
                  </button>
                  <button type="button" className="button" onClick={props.onPickNewTime}>
                    {t('composer:delivery.newTime')}
                  </button>
                </span>
              )}
              {undecided && (
                <span className="delivery-actions">
                  {(['published', 'send-again'] as const).map((resolution) => (
                    <button
                      key={resolution}
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() =>
                        void run(() => call('outbox.resolve', { targetId: target.id, resolution }))
                      }
                    >
                      {resolution === 'published'
                        ? t('composer:delivery.wasPublished')
                        : t('composer:delivery.sendAgain')}
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <InlineError message={error} />
    </section>
  );
}
