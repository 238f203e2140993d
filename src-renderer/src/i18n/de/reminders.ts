import type { Catalog } from '../catalog';
import type { reminders as en } from '../en/reminders';

export const reminders: Catalog<typeof en> = {
  title_one: 'Jetzt posten',
  title_other: 'Jetzt posten ({{count}})',
  postOn: 'Zeit für Ihren Beitrag auf {{network}} ({{channel}})',
  plannedFor: 'Geplant für {{time}}.',
  missedAt: 'Wird um {{time}} als verpasst festgehalten, wenn Sie ihn nicht als veröffentlicht markieren.',
  text: 'Zu veröffentlichender Text',
  copy: 'Text kopieren',
  copied: 'Kopiert. Fügen Sie ihn im Editor des Netzwerks ein.',
  copyFailed: 'Cadence konnte den Text nicht kopieren. Markieren Sie ihn oben und kopieren Sie ihn selbst.',
  open: '{{network}} öffnen',
  dragHint: 'Ziehen Sie die Bilder in den Browser, oder laden Sie sie aus ihrem Ordner hoch.',
  showInFolder: 'Im Ordner zeigen',
  liveLink: 'Link zum veröffentlichten Beitrag (optional)',
  posted: 'Ich habe ihn gepostet',
  snooze: '15 Min. später erinnern',
  snoozedUntil:
    'Verschoben: Cadence erinnert Sie um {{time}} erneut an Ihren Beitrag auf {{network}} ({{channel}}).',
  hideSnoozed: 'Ausblenden',
  hideSnoozedLabel: 'Hinweis zur verschobenen Erinnerung für {{network}} ({{channel}}) ausblenden',
};
