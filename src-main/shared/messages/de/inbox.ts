import type { INBOX_MESSAGES } from '../inbox-messages';
import type { Catalog } from '../catalog';

export const inbox: Catalog<typeof INBOX_MESSAGES> = {
  itemGone: 'Diesen Eintrag im Posteingang gibt es nicht mehr.',
  pageInvalid: 'Diese Seite des Posteingangs ist nicht gültig.',
  savedReplyGone: 'Diese gespeicherte Antwort gibt es nicht mehr.',
  reply: {
    channelRemoved:
      'Der Kanal, an den dies ging, wurde entfernt, daher kann Cadence nicht von dort antworten. Antworten Sie direkt auf {{network}}.',
    sameChannel: 'Eine Antwort geht von dem Kanal aus, an den die Nachricht ging ({{channel}}).',
    notConnected:
      '„{{channel}}“ ist nicht verbunden. Verbinden Sie {{network}} in den Einstellungen erneut, um aus Cadence zu antworten.',
  },
};
