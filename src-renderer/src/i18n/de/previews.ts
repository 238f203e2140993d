import type { Catalog } from '../catalog';
import type { previews as en } from '../en/previews';

export const previews: Catalog<typeof en> = {
  title: 'Vorschau',
  channel: '{{network}} · {{channel}}',
  on: 'Vorschau auf {{name}}',
  overLabel: 'Passt nicht',
  over: {
    characters_one: '{{network}} nimmt {{count}} Zeichen: Der markierte Teil passt nicht.',
    characters_other: '{{network}} nimmt {{count}} Zeichen: Der markierte Teil passt nicht.',
    graphemes_one: '{{network}} nimmt {{count}} Zeichen: Der markierte Teil passt nicht.',
    graphemes_other: '{{network}} nimmt {{count}} Zeichen: Der markierte Teil passt nicht.',
    weighted_one:
      '{{network}} nimmt {{count}} Zeichen (Links und manche Zeichen zählen mehr): Der markierte Teil passt nicht.',
    weighted_other:
      '{{network}} nimmt {{count}} Zeichen (Links und manche Zeichen zählen mehr): Der markierte Teil passt nicht.',
  },
  alt: 'ALT',
  noAlt: 'Kein Alternativtext',
  altNotKept: '{{network}} übernimmt keinen Alternativtext: Sagen Sie das Wichtige im Text selbst.',
  cropped: '{{network}} schneidet Bilder im Feed wie gezeigt zu; das ganze Bild öffnet sich beim Antippen.',
  card: {
    reading: 'Die Seite des Links wird für die Vorschaukarte gelesen…',
    noneYet: 'Für diesen Link gibt es gerade keine Karte. Cadence liest die Seite beim Senden noch einmal.',
    networkReads:
      '{{network}} liest die Seite selbst, wenn der Beitrag ankommt, und zeigt eine eigene Karte.',
    byCadence: 'Cadence sendet diese Karte mit dem Beitrag.',
    byNetwork: '{{network}} erstellt aus der Seite eine eigene Karte; sie kann etwas anders aussehen.',
    picture: 'Bild zu „{{title}}“',
  },
};
