import '../../components/page.css';
import './queue.css';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NETWORK_LABELS } from '@shared/entities';
import type { ChannelQueue, WeeklySlot } from '@shared/queue';
import { call, messageOf } from '../../lib/api';
import { useCoreQuery } from '../../lib/use-core-query';
import { useNewPostKey } from '../../lib/use-new-post-key';
import { timeWords } from '../../lib/time-words';
import { channelById, useAppDataStore } from '../../state/app-data-store';
import { useNavigationStore } from '../../state/navigation-store';
import { BestTimeSlots } from './best-time-slots';
import { QueueList } from './queue-list';
import { SlotEditor } from './slot-editor';
import { slotTimeWords, weekdayName } from './slot-words';
import { InlineError } from '../../components/inline-error';

/** Each channel's weekly posting times and the posts waiting in them (issue 12). */
export function QueuePage() {
  const { t } = useTranslation('queue');
  const channels = useAppDataStore((s) => s.channels);
  const go = useNavigationStore((s) => s.go);
  const [picked, setPicked] = useState<string | null>(null);
  const channelId = picked && channelById(channels, picked) ? picked : (channels[0]?.id ?? null);
  const selectId = useId();
  useNewPostKey();

  return (
    <div className="queue-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
      </header>
      {channelId === null ? (
        <div className="card empty-state">
          <h2>{t('noChannels.title')}</h2>
          <p>{t('noChannels.text')}</p>
          <button type="button" className="button primary" onClick={() => go('settings')}>
            {t('noChannels.add')}
          </button>
        </div>
      ) : (
        <>
          <label className="field queue-channel" htmlFor={selectId}>
            <span className="field-label">{t('channel')}</span>
            <select id={selectId} value={channelId} onChange={(event) => setPicked(event.target.value)}>
              {channels.map((channel) => (
                <option key={channel.id} value={channel.id}>
                  {`${channel.displayName} (${NETWORK_LABELS[channel.network]})`}
                </option>
              ))}
            </select>
          </label>
          <ChannelQueueView key={channelId} channelId={channelId} />
        </>
      )}
    </div>
  );
}

function ChannelQueueView({ channelId }: { channelId: string }) {
  const { t } = useTranslation('queue');
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const channel = useAppDataStore((s) => channelById(s.channels, channelId));
  const network = channel?.network ?? 'webhook';
  const query = useCoreQuery('queue.get', { channelId }, { refreshOn: ['post.changed', 'post.deleted'] });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const slotsId = useId();
  const listId = useId();

  async function run(action: () => Promise<ChannelQueue>) {
    setBusy(true);
    setError(null);
    try {
      const queue = await action();
      query.setData(() => queue);
      return queue;
    } catch (caught) {
      setError(messageOf(caught));
      return null;
    } finally {
      setBusy(false);
    }
  }

  if (query.error)
    return (
      <p role="alert" className="error-banner">
        {query.error}
      </p>
    );
  const queue = query.data;
  if (!queue) return <p className="loading">{t('loading')}</p>;
  const setSlots = (slots: WeeklySlot[]) => void run(() => call('queue.setSlots', { channelId, slots }));
  const move = async (postId: string, toIndex: number) => {
    const moved = await run(() => call('queue.move', { channelId, postId, toIndex }));
    const entry = moved?.entries[toIndex];
    if (entry?.postId === postId) {
      setAnnouncement(t('list.moved', { post: entry.excerpt, time: timeWords(entry.scheduledAt, timeZone) }));
    }
  };

  return (
    <div className="queue-columns">
      <section className="card" aria-labelledby={slotsId}>
        <h2 id={slotsId}>{t('slots.title')}</h2>
        <p className="field-hint">{t('slots.hint', { zone: timeZone })}</p>
        {queue.slots.length === 0 && (
          <div className="slot-suggestion">
            <p>{t('slots.none', { network: NETWORK_LABELS[network] })}</p>
            <p className="field-hint">
              {[...new Set(queue.suggested.map((slot) => slot.time))].map(slotTimeWords).join(', ')} ·{' '}
              {[...new Set(queue.suggested.map((slot) => slot.weekday))].map(weekdayName).join(', ')}
            </p>
            <button
              type="button"
              className="button primary"
              disabled={busy}
              onClick={() => setSlots(queue.suggested)}
            >
              {t('slots.useSuggested')}
            </button>
          </div>
        )}
        <BestTimeSlots
          channelId={channelId}
          channelName={channel?.displayName ?? ''}
          slots={queue.slots}
          timeZone={timeZone}
          busy={busy}
          onSet={setSlots}
        />
        <SlotEditor slots={queue.slots} busy={busy} onChange={setSlots} />
      </section>
      <section className="card" aria-labelledby={listId}>
        <h2 id={listId}>{t('list.title')}</h2>
        <p role="status" className={queue.paused ? 'notice queue-paused' : 'field-hint'}>
          {queue.paused ? t('pause.paused') : t('pause.running')}
        </p>
        <div className="queue-actions">
          <button
            type="button"
            className="button"
            aria-pressed={queue.paused}
            disabled={busy}
            onClick={() => void run(() => call('queue.setPaused', { channelId, paused: !queue.paused }))}
          >
            {queue.paused ? t('pause.resume') : t('pause.pause')}
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || queue.entries.length < 2}
            onClick={() => void run(() => call('queue.shuffle', { channelId }))}
          >
            {t('list.shuffle')}
          </button>
        </div>
        <InlineError message={error} />
        {queue.entries.length > 1 && <p className="field-hint">{t('list.keyboard')}</p>}
        <QueueList
          entries={queue.entries}
          timeZone={timeZone}
          busy={busy}
          onMove={(id, to) => void move(id, to)}
        />
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </section>
    </div>
  );
}
