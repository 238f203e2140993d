// Desktop notifications through the OS. Where the OS has none, a notice is dropped:
// everything it says is also visible in the app.
import { Notification } from 'electron';
import type { Notifier } from '../core/ports';
import { sayKeyed, type Words } from '../shared/messages/words';

// A notification that is garbage-collected no longer reports clicks, so recent ones are kept.
const KEEP_RECENT = 20;

/**
 * `onClick` runs when the owner clicks a notice: it brings the window up to act on it. A notice
 * the core keyed is written in the owner's language (`words`); its English stands otherwise.
 */
export function electronNotifier(onClick: () => void, words: () => Words): Notifier {
  const recent = new Set<Notification>();
  const forget = (notification: Notification) => recent.delete(notification);
  return {
    notify(notice) {
      if (!Notification.isSupported()) return;
      const said = notice.said;
      const notification = new Notification({
        title: said ? sayKeyed(words(), said.title) : notice.title,
        body: said?.body ? sayKeyed(words(), said.body) : notice.body,
        // Failures need attention; routine notices stay quiet.
        silent: notice.kind !== 'failure',
        urgency: notice.kind === 'failure' ? 'critical' : 'normal',
      });
      notification.on('click', () => {
        forget(notification);
        onClick();
      });
      notification.on('close', () => forget(notification));
      recent.add(notification);
      if (recent.size > KEEP_RECENT) forget(recent.values().next().value!);
      notification.show();
    },
  };
}
