import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Post } from '@shared/entities';
import type { Series, SeriesEnd, SeriesScope } from '@shared/recurrence';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { call, messageOf } from '../../lib/api';
import { customRepeatFor, customRuleOf, type CustomRepeat } from './custom-repeat';
import { CustomRepeatFields } from './custom-repeat-fields';
import { describeChoice, describeSeries, REPEAT_CHOICES, ruleFor, type RepeatChoice } from './repeat-words';
import { InlineError } from '../../components/inline-error';

interface RepeatSectionProps {
  /** A scheduled post: a repeat counts from its date and time. */
  post: Post;
  /** Saves pending edits, so "apply to the following" carries what the owner sees. */
  ensureSaved(): Promise<string>;
  onChanged(post: Post): void;
  /** This post was deleted with the rest of its series. */
  onDeleted(): void;
}

type EndKind = SeriesEnd['kind'];

/**
 * "Repeat": turns a scheduled post into a series, or, on a post of one, says how it repeats and
 * carries this post's text to the following posts or all of them. Edits in the composer change
 * this post only; carrying them further is a choice the owner makes here.
 */
export function RepeatSection({ post, ensureSaved, onChanged, onDeleted }: RepeatSectionProps) {
  const { t } = useTranslation('composer');
  const headingId = useId();
  const date = post.scheduledLocal!.slice(0, 10);
  const [choice, setChoice] = useState<RepeatChoice>('none');
  const [custom, setCustom] = useState<CustomRepeat>(() => customRepeatFor(date));
  const [endKind, setEndKind] = useState<EndKind>('afterCount');
  const [count, setCount] = useState(4);
  const [until, setUntil] = useState(date);
  const [series, setSeries] = useState<Series | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Exclude<SeriesScope, 'this'> | null>(null);

  // A new date means a new own weekday to preselect, and other ways to keep a day of the month:
  // reset while rendering (React's pattern for state that follows a prop), not in an effect.
  const [customDate, setCustomDate] = useState(date);
  if (customDate !== date) {
    setCustomDate(date);
    setCustom(customRepeatFor(date));
  }

  useEffect(() => {
    if (!post.seriesId) return;
    let live = true;
    call('series.get', { id: post.seriesId }).then(
      (found) => live && setSeries(found),
      (caught: unknown) => live && setError(messageOf(caught)),
    );
    return () => {
      live = false;
    };
  }, [post.seriesId]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  const end = (): SeriesEnd =>
    endKind === 'afterCount'
      ? { kind: endKind, count }
      : endKind === 'onDate'
        ? { kind: endKind, date: until }
        : { kind: 'never' };

  const picked =
    choice === 'none'
      ? null
      : choice === 'custom'
        ? customRuleOf(custom, date)
        : { rule: ruleFor(choice, date) };
  const problem = picked && 'problem' in picked ? picked.problem : null;

  const repeat = () =>
    run(async () => {
      if (!picked || !('rule' in picked)) return;
      onChanged(await call('series.repeat', { postId: await ensureSaved(), rule: picked.rule, end: end() }));
      setChoice('none');
    });

  const apply = (scope: Exclude<SeriesScope, 'this'>) =>
    run(async () => {
      const fresh = await call('posts.get', { id: await ensureSaved() });
      const variants = Object.fromEntries(
        fresh.targets.map((target) => [target.channelId, target.bodyOverride]),
      );
      onChanged(
        await call('series.update', {
          postId: fresh.id,
          scope,
          body: fresh.body,
          kind: fresh.kind,
          channelIds: fresh.targets.map((target) => target.channelId),
          variants,
        }),
      );
      setDone(t(`repeat.applied.${scope}`));
    });

  const remove = (scope: Exclude<SeriesScope, 'this'>) =>
    run(async () => {
      await call('series.delete', { postId: post.id, scope });
      setDeleting(null);
      onDeleted();
    });

  return (
    <section className="composer-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="composer-card-title">
        {t('repeat.title')}
      </h2>
      {series && <p className="schedule-summary">{t('repeat.repeats', { how: describeSeries(series) })}</p>}
      <div className="schedule-fields">
        <label className="field">
          <span className="field-label">{series ? t('repeat.changeFromHere') : t('repeat.label')}</span>
          {/* Named outright: a label around a select would also read out the chosen option. */}
          <select
            aria-label={series ? t('repeat.changeFromHere') : t('repeat.label')}
            value={choice}
            disabled={busy}
            onChange={(event) => setChoice(event.target.value as RepeatChoice)}
          >
            {REPEAT_CHOICES.map((option) => (
              <option key={option} value={option}>
                {describeChoice(option, date)}
              </option>
            ))}
          </select>
        </label>
        {choice === 'custom' && (
          <CustomRepeatFields
            date={date}
            custom={custom}
            problem={problem}
            disabled={busy}
            onChange={setCustom}
          />
        )}
        {choice !== 'none' && (
          <label className="field">
            <span className="field-label">{t('repeat.ends.label')}</span>
            <select
              aria-label={t('repeat.ends.label')}
              value={endKind}
              disabled={busy}
              onChange={(event) => setEndKind(event.target.value as EndKind)}
            >
              <option value="afterCount">{t('repeat.ends.afterCount')}</option>
              <option value="onDate">{t('repeat.ends.onDate')}</option>
              <option value="never">{t('repeat.ends.never')}</option>
            </select>
          </label>
        )}
        {choice !== 'none' && endKind === 'afterCount' && (
          <label className="field">
            <span className="field-label">{t('repeat.ends.count')}</span>
            <input
              type="number"
              min={1}
              max={500}
              value={count}
              disabled={busy}
              onChange={(event) => setCount(Math.max(1, Math.round(Number(event.target.value) || 1)))}
            />
          </label>
        )}
        {choice !== 'none' && endKind === 'onDate' && (
          <label className="field">
            <span className="field-label">{t('repeat.ends.lastDay')}</span>
            <input
              type="date"
              value={until}
              min={date}
              disabled={busy}
              onChange={(event) => setUntil(event.target.value)}
            />
          </label>
        )}
      </div>
      <div className="schedule-actions">
        {choice !== 'none' && (
          // Disabled while the custom fields name no rule: their problem line, just above, says why.
          <button
            type="button"
            className="button primary"
            disabled={busy || problem !== null}
            onClick={() => void repeat()}
          >
            {t('repeat.start')}
          </button>
        )}
        {series && (
          <>
            <button type="button" className="button" disabled={busy} onClick={() => void apply('following')}>
              {t('repeat.apply.following')}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void apply('all')}>
              {t('repeat.apply.all')}
            </button>
            <button
              type="button"
              className="button danger-outline"
              disabled={busy}
              onClick={() => setDeleting('following')}
            >
              {t('repeat.delete.following')}
            </button>
            <button
              type="button"
              className="button danger-outline"
              disabled={busy}
              onClick={() => setDeleting('all')}
            >
              {t('repeat.delete.all')}
            </button>
          </>
        )}
      </div>
      {series && <p className="field-hint">{t('repeat.thisOnlyHint')}</p>}
      {done && <p role="status">{done}</p>}
      <InlineError message={error} />
      <ConfirmDialog
        open={deleting !== null}
        title={t('repeat.delete.title')}
        message={deleting ? t(`repeat.delete.message.${deleting}`) : ''}
        confirmLabel={t('repeat.delete.confirm')}
        busy={busy}
        onConfirm={() => deleting && void remove(deleting)}
        onCancel={() => setDeleting(null)}
      />
    </section>
  );
}
