import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '@shared/entities';
import { localStringAt } from '@shared/zoned-time';
import { call, messageOf } from '../../lib/api';
import { scheduleAt } from '../../lib/schedule';
import { BestTimeHint } from './best-time-hint';
import { HandOffField } from './hand-off-field';
import { describeInstant, nextFullHour } from './schedule-words';
import { InlineError } from '../../components/inline-error';

interface ScheduleSectionProps {
  post: Post | null;
  /** The channels picked for the post, for their best times. */
  channelIds: readonly string[];
  /** The business time zone: the date and time fields are read on its clocks. */
  timeZone: string;
  /** Saves pending edits (creating the post if needed) and returns the post's id. */
  ensureSaved(): Promise<string>;
  onChanged(post: Post): void;
  /** True while a channel cannot take the post as written; the publish card says why. */
  blocked: boolean;
  /** The date field, for "Pick a new time" elsewhere on the page. */
  dateRef: RefObject<HTMLInputElement | null>;
}

/** Picks when a post goes out. Keyed by the stored time by its parent, so a move elsewhere resets the fields. */
export function ScheduleSection({
  post,
  channelIds,
  timeZone,
  ensureSaved,
  onChanged,
  blocked,
  dateRef,
}: ScheduleSectionProps) {
  const { t } = useTranslation('composer');
  const scheduled = post?.status === 'scheduled' && post.scheduledAt !== null ? post : null;
  const initial = scheduled ? localStringAt(scheduled.scheduledAt!, timeZone) : nextFullHour(timeZone);
  const [date, setDate] = useState(initial.slice(0, 10));
  const [time, setTime] = useState(initial.slice(11, 16));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const headingId = useId();
  const blockedId = useId();

  async function run(action: () => Promise<Post | null>) {
    setBusy(true);
    setError(null);
    try {
      const updated = await action();
      if (updated) onChanged(updated);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  function schedule() {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}/.test(time)) {
      setError(t('schedule.pickFirst'));
      return;
    }
    void run(async () => scheduleAt(await ensureSaved(), `${date}T${time.slice(0, 5)}`, timeZone));
  }

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('schedule.title')}
      </h2>
      {scheduled && (
        <p className="schedule-summary">
          {t('schedule.scheduledFor', {
            when: describeInstant(scheduled.scheduledAt!, scheduled.scheduledTimeZone ?? timeZone),
            zone: scheduled.scheduledTimeZone ?? timeZone,
          })}
        </p>
      )}
      {post?.status === 'failed' && <p className="schedule-failed">{t('schedule.failed')}</p>}
      <div className="schedule-fields">
        <label className="field">
          <span className="field-label">{t('schedule.date')}</span>
          <input
            ref={dateRef}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            disabled={busy}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('schedule.time')}</span>
          <input type="time" value={time} onChange={(event) => setTime(event.target.value)} disabled={busy} />
        </label>
      </div>
      <BestTimeHint
        channelIds={channelIds}
        timeZone={timeZone}
        disabled={busy}
        onPick={(local) => {
          setDate(local.slice(0, 10));
          setTime(local.slice(11, 16));
        }}
      />
      <p className="field-hint">{t('schedule.zone', { zone: timeZone })}</p>
      {post && <HandOffField post={post} onChanged={onChanged} />}
      <div className="schedule-actions">
        <button
          type="button"
          className="button primary"
          onClick={schedule}
          disabled={busy || blocked}
          aria-describedby={blocked ? blockedId : undefined}
        >
          {scheduled ? t('schedule.reschedule') : t('schedule.schedule')}
        </button>
        {scheduled && (
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void run(() => call('posts.unschedule', { id: scheduled.id }))}
          >
            {t('schedule.toDrafts')}
          </button>
        )}
      </div>
      {blocked && (
        <p id={blockedId} className="field-hint">
          {t('schedule.fixFirst')}
        </p>
      )}
      <InlineError message={error} />
    </section>
  );
}
