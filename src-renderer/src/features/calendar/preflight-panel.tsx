// "Will it go out?" on the calendar (issue 11): of the posts due in the next 24 hours, how many
// go out on their own (a network's scheduler holds them) and which need Cadence running at their
// time, with the hand-off of those a network can take in one click. The core decides (shared/preflight.ts).
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightPost } from '@shared/preflight';
import { InlineError } from '../../components/inline-error';
import { call, messageOf } from '../../lib/api';
import { formatList } from '../../lib/format';
import { timeWords } from '../../lib/time-words';
import { useCoreQuery } from '../../lib/use-core-query';

const HOURS = 24;
/**
 * The answer also changes with no event: the window moves on, so a post comes into the next 24 h,
 * and a hand-off's last chance passes. One quiet re-read a minute keeps up with both; a re-read
 * that finds the same answer leaves the page as it is.
 */
const REREAD_EVERY_MS = 60_000;

function PreflightPanelView({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation(['calendar', 'core']);
  const answer = useCoreQuery(
    'outbox.preflight',
    { hours: HOURS },
    { refreshOn: ['post.changed', 'post.deleted', 'outbox.changed'], settleMs: 250 },
  );
  const { reload } = answer;
  useEffect(() => {
    const timer = window.setInterval(() => void reload(), REREAD_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [reload]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const preflight = answer.data;
  if (!preflight || preflight.total === 0) return null;
  const needing = [...preflight.canHandOff, ...preflight.needCadence].sort(
    (a, b) => a.scheduledAt - b.scheduledAt,
  );
  // "9:00 AM" today, "Thu, Nov 26, 9:00 AM" tomorrow: the next 24 hours span two dates.
  const time = (post: PreflightPost) => timeWords(post.scheduledAt, timeZone);

  async function handOff() {
    setBusy(true);
    setError(null);
    try {
      const after = await call('outbox.handOffNow', { hours: HOURS });
      answer.setData(() => after);
    } catch (caught) {
      setError(messageOf(caught));
    } finally {
      setBusy(false);
    }
  }

  // The same sentence as the tray's line and the quit dialog's, from the core's catalog.
  const summary = [
    t('core:desktop.preflight.due', { count: preflight.total, hours: HOURS }),
    ...(preflight.onTheirOwn > 0
      ? [t('core:desktop.preflight.onTheirOwn', { count: preflight.onTheirOwn })]
      : []),
    ...(needing.length > 0
      ? [
          t('core:desktop.preflight.needCadence', {
            count: needing.length,
            times: formatList([...new Set(needing.map(time))]),
          }),
        ]
      : []),
  ].join(' · ');

  return (
    <details className="preflight-panel">
      <summary>
        <span className="preflight-title">{t('preflight.title')}</span> <span>{summary}</span>
      </summary>
      {needing.length > 0 && (
        <ul className="preflight-list">
          {needing.map((post) => (
            <li key={post.postId}>
              <span className="preflight-time">{time(post)}</span> {post.excerpt.trim() || t('chip.empty')}{' '}
              <span className="field-hint">
                {preflight.canHandOff.includes(post) ? t('preflight.canHandOff') : t('preflight.keepRunning')}
              </span>
            </li>
          ))}
        </ul>
      )}
      {preflight.canHandOff.length > 0 && (
        <button type="button" className="button" disabled={busy} onClick={() => void handOff()}>
          {t('preflight.handOff', { count: preflight.canHandOff.length })}
        </button>
      )}
      <InlineError message={error} />
    </details>
  );
}

/** Drawn again only when its own data or props change, not on every page turn of the calendar. */
export const PreflightPanel = memo(PreflightPanelView);
