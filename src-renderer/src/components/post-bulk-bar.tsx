// Acting on the selected posts at once: move them to a day, shift them by an offset, set their
// campaign, or delete them. One core call per action; the posts the core left as they were are
// listed with its reasons, and the toast offers Undo for the rest.
import './post-bulk-bar.css';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BulkAction } from '@shared/contract/batch';
import { ownerWords } from '../i18n/owner-words';
import { call, messageOf } from '../lib/api';
import { useCoreQuery } from '../lib/use-core-query';
import { useAppDataStore } from '../state/app-data-store';
import { useUndoStore } from '../state/undo-store';
import { t as translate } from '../i18n/i18n';

interface PostBulkBarProps {
  selected: string[];
  onClear(): void;
  /** How the list names a post, so a reason says which post it is about. */
  titleOf(postId: string): string;
}

function doneWords(action: BulkAction, count: number): string {
  if (action.kind === 'delete') return translate('find:undo.deleted', { count });
  if (action.kind === 'campaign') return translate('find:undo.campaign', { count });
  return translate('find:undo.moved', { count });
}

export function PostBulkBar({ selected, onClear, titleOf }: PostBulkBarProps) {
  const { t } = useTranslation('find');
  const id = useId();
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const campaigns = useCoreQuery('campaigns.list', undefined).data ?? [];
  const offerUndo = useUndoStore((s) => s.offerUndo);
  const [busy, setBusy] = useState(false);
  const [reasons, setReasons] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [days, setDays] = useState('1');
  const [hours, setHours] = useState('0');
  const [campaignId, setCampaignId] = useState('');

  async function run(action: BulkAction) {
    setBusy(true);
    setError(null);
    try {
      const outcome = await call('posts.bulk', { postIds: selected, action });
      setReasons(outcome.skipped.map((skip) => `${titleOf(skip.postId)}: ${ownerWords(skip.reason)}`));
      offerUndo(outcome.undoId, doneWords(action, outcome.changed.length));
      if (outcome.skipped.length === 0) onClear();
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setBusy(false);
    }
  }

  const submit = (action: () => BulkAction | null) => (event: FormEvent) => {
    event.preventDefault();
    const chosen = action();
    if (chosen) void run(chosen);
  };

  return (
    <div className="post-bulk" role="toolbar" aria-label={t('bulk.label')}>
      <p className="post-bulk-count">
        {t('bulk.selected', { count: selected.length })}{' '}
        <button type="button" className="button" onClick={onClear}>
          {t('bulk.clear')}
        </button>
      </p>
      <form
        onSubmit={submit(() => (date ? { kind: 'move', date, timeZone, ...(time ? { time } : {}) } : null))}
      >
        <label htmlFor={`${id}-date`}>{t('bulk.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <label htmlFor={`${id}-time`}>{t('bulk.time')}</label>
        <input id={`${id}-time`} type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        <button type="submit" className="button" disabled={busy}>
          {t('bulk.move')}
        </button>
      </form>
      <form
        onSubmit={submit(() => {
          const minutes = Math.round(Number(hours) * 60);
          const dayCount = Math.trunc(Number(days));
          return dayCount === 0 && minutes === 0 ? null : { kind: 'shift', days: dayCount, minutes };
        })}
      >
        <label htmlFor={`${id}-days`}>{t('bulk.days')}</label>
        <input
          id={`${id}-days`}
          type="number"
          min={-366}
          max={366}
          step={1}
          value={days}
          onChange={(e) => setDays(e.target.value)}
        />
        <label htmlFor={`${id}-hours`}>{t('bulk.hours')}</label>
        <input
          id={`${id}-hours`}
          type="number"
          min={-23}
          max={23}
          step={1}
          value={hours}
          onChange={(e) => setHours(e.target.value)}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('bulk.shift')}
        </button>
      </form>
      <form onSubmit={submit(() => ({ kind: 'campaign', campaignId: campaignId || null }))}>
        <label htmlFor={`${id}-campaign`}>{t('bulk.campaign')}</label>
        <select id={`${id}-campaign`} value={campaignId} onChange={(e) => setCampaignId(e.target.value)}>
          <option value="">{t('bulk.noCampaign')}</option>
          {campaigns.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button" disabled={busy}>
          {t('bulk.assign')}
        </button>
      </form>
      <button
        type="button"
        className="button danger-outline"
        disabled={busy}
        onClick={() => void run({ kind: 'delete' })}
      >
        {t('bulk.delete')}
      </button>
      <div role="status" className="post-bulk-outcome">
        {busy && <p>{t('bulk.working')}</p>}
        {reasons.length > 0 && (
          <>
            <p>{t('bulk.skipped', { count: reasons.length })}</p>
            <ul>
              {reasons.map((reason, index) => (
                <li key={index}>{reason}</li>
              ))}
            </ul>
          </>
        )}
      </div>
      {error && (
        <p role="alert" className="error-banner">
          {error}
        </p>
      )}
    </div>
  );
}
