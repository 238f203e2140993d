// Desktop notifications through the OS. Where the OS has none, a notice is dropped:
// everything it says is also visible in the app.
import { Notification } from 'electron';
import type { Notifier } from '../core/ports';

export function electronNotifier(): Notifier {
  return {
    notify(notice) {
      if (!Notification.isSupported()) return;
      new Notification({
        title: notice.title,
        body: notice.body,
        // Failures need attention; routine notices stay quiet.
        silent: notice.kind !== 'failure',
        urgency: notice.kind === 'failure' ? 'critical' : 'normal',
      }).show();
    },
  };
}
