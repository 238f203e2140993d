// "Post it now" (issue 11 §3): the reminders due on "Remind me" channels, above every screen, until
// the owner posts each by hand, snoozes it, or its grace window passes.
import './reminders.css';
import { useId } from 'react';
import { t } from '../../i18n/i18n';
import { useCoreQuery } from '../../lib/use-core-query';
import { useAppDataStore } from '../../state/app-data-store';
import { ReminderCard } from './reminder-card';

export function PostItNowPanel() {
  const timeZone = useAppDataStore((s) => s.profile?.timeZone ?? 'UTC');
  const headingId = useId();
  const { data: reminders } = useCoreQuery('reminders.list', undefined, {
    refreshOn: ['post.changed', 'post.deleted', 'outbox.changed', 'channels.changed'],
  });
  if (!reminders || reminders.length === 0) return null;
  return (
    <section className="post-it-now" aria-labelledby={headingId}>
      <h2 id={headingId} className="post-it-now-title">
        {t('reminders:title', { count: reminders.length })}
      </h2>
      {reminders.map((reminder) => (
        <ReminderCard key={reminder.targetId} reminder={reminder} timeZone={timeZone} />
      ))}
    </section>
  );
}
