import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '@shared/entities';
import { addLocalDays, localStringAt, startOfLocalDay } from '@shared/zoned-time';
import { call, messageOf } from '../../lib/api';
import { InlineError } from '../../components/inline-error';

const DEFAULT_GAP_DAYS = 14;

interface EvergreenFieldProps {
  post: Post;
  timeZone: string;
  onChanged(post: Post): void;
}

/** Marks a post evergreen: recycled into empty queue times, with a gap and an optional last day. */
export function EvergreenField({ post, timeZone, onChanged }: EvergreenFieldProps) {
  const { t } = useTranslation('queue');
  const [gapDays, setGapDays] = useState(String(post.evergreenGapDays ?? DEFAULT_GAP_DAYS));
  const [until, setUntil] = useState(
    post.evergreenUntil ? localStringAt(post.evergreenUntil, timeZone).slice(0, 10) : '',
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();
  const on = post.evergreen === true;

  async function save(evergreen: boolean) {
    setBusy(true);
    setError(null);
    try {
      const gap = Math.round(Number(gapDays));
      onChanged(
        await call('queue.setEvergreen', {
          postId: post.id,
          evergreen,
          ...(Number.isFinite(gap) && gap >= 1 ? { gapDays: gap } : {}),
          until: until ? lastMomentOf(until, timeZone) : null,
        }),
      );
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="evergreen-field">
      <label>
        <input
          type="checkbox"
          checked={on}
          disabled={busy}
          aria-describedby={hintId}
          onChange={(event) => void save(event.target.checked)}
        />
        {t('composer.evergreen')}
      </label>
      <p id={hintId} className="field-hint">
        {t('composer.evergreenHint')}
      </p>
      {on && (
        <div className="schedule-fields">
          <label className="field">
            <span className="field-label">{t('composer.gapDays')}</span>
            <input
              type="number"
              min={1}
              max={365}
              value={gapDays}
              disabled={busy}
              onChange={(event) => setGapDays(event.target.value)}
            />
          </label>
          <label className="field">
            <span className="field-label">{t('composer.until')}</span>
            <input
              type="date"
              value={until}
              disabled={busy}
              onChange={(event) => setUntil(event.target.value)}
            />
          </label>
          <button type="button" className="button" disabled={busy} onClick={() => void save(true)}>
            {t('composer.saveEvergreen')}
          </button>
        </div>
      )}
      <InlineError message={error} />
    </div>
  );
}

/** The last moment of a date on the business's clocks: recycling stops after that day. */
function lastMomentOf(date: string, timeZone: string): number {
  const next = addLocalDays(`${date}T00:00`, 1);
  const [year, month, day] = next.slice(0, 10).split('-').map(Number) as [number, number, number];
  return startOfLocalDay(year, month, day, timeZone) - 1;
}
