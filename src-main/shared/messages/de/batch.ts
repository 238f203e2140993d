import type { Catalog } from '../catalog';
import type { BATCH_MESSAGES } from '../batch-messages';

export const batch: Catalog<typeof BATCH_MESSAGES> = {
  skipped: {
    gone: 'Diesen Beitrag gibt es nicht mehr.',
    published: 'Er ist bereits veröffentlicht; was erschienen ist, bleibt so, wie es erschienen ist.',
    inProgress:
      'Cadence sendet ihn gerade oder prüft, ob er erschienen ist. Versuchen Sie es gleich noch einmal.',
    handedOff:
      'Der eigene Zeitplan eines Netzwerks hält ihn bereit. Öffnen Sie den Beitrag, um ihn zuerst zurückzunehmen.',
    draftNeedsTime:
      'Es ist ein Entwurf ohne Uhrzeit. Wählen Sie eine Uhrzeit, um ihn an diesem Tag einzuplanen.',
    noDate: 'Er hat kein Datum, das sich verschieben lässt. Legen Sie stattdessen ein Datum fest.',
    timeSkipped:
      '{{local}} gibt es dort nicht: Die Uhren überspringen diese Stunde. Wählen Sie eine andere Uhrzeit.',
    timePassed: '{{local}} ist bereits vorbei. Wählen Sie eine spätere Uhrzeit.',
    mayBeOut:
      'Er ist auf einigen Kanälen erschienen, daher bleiben seine Kampagnenlinks so, wie sie gesendet wurden.',
  },
  undo: {
    expired:
      'Das lässt sich nicht mehr rückgängig machen: Cadence hält jedes Rückgängig 15 Minuten lang bereit, und nur bis es geschlossen wird.',
    changed:
      'Er wurde danach noch geändert; Rückgängig würde diese Änderung verlieren. Er bleibt, wie er ist.',
    wentOut: 'Er ist seitdem erschienen oder auf dem Weg. Er bleibt, wie er ist.',
    gone: 'Er wurde seitdem gelöscht.',
    channelGone:
      'Ein Kanal, an den er gehen sollte, wurde seitdem entfernt; daher kann er nicht wie zuvor zurückkommen.',
  },
  activity: {
    duplicated: 'Als Kopie eines anderen Beitrags angelegt.',
    restored: 'Durch Rückgängig zurückgeholt.',
    undone: 'Durch Rückgängig wieder so, wie er vorher war.',
  },
};
