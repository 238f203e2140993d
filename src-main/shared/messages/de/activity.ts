import type { ACTIVITY_MESSAGES } from '../activity-messages';
import type { Catalog } from '../catalog';

export const activity: Catalog<typeof ACTIVITY_MESSAGES> = {
  scheduled: 'Eingeplant für {{local}} ({{timeZone}}).',
  imported: 'Aus {{file}} importiert und eingeplant für {{local}} ({{timeZone}}).',
  unscheduled: 'Zurück in die Entwürfe verschoben.',
  unscheduledUnknown_one:
    'Zurück in die Entwürfe verschoben. Cadence hat nie erfahren, ob er auf einem Kanal erschienen ist; dort sendet Cadence ihn nur, wenn Sie ihn wieder einplanen.',
  unscheduledUnknown_other:
    'Zurück in die Entwürfe verschoben. Cadence hat nie erfahren, ob er auf {{count}} Kanälen erschienen ist; dort sendet Cadence ihn nur, wenn Sie ihn wieder einplanen.',
  checkedPublished: 'Bei {{network}} nachgefragt: Der Beitrag ist erschienen.',
  checkedCannotTell: 'Bei {{network}} nachgefragt: Es lässt sich nicht sagen, ob der Beitrag erschienen ist.',
  checkedNotPublished:
    'Bei {{network}} nachgefragt: Der Beitrag ist nicht erschienen; er wird jetzt gesendet.',
  checkedLateNotPublished: 'Bei {{network}} nachgefragt: Der Beitrag ist nicht erschienen.',
  published: 'Auf {{network}} veröffentlicht ({{handle}}).',
  leftAsSet:
    'Cadence hat diesen Beitrag gelassen, wie Sie ihn eingestellt haben: Er wurde geändert, während Cadence ihn prüfte oder sendete.',
  publishNow: 'Jetzt veröffentlichen angefordert.',
  confirmedPublished: 'Sie haben bestätigt, dass er veröffentlicht wurde.',
  sendAgain: 'Sie haben Cadence gebeten, ihn erneut zu senden.',
  missed: 'Als verpasst zurückgehalten: Er war um {{local}} fällig, nach Ablauf der Kulanzzeit.',
  stoppedWhileSending:
    'Cadence wurde beim Senden beendet. Vor einem neuen Versuch fragt Cadence beim Netzwerk nach.',
  sendNotRecorded:
    'Cadence konnte nicht festhalten, wie ein Sendeversuch ausging. Vor einem neuen Versuch fragt Cadence beim Netzwerk nach.',
  replyQueued: 'Antwort an {{author}} auf {{network}} in der Warteschlange.',
};
