import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityEntry } from '@shared/entities';
import { logTimeWords } from '../../lib/time-words';
import { activityWords } from './activity-words';
import { InlineError } from '../../components/inline-error';

/** Server answers can be whole JSON bodies; the start says what went wrong. */
const ANSWER_CHARS = 400;

function answerOf(entry: ActivityEntry): { httpStatus: number | null; serverAnswer: string | null } {
  const detail = entry.detail ?? {};
  const httpStatus = typeof detail.httpStatus === 'number' ? detail.httpStatus : null;
  // A successful publish answers with the new post's address.
  const answer = detail.serverAnswer ?? detail.remoteUrl;
  const raw = typeof answer === 'string' ? answer.trim() : '';
  const serverAnswer = raw === '' ? null : raw.length > ANSWER_CHARS ? `${raw.slice(0, ANSWER_CHARS)}…` : raw;
  return { httpStatus, serverAnswer };
}

interface ActivityLogProps {
  entries: readonly ActivityEntry[];
  error: string | null;
  timeZone: string;
}

/** Every attempt and decision for this post, newest first, folded away until asked for. */
export function ActivityLog({ entries, error, timeZone }: ActivityLogProps) {
  const { t } = useTranslation('composer');
  const [open, setOpen] = useState(false);
  const headingId = useId();
  const listId = useId();

  return (
    <section className="composer-card activity" aria-labelledby={headingId}>
      <div className="activity-head">
        <h2 id={headingId} className="composer-card-title">
          {t('activity.title')}
        </h2>
        <button
          type="button"
          className="button subtle"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          onClick={() => setOpen(!open)}
        >
          {open ? t('activity.hide') : t('activity.show')}
        </button>
      </div>
      {open && (
        <div id={listId}>
          <InlineError message={error} />
          {entries.length === 0 && !error ? (
            <p className="field-hint">{t('activity.none')}</p>
          ) : (
            <ol className="activity-list">
              {entries.map((entry) => {
                const { httpStatus, serverAnswer } = answerOf(entry);
                return (
                  <li key={entry.id} className="activity-entry">
                    <time dateTime={new Date(entry.at).toISOString()} className="activity-time">
                      {logTimeWords(entry.at, timeZone)}
                    </time>
                    <span className="activity-message">{activityWords(entry, timeZone)}</span>
                    {(httpStatus !== null || serverAnswer) && (
                      <span className="activity-answer">
                        {httpStatus !== null && t('activity.http', { status: httpStatus })}
                        {httpStatus !== null && serverAnswer && ' · '}
                        {serverAnswer && t('activity.answer', { answer: serverAnswer })}
                      </span>
                    )}
                  </li>
                );
              })}
            </ol>
          )}
        </div>
      )}
    </section>
  );
}
