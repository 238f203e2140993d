import { useId, useState } from 'react';
import {
  NETWORK_LABELS,
  type ActivityEntry,
  type Channel,
  type Post,
  type PostTarget,
} from '@shared/entities';
import { WAITING_TO_SEND } from '@shared/target-states';
import { call, messageOf } from '../../lib/api';
import { timeWords } from '../../lib/time-words';
import { nextTryAt } from './use-post-activity';

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
  const error = target.lastError ?? 'No reason was given.';
  if (props.online === false && WAITING_TO_SEND.includes(target.state) && props.post.status === 'scheduled') {
    return { text: 'Offline — will publish when online' };
  }
  switch (target.state) {
    case 'pending':
      return { text: 'Not scheduled yet' };
    case 'scheduled':
      return {
        text:
          props.post.scheduledAt === null
            ? 'Waiting to be scheduled'
            : `Waiting for ${at(props.post.scheduledAt)}`,
      };
    case 'sending':
      return { text: 'Sending…' };
    case 'retry_wait': {
      const next = nextTryAt(props.activity, target.id);
      return { text: `Will try again ${next === null ? 'soon' : `at ${at(next)}`} — ${error}` };
    }
    case 'published':
      return { text: 'Published', link: target.remoteUrl ?? undefined };
    case 'failed':
      return { text: `Failed — ${error}` };
    case 'missed':
      // The outbox's reason already opens with the word; say it once.
      return { text: `Missed — ${error.replace(/^Missed:\s*/, '')}` };
    case 'unknown': {
      const next = nextTryAt(props.activity, target.id);
      return { text: next === null ? `Did it go out? — ${error}` : `Checking at ${at(next)} — ${error}` };
    }
  }
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
        Delivery
      </h2>
      <ul className="delivery-list">
        {post.targets.map((target) => {
          const channel = channels.find((c) => c.id === target.channelId);
          const words = rowWords(target, props);
          const undecided = target.state === 'unknown' && nextTryAt(props.activity, target.id) === null;
          return (
            <li key={target.id} className="delivery-row" data-state={target.state}>
              <span className="delivery-channel">
                {channel?.displayName ?? 'A removed channel'}
                {channel && <span className="channel-network"> ({NETWORK_LABELS[channel.network]})</span>}
              </span>
              <span className="delivery-words">
                {words.text}
                {words.link && (
                  <>
                    {' · '}
                    <a href={words.link} target="_blank" rel="noopener noreferrer">
                      View post
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
                    Publish now
                  </button>
                  <button type="button" className="button" onClick={props.onPickNewTime}>
                    Pick a new time
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
                      {resolution === 'published' ? 'It was published' : 'Send it again'}
                    </button>
                  ))}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p role="alert" className="inline-error">
          {error}
        </p>
      )}
    </section>
  );
}
