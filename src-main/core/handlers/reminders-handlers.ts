// "Remind me" channels (issue 11 §3): the reminders waiting for the owner, and their answers.
import type { remindersContract } from '../../shared/contract/reminders';
import type { CoreEvents } from '../events';
import type { WakeReason } from '../outbox/outbox';
import type { ReminderDesk } from '../reminders/reminder-desk';
import { NO_BACKGROUND_WORK, type DomainModule } from './types';

export function remindersDomain(
  desk: ReminderDesk,
  /** A snoozed reminder is due again: the outbox's timer must know. */
  wakeOutbox: (reason: WakeReason) => void,
  events: CoreEvents,
): DomainModule<typeof remindersContract> {
  let unsubscribe: (() => void) | null = null;
  return {
    handlers: {
      'reminders.list': () => desk.list(),
      'reminders.posted': ({ targetId, liveUrl }) => desk.posted(targetId, liveUrl),
      'reminders.snooze': ({ targetId }) => {
        const snoozed = desk.snooze(targetId);
        wakeOutbox('scheduled');
        return snoozed;
      },
      'reminders.showInFolder': ({ targetId }) => {
        desk.showInFolder(targetId);
        return null;
      },
      'reminders.startDrag': ({ targetId, mediaId }) => {
        desk.startDrag(targetId, mediaId);
        return null;
      },
    },
    ...NO_BACKGROUND_WORK,
    // Copies of settled reminders go: what a crash left now, and after every change to a post
    // (posted, missed, taken back to drafts, rescheduled, deleted).
    start: () => {
      desk.removeSettledCopies();
      unsubscribe ??= events.subscribe((event) => {
        if (event.type === 'post.changed' || event.type === 'post.deleted') desk.removeSettledCopies();
      });
    },
    stop: async () => {
      unsubscribe?.();
      unsubscribe = null;
    },
  };
}
