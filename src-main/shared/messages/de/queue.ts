import type { Catalog } from '../catalog';
import type { QUEUE_MESSAGES } from '../queue-messages';

export const queue: Catalog<typeof QUEUE_MESSAGES> = {
  activity: {
    queued: 'Zur Warteschlange hinzugefügt: {{local}} ({{timeZone}}).',
    moved: 'In der Warteschlange verschoben auf {{local}} ({{timeZone}}).',
    recycled: 'Aus einem Dauerbrenner-Beitrag in den Sendeplatz um {{local}} ({{timeZone}}) übernommen.',
  },
  errors: {
    noChannels: 'Wählen Sie mindestens einen Kanal, bevor Sie den Beitrag zur Warteschlange hinzufügen.',
    noSlots:
      '{{channel}} hat noch keine Sendezeiten. Legen Sie in seiner Warteschlange welche an und fügen Sie den Beitrag dann erneut hinzu.',
    noCommonSlot:
      'Die gewählten Kanäle haben in den nächsten acht Wochen keine gemeinsame freie Sendezeit. Legen Sie eine gemeinsame Zeit an oder reihen Sie den Beitrag für jeden Kanal einzeln ein.',
    published: 'Dieser Beitrag ist schon veröffentlicht und kann nicht mehr in die Warteschlange.',
    recycledCopy:
      'Dies ist eine übernommene Kopie eines Dauerbrenner-Beitrags. Markieren Sie stattdessen den ursprünglichen Beitrag als Dauerbrenner.',
    notQueued:
      'Dieser Beitrag steht nicht mehr in der Warteschlange dieses Kanals. Öffnen Sie die Warteschlange neu, um den aktuellen Stand zu sehen.',
  },
};
