import type { BACKUP_MESSAGES } from '../backup-messages';
import type { Catalog } from '../catalog';

export const backups: Catalog<typeof BACKUP_MESSAGES> = {
  folder: {
    notAbsolute:
      'Geben Sie den vollständigen Pfad eines Ordners ein, etwa /Users/sie/Dropbox/Cadence oder C:\\Sicherungen.',
    missing: 'Unter {{folder}} gibt es keinen Ordner. Legen Sie ihn zuerst an oder wählen Sie einen anderen.',
    notWritable:
      'Cadence kann in {{folder}} keine Dateien speichern. Wählen Sie einen Ordner, in den Sie schreiben dürfen.',
    isDataFolder: 'Wählen Sie einen anderen Ordner als den, in dem Cadence seine Daten ablegt.',
    noDialog: 'Geben Sie stattdessen den vollständigen Pfad des Ordners ein.',
  },
  write: {
    full: 'Cadence konnte nicht nach {{folder}} sichern: Der Datenträger ist voll. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Ordner.',
    readOnly:
      'Cadence konnte nicht nach {{folder}} sichern: In den Ordner kann nicht geschrieben werden. Wählen Sie unter Einstellungen, Sicherungen einen anderen Ordner.',
    missing:
      'Cadence konnte nicht nach {{folder}} sichern: Der Ordner fehlt (ein Laufwerk, das nicht angeschlossen ist?). Schließen Sie es an oder wählen Sie unter Einstellungen, Sicherungen einen anderen Ordner.',
    other:
      'Cadence konnte nicht nach {{folder}} sichern ({{detail}}). Versuchen Sie es erneut oder wählen Sie einen anderen Ordner.',
    damaged:
      'Cadence hat eine Sicherung erstellt, aber sie hat die Prüfung nicht bestanden und wurde nicht behalten. Versuchen Sie es erneut; scheitert es wieder, sind Ihre Daten vielleicht beschädigt: Behalten Sie die vorhandenen Sicherungen.',
  },
  automaticFailed: 'Cadence konnte die tägliche Sicherung nicht erstellen',
  restore: {
    notFound: 'Diese Sicherung ist nicht mehr im Sicherungsordner. Wählen Sie eine andere.',
    copyFailed:
      'Cadence konnte die Sicherung nicht in seinen Datenordner kopieren ({{detail}}). Es wurde nichts geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.',
    damaged:
      'Diese Sicherung ist beschädigt, deshalb hat Cadence sie nicht wiederhergestellt. Es wurde nichts geändert. Wählen Sie eine andere Sicherung.',
    newer:
      'Diese Sicherung stammt von einer neueren Version von Cadence. Aktualisieren Sie Cadence und stellen Sie sie dann wieder her. Es wurde nichts geändert.',
    safetyCopyFailed:
      'Cadence konnte Ihre aktuellen Daten nicht zuerst sichern und hat daher nichts wiederhergestellt. {{reason}}',
    startFailed:
      'Cadence konnte mit den wiederhergestellten Daten nicht starten und hat Ihre Daten wieder so hergestellt, wie sie waren ({{detail}}). Wählen Sie eine andere Sicherung.',
    busy: 'Cadence stellt gerade schon etwas wieder her oder importiert. Warten Sie, bis es fertig ist.',
  },
  export: {
    failed:
      'Cadence konnte den Export nicht nach {{folder}} schreiben ({{detail}}). Wählen Sie einen anderen Ort und versuchen Sie es erneut.',
  },
  import: {
    hasPosts:
      'Cadence importiert einen Export nur in ein Profil ohne Beiträge, damit nichts vermischt wird oder verloren geht. Öffnen Sie Cadence mit einem neuen Datenordner, um ihn zu importieren, oder stellen Sie stattdessen eine Sicherung wieder her.',
    notAbsolute:
      'Geben Sie den vollständigen Pfad der Exportdatei (eine .zip) ein, etwa /Users/sie/cadence-export.zip.',
    notFound: 'Unter {{file}} gibt es keine Datei.',
    notExport: 'Diese Datei ist kein Export von Cadence. Es wurde nichts geändert.',
    damaged: 'Dieser Export ist beschädigt ({{detail}}). Es wurde nichts geändert.',
    newer:
      'Dieser Export stammt von einer neueren Version von Cadence. Aktualisieren Sie Cadence und importieren Sie ihn dann. Es wurde nichts geändert.',
  },
};
