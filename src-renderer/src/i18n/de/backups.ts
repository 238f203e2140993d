import type { Catalog } from '../catalog';
import type { backups as english } from '../en/backups';

export const backups: Catalog<typeof english> = {
  title: 'Sicherungen',
  intro:
    'Cadence sichert Ihre Beiträge, Bilder und Einstellungen jeden Tag und behält die der letzten 7 Tage und der 4 Wochen davor.',
  next: 'Nächste Sicherung: {{time}}.',
  backUpNow: 'Jetzt sichern',
  backingUp: 'Wird gesichert …',
  backedUp_one: '{{count}} Beitrag gesichert.',
  backedUp_other: '{{count}} Beiträge gesichert.',
  list: 'Ihre Sicherungen',
  none: 'Noch keine Sicherungen.',
  kind: {
    backup: 'Sicherung',
    'before-restore': 'Vor einer Wiederherstellung gespeichert',
  },
  posts_one: '{{count}} Beitrag',
  posts_other: '{{count}} Beiträge',
  unchecked: 'Nicht von Cadence geprüft',
  restore: 'Wiederherstellen',
  restoreLabel: 'Sicherung vom {{date}} wiederherstellen',
  restoreTitle: 'Sicherung vom {{date}} wiederherstellen?',
  restoreMessage:
    'Cadence speichert zuerst Ihre Daten, wie sie jetzt sind (danach aufgeführt als „Vor einer Wiederherstellung gespeichert“), stellt dann die Beiträge, Bilder und Einstellungen dieser Sicherung wieder her und startet neu.',
  restoring: 'Wird wiederhergestellt …',
  restored:
    'Die Sicherung vom {{date}} wurde wiederhergestellt. Ihre Daten von davor sind als „Vor einer Wiederherstellung gespeichert“ aufgeführt.',
  folder: {
    title: 'Sicherungsordner',
    current: 'Sicherungen werden hier abgelegt: {{folder}}',
    hint: 'Wählen Sie einen synchronisierten Ordner (Dropbox, iCloud Drive, OneDrive) oder ein externes Laufwerk, damit eine Kopie außerhalb dieses Computers liegt.',
    choose: 'Ordner wählen …',
    path: 'Ordner für Sicherungen',
    pathHint:
      'Geben Sie den vollständigen Pfad eines vorhandenen Ordners ein, etwa /Users/sie/Dropbox/Cadence.',
    use: 'Diesen Ordner verwenden',
    useDefault: 'Datenordner von Cadence verwenden',
    saved: 'Sicherungen werden jetzt hier abgelegt: {{folder}}.',
  },
  transfer: {
    title: 'Export und Import',
    intro:
      'Ein Export ist eine ZIP-Datei mit allem, lesbar auch ohne Cadence: Eine README-Datei darin erklärt den Aufbau. Anmeldungen bleiben auf diesem Computer.',
    export: 'Alles exportieren',
    exporting: 'Wird exportiert …',
    exported: '{{posts}} Beiträge und {{images}} Bilder exportiert nach {{file}} ({{size}}).',
    file: 'Zu importierende Exportdatei',
    fileHint: 'Der vollständige Pfad eines Exports von Cadence (.zip).',
    import: 'Export importieren',
    importing: 'Wird importiert …',
    importHint:
      'Cadence importiert in ein Profil, das noch keine Beiträge hat. Verbinden Sie danach Ihre Kanäle neu.',
    imported:
      '{{posts}} Beiträge, {{images}} Bilder und {{channels}} Kanäle importiert. Verbinden Sie Ihre Kanäle unter Einstellungen neu.',
  },
};
