import type { Catalog } from '../catalog';
import type { postFiles as en } from '../en/post-files';

export const postFiles: Catalog<typeof en> = {
  title: 'Import und Export',
  import: {
    title: 'Beiträge aus einer CSV-Datei importieren',
    columns:
      'Ein Beitrag pro Zeile, mit Spalten für Text, Datum, Uhrzeit, Kanäle (mit Namen, durch Kommas getrennt), Bildpfade und Kampagne. Uhrzeiten gelten in der Zeitzone Ihres Unternehmens.',
    file: 'CSV-Datei',
    mapping: 'Welche Spalte was enthält',
    noColumn: 'Keine Spalte',
    preview: '{{file}}: Uhrzeiten in {{timeZone}}',
    line: 'Zeile',
    when: 'Wann',
    check: 'Prüfung',
    ready: 'Bereit',
    commit_one: '{{count}} Beitrag importieren',
    commit_other: '{{count}} Beiträge importieren',
    done_one: '{{count}} Beitrag importiert. Er steht im Kalender.',
    done_other: '{{count}} Beiträge importiert. Sie stehen im Kalender.',
  },
  field: {
    text: 'Beitragstext',
    date: 'Datum',
    time: 'Uhrzeit',
    channels: 'Kanäle',
    images: 'Bildpfade',
    campaign: 'Kampagne',
  },
  export: {
    title: 'Den Zeitplan als Kalender exportieren',
    hint: 'Speichert Ihre geplanten Beiträge als .ics-Datei, die Sie neben Ihren anderen Kalendern öffnen können.',
    channel: 'Kanal',
    allChannels: 'Alle Kanäle',
    from: 'Ab (leer: jetzt)',
    until: 'Bis (leer: alles Geplante)',
    save: 'Kalenderdatei exportieren',
    done_one: '{{count}} Beitrag in {{file}} gespeichert.',
    done_other: '{{count}} Beiträge in {{file}} gespeichert.',
  },
};
