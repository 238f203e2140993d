import type { ERROR_MESSAGES } from '../error-messages';
import type { Catalog } from '../catalog';

export const errors: Catalog<typeof ERROR_MESSAGES> = {
  internal: 'In Cadence ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
  unknownRequest: 'Cadence kennt diese Anfrage nicht.',
  post: {
    gone: 'Diesen Beitrag gibt es nicht mehr. Vielleicht wurde er gelöscht.',
    goneShort: 'Diesen Beitrag gibt es nicht mehr.',
    published: 'Dieser Beitrag ist bereits veröffentlicht.',
    publishedDuplicate:
      'Dieser Beitrag ist bereits veröffentlicht. Duplizieren Sie ihn, um eine neue Fassung zu veröffentlichen.',
    publishedImages: 'Dieser Beitrag ist bereits veröffentlicht, seine Bilder lassen sich nicht mehr ändern.',
    publishedMove: 'Dieser Beitrag ist bereits veröffentlicht und kann nicht verschoben werden.',
    channelToSchedule: 'Wählen Sie mindestens einen Kanal, bevor Sie diesen Beitrag einplanen.',
    channelToPublish: 'Wählen Sie mindestens einen Kanal, bevor Sie diesen Beitrag veröffentlichen.',
    stillFindingOut:
      'Cadence klärt noch, ob dieser Beitrag erschienen ist. Warten Sie das ab oder beantworten Sie die Frage am Beitrag, bevor Sie ihn verschieben.',
    timePassed:
      'Dieser Zeitpunkt ist schon vorbei. Wählen Sie eine Zeit in der Zukunft oder „Jetzt veröffentlichen“.',
    tooEarly:
      '{{local}} ist zu früh: Cadence zählt die Zeit ab dem 1. Januar {{year}} (UTC). Wählen Sie einen späteren Tag.',
    notRealDate: '{{local}} ist kein gültiges Datum. Wählen Sie einen anderen Tag.',
    noDecision: 'Für diesen Beitrag ist keine Entscheidung mehr nötig.',
    beingSent: 'Dieser Beitrag wird gerade gesendet. Versuchen Sie es gleich noch einmal.',
    notToChannel: 'Dieser Beitrag geht nicht an diesen Kanal.',
    notCampaign: 'Dieser Beitrag gehört zu keiner Kampagne, seine Links werden unverändert gesendet.',
    outcomeUnknown:
      'Cadence weiß noch nicht, ob dieser Beitrag erschienen ist. Geben Sie an, ob er veröffentlicht wurde, oder senden Sie ihn erneut.',
    sendingNow: 'Dieser Beitrag wird gerade gesendet.',
    nothingToSend: {
      scheduling: 'Schreiben Sie etwas oder hängen Sie ein Bild an, bevor Sie einplanen.',
      publishing: 'Schreiben Sie etwas oder hängen Sie ein Bild an, bevor Sie veröffentlichen.',
    },
    timeSkipped: 'Diese Uhrzeit fällt bei der Zeitumstellung aus. Wählen Sie {{first}} oder {{second}}.',
    timeTwice:
      'Diese Uhrzeit gibt es bei der Zeitumstellung zweimal. Wählen Sie die erste ({{first}}) oder die zweite ({{second}}).',
  },
  inProgress: {
    checkingPost: {
      moveToDrafts:
        'Cadence prüft noch, ob dieser Beitrag erschienen ist (die Zustellung zeigt, wann). Verschieben Sie ihn in die Entwürfe, sobald das geklärt ist.',
      delete:
        'Cadence prüft noch, ob dieser Beitrag erschienen ist (die Zustellung zeigt, wann). Löschen Sie ihn, sobald das geklärt ist.',
    },
    sendingTo: {
      takeOff:
        'Dieser Beitrag wird gerade an {{channel}} gesendet. Nehmen Sie {{channel}} heraus, sobald das erledigt ist.',
      removeChannel:
        'Gerade wird ein Beitrag an {{channel}} gesendet. Entfernen Sie den Kanal, sobald das erledigt ist.',
      forgetApp:
        'Gerade wird ein Beitrag an {{channel}} gesendet. Vergessen Sie die App, sobald das erledigt ist.',
    },
    checkingOn: {
      takeOff:
        'Cadence prüft noch, ob dieser Beitrag auf {{channel}} erschienen ist. Nehmen Sie {{channel}} heraus, sobald das geklärt ist.',
      removeChannel:
        'Cadence prüft noch, ob ein Beitrag auf {{channel}} erschienen ist. Entfernen Sie den Kanal, sobald das geklärt ist.',
      forgetApp:
        'Cadence prüft noch, ob ein Beitrag auf {{channel}} erschienen ist. Vergessen Sie die App, sobald das geklärt ist.',
    },
  },
  media: {
    empty: '„{{file}}“ ist leer.',
    tooLarge: '„{{file}}“ ist größer als 20 MB. Wählen Sie eine kleinere Datei.',
    invalid:
      '„{{file}}“ ist kein gültiges PNG-, JPEG-, GIF- oder WebP-Bild und kein MP4-Video. Exportieren Sie es erneut und versuchen Sie es noch einmal.',
    tooMany: 'Ein Beitrag trägt höchstens {{count}} Bilder.',
    gone: 'Dieses Bild ist nicht mehr angehängt.',
    tooManyPixels:
      '„{{file}}“ hat {{width}} × {{height}} Pixel; Cadence nimmt Bilder bis {{megapixels}} Megapixel. Verkleinern Sie es und hängen Sie es erneut an.',
    unreadable:
      'Dieses Bild ließ sich nicht lesen: „{{file}}“ ({{reason}}). Speichern Sie es erneut als PNG oder JPEG und hängen Sie es erneut an.',
  },
  channel: {
    gone: 'Diesen Kanal gibt es nicht mehr.',
    chosenGone: 'Einen der gewählten Kanäle gibt es nicht mehr. Wählen Sie die Kanäle erneut.',
  },
  campaign: {
    gone: 'Diese Kampagne gibt es nicht mehr. Vielleicht wurde sie gelöscht.',
    goneShort: 'Diese Kampagne gibt es nicht mehr.',
    spendGone: 'Diesen Ausgabeneintrag gibt es nicht mehr.',
    name: 'Geben Sie der Kampagne einen Namen mit Buchstaben oder Ziffern, oder wählen Sie ein Kürzel.',
    dates: 'Die Kampagne muss am oder nach ihrem ersten Tag enden.',
    currency: 'Geben Sie an, in welcher Währung das Budget ist.',
    postOut:
      'Dieser Beitrag ist bereits mit seinen damaligen Links erschienen (oder wird gerade gesendet). Duplizieren Sie ihn, um ihn in einer anderen Kampagne zu verwenden.',
    slugTaken: 'Die Kampagne „{{name}}“ verwendet bereits das Kürzel {{slug}}. Wählen Sie ein anderes.',
    slugInUse:
      'Beiträge dieser Kampagne sind bereits mit utm_campaign={{slug}} erschienen. Behalten Sie das Kürzel, sonst passen diese Besuche nicht mehr zur Kampagne.',
  },
};
