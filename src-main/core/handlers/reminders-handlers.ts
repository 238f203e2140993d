// "Remind me" channels (issue 11 §3): the reminders waiting for the owner, and their answers.
import type { remindersContract } from '../../shared/contract/reminders';
import type { WakeReason } from '../outbox/outbox';
import type { ReminderDesk } from '../reminders/reminder-desk';
import { NO_BACKGROUND_WORK, type DomainModule } from './types';

export function remindersDomain(
  desk: ReminderDesk,
  /** A snoozed reminder is due again: the outbox's timer must know. */
  wakeOutbox: (reason: WakeReason) => void,
): DomainModule<typeof remindersContract> {
  return {
    handlers: {
      'reminders.list': () => desk.list(),
      'reminders.posted': ({ targetId, liveUrl }) => desk.posted(targetId, liveUrl),
      'reminders.snooze': ({ targetId }) => {
        const post = desk.snooze(targetId);
        wakeOutbox('scheduled');
        return post;
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
  };
}
