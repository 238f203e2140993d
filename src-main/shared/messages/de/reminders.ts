import type { Catalog } from '../catalog';
import type { REMINDER_MESSAGES } from '../reminder-messages';

export const reminders: Catalog<typeof REMINDER_MESSAGES> = {
  timeToPost: 'Zeit für Ihren Beitrag auf {{network}}',
  activity: {
    reminded: 'Sie wurden erinnert, ihn auf {{network}} von Hand zu veröffentlichen.',
    posted: 'Sie haben ihn auf {{network}} von Hand veröffentlicht.',
    snoozed: 'Erinnerung verschoben: Cadence erinnert Sie um {{local}} erneut.',
    missed: 'Nicht innerhalb der Kulanzzeit nach der Erinnerung als auf {{network}} veröffentlicht markiert.',
  },
  missed:
    'Niemand hat ihn innerhalb der Kulanzzeit nach der Erinnerung als veröffentlicht markiert. Veröffentlichen Sie ihn von Hand und sagen Sie es Cadence, oder wählen Sie eine neue Zeit.',
  errors: {
    notReminding:
      'Diese Erinnerung wartet nicht mehr: Sie wurde verschoben, zurückgenommen oder als verpasst festgehalten. Sehen Sie sich den Beitrag im Kalender an.',
    notReminderChannel: 'Dieser Beitrag wartet nicht auf einem „Erinnern“-Kanal.',
    desktopOnly:
      'Dateien im Ordner zeigen geht nur in der Desktop-App. Ziehen Sie die Bilder stattdessen von hier.',
  },
};
