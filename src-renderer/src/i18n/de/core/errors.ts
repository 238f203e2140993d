import type { ERROR_MESSAGES } from '@shared/messages/error-messages';
import type { Catalog } from '../../catalog';

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
  },
  media: {
    empty: '„{{file}}“ ist leer.',
    tooLarge: '„{{file}}“ ist größer als 20 MB. Wählen Sie ein kleineres Bild.',
    invalid:
      '„{{file}}“ ist kein gültiges PNG-, JPEG-, GIF- oder WebP-Bild. Exportieren Sie es erneut und versuchen Sie es noch einmal.',
    tooMany: 'Ein Beitrag trägt höchstens {{count}} Bilder.',
    gone: 'Dieses Bild ist nicht mehr angehängt.',
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
