import type { Catalog } from '../catalog';
import type { SERIES_MESSAGES } from '../series-messages';

export const series: Catalog<typeof SERIES_MESSAGES> = {
  errors: {
    notScheduled:
      'Planen Sie diesen Beitrag zuerst ein: Eine Wiederholung zählt ab seinem Datum und seiner Uhrzeit.',
    notOnRule:
      'Das Datum des Beitrags ({{date}}) ist keiner der Tage, auf die die Wiederholung fällt. Wählen Sie einen passenden Tag oder ändern Sie die Wiederholung.',
    notInSeries: 'Dieser Beitrag wiederholt sich nicht.',
    endBeforeStart: 'Die Wiederholung endet vor ihrem ersten Beitrag. Wählen Sie ein späteres Enddatum.',
    published:
      'Dieser Beitrag ist bereits veröffentlicht; eine Wiederholung kann nur bei einem kommenden Beitrag beginnen.',
  },
  activity: {
    started: 'Wiederholt sich ab {{local}} ({{timeZone}}).',
    editedAll: 'Zusammen mit allen kommenden Beiträgen seiner Wiederholung geändert.',
    editedFollowing: 'Zusammen mit den folgenden Beiträgen seiner Wiederholung geändert.',
  },
};
