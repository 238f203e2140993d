// "Post it now" (issue 11 §3): the reminders due on "Remind me" channels, above every screen, until
// the owner posts each by hand, snoozes it, or its grace window passes. A snoozed one leaves the
// list until it is due again; meanwhile a line says when that is.
import './reminders.css';
import { useId, useState } from 'react';
import type { DueReminder, SnoozedReminder } from '@shared/contract/reminders';
import { t } from '../../i18n/i18n';
import { useCoreQuery } from '../../lib/use-core-query';
import { timeWords } from '../../lib/time-words';
import { useAppDataStore } from '../../state/app-data-store';
import { ReminderCard } from './reminder-card';

/** A reminder the owner snoozed here, and when it comes back. */
interface Snooze {
  reminder: DueReminder;
  at: number;
}

const NO_REMINDERS: DueReminder[] = [];

export function PostItNowPanel() {
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const headingId = useId();
  const { data } = useCoreQuery('reminders.list', undefined, {
    refreshOn: ['post.changed', 'post.deleted', 'outbox.changed', 'channels.changed'],
  });
  const reminders = data ?? NO_REMINDERS;
  const [snoozes, setSnoozes] = useState<Snooze[]>([]);
  const [listSeen, setListSeen] = useState(reminders);
  // Due again, it is a card once more: its line goes for good, not back once it is posted.
  // Adjusted while rendering a new list (React's pattern for state that follows a value).
  if (listSeen !== reminders) {
    setListSeen(reminders);
    const left = snoozes.filter((s) => !reminders.some((r) => r.targetId === s.reminder.targetId));
    if (left.length !== snoozes.length) setSnoozes(left);
  }
  const snoozed = (reminder: DueReminder) => (answer: SnoozedReminder) =>
    setSnoozes((before) => [
      ...before.filter((s) => s.reminder.targetId !== reminder.targetId),
      { reminder, at: answer.remindsAgainAt },
    ]);
  // Until the list is read again the card itself is still there.
  const waiting = snoozes.filter((s) => !reminders.some((r) => r.targetId === s.reminder.targetId));

  if (reminders.length === 0 && waiting.length === 0) return null;
  return (
    <>
      {reminders.length > 0 && (
        <section className="post-it-now" aria-labelledby={headingId}>
          <h2 id={headingId} className="post-it-now-title">
            {t('reminders:title', { count: reminders.length })}
          </h2>
          {reminders.map((reminder) => (
            <ReminderCard
              key={reminder.targetId}
              reminder={reminder}
              timeZone={timeZone}
              onSnoozed={snoozed(reminder)}
            />
          ))}
        </section>
      )}
      {waiting.length > 0 && (
        <div className="post-it-now-snoozed" role="status">
          <ul>
            {waiting.map(({ reminder, at }) => {
              const names = { network: reminder.networkName, channel: reminder.channelName };
              return (
                <li key={reminder.targetId}>
                  {t('reminders:snoozedUntil', { ...names, time: timeWords(at, timeZone) })}{' '}
                  <button
                    type="button"
                    className="button subtle"
                    aria-label={t('reminders:hideSnoozedLabel', names)}
                    onClick={() =>
                      setSnoozes((before) => before.filter((s) => s.reminder.targetId !== reminder.targetId))
                    }
                  >
                    {t('reminders:hideSnoozed')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </>
  );
}
