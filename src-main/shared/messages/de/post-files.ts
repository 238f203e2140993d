import type { POST_FILE_MESSAGES } from '../post-file-messages';
import type { Catalog } from '../catalog';

export const postFiles: Catalog<typeof POST_FILE_MESSAGES> = {
  file: {
    noRows: 'Die Datei hat eine Kopfzeile, aber keine Beiträge darunter.',
    noTextColumn: 'Keine Spalte enthält den Beitragstext. Wählen Sie sie unter „Spalten“.',
    noDateColumn: 'Keine Spalte enthält das Datum. Wählen Sie sie unter „Spalten“.',
    tooManyRows:
      'Die Datei enthält {{count}} Beiträge; Cadence importiert höchstens {{max}} auf einmal. Teilen Sie die Datei auf.',
    nothingToImport:
      'Noch keine Zeile kann importiert werden. Beheben Sie die markierten Zeilen und importieren Sie dann erneut.',
  },
  row: {
    noText: 'Die Zeile hat weder Text noch Bild.',
    badDate: '„{{value}}“ ist kein Datum, das Cadence lesen kann (schreiben Sie es als 2026-12-24).',
    badTime: '„{{value}}“ ist keine Uhrzeit, die Cadence lesen kann (schreiben Sie sie als 09:30).',
    noTime: 'Die Zeile hat keine Uhrzeit.',
    timeInGap:
      '{{local}} gibt es in {{timeZone}} nicht (Beginn der Sommerzeit). Wählen Sie stattdessen {{earlier}} oder {{later}}.',
    timeRepeated:
      '{{local}} gibt es in {{timeZone}} zweimal (Ende der Sommerzeit). Schreiben Sie eine Stunde früher oder später.',
    past: '{{local}} ist schon vorbei.',
    noChannel: 'Die Zeile nennt keinen Kanal.',
    unknownChannel:
      'Es gibt keinen Kanal namens „{{name}}“. Fügen Sie ihn unter Kanäle hinzu oder schreiben Sie den Namen so, wie Cadence ihn zeigt.',
    unknownCampaign: 'Es gibt keine Kampagne namens „{{name}}“.',
    imageNotAbsolute: 'Schreiben Sie den vollständigen Pfad des Bildes „{{path}}“ (ab dem Laufwerk oder /).',
    imageMissing: 'Unter „{{path}}“ gibt es kein Bild.',
    tooManyImages: 'Ein Beitrag nimmt höchstens {{max}} Bilder.',
    duplicateInFile: 'Derselbe Text, dieselbe Zeit und derselbe Kanal wie in Zeile {{line}} dieser Datei.',
    duplicateExisting:
      'Ein Beitrag mit demselben Text, derselben Zeit und demselben Kanal ist schon geplant.',
  },
  icsFailed: 'Cadence konnte die Kalenderdatei nicht schreiben: {{detail}}',
};
