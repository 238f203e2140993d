import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '@shared/entities';
import { call, messageOf } from '../../lib/api';
import { timeWords } from '../../lib/time-words';
import { useCoreQuery } from '../../lib/use-core-query';
import { channelById, useAppDataStore } from '../../state/app-data-store';
import { EvergreenField } from './evergreen-field';
import { InlineError } from '../../components/inline-error';

interface QueueSectionProps {
  post: Post | null;
  timeZone: string;
  /** Saves pending edits (creating the post if needed) and returns the post's id. */
  ensureSaved(): Promise<string>;
  onChanged(post: Post): void;
  blocked: boolean;
}

/** Alt+Q, "Q for queue": a modifier key, so it works while typing the post too. */
export function isAddToQueueKey(event: KeyboardEvent): boolean {
  return event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyQ';
}

/** "Add to queue" (button and Alt+Q), the post's warnings, and whether it is evergreen (issue 12). */
export function QueueSection({ post, timeZone, ensureSaved, onChanged, blocked }: QueueSectionProps) {
  const { t } = useTranslation('queue');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const hintId = useId();
  const queued = post?.queued && post.status === 'scheduled' && post.scheduledAt !== null ? post : null;

  function addToQueue() {
    if (busy || blocked) return;
    setBusy(true);
    setError(null);
    void (async () => {
      try {
        onChanged(await call('queue.add', { postId: await ensureSaved() }));
      } catch (caught) {
        setError(messageOf(caught));
      } finally {
        setBusy(false);
      }
    })();
  }
  // The newest addToQueue, for the key handler registered once.
  const add = useRef(addToQueue);
  useEffect(() => {
    add.current = addToQueue;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isAddToQueueKey(event)) return;
      event.preventDefault();
      add.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('composer.title')}
      </h2>
      {queued && (
        <p className="schedule-summary">
          {t('composer.queuedFor', { time: timeWords(queued.scheduledAt!, timeZone) })}
        </p>
      )}
      <button
        type="button"
        className="button"
        aria-keyshortcuts="Alt+Q"
        aria-describedby={hintId}
        disabled={busy || blocked}
        onClick={addToQueue}
      >
        {queued ? t('composer.readd') : t('composer.add')}
      </button>
      <p id={hintId} className="field-hint">
        {t('composer.hint')}
      </p>
      <InlineError message={error} />
      {post && <PostWarnings post={post} timeZone={timeZone} />}
      {post && !post.recycledFromId && (
        <EvergreenField post={post} timeZone={timeZone} onChanged={onChanged} />
      )}
    </section>
  );
}

function PostWarnings({ post, timeZone }: { post: Post; timeZone: string }) {
  const { t } = useTranslation('queue');
  const channels = useAppDataStore((s) => s.channels);
  const warnings = useCoreQuery(
    'queue.warnings',
    { postId: post.id },
    { enabled: post.scheduledAt !== null, refreshOn: ['post.changed', 'post.deleted'] },
  ).data;
  if (post.scheduledAt === null || !warnings || warnings.length === 0) return null;
  return (
    <div className="queue-warnings" role="status">
      <h3>{t('composer.warnings')}</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={`${warning.kind} ${warning.channelId} ${warning.otherPostId}`}>
            {t(`composer.${warning.kind}`, {
              channel: channelById(channels, warning.channelId)?.displayName ?? '',
              time: timeWords(warning.otherAt, timeZone),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}
