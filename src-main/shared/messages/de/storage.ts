import type { STORAGE_MESSAGES } from '../storage-messages';
import type { Catalog } from '../catalog';

export const storage: Catalog<typeof STORAGE_MESSAGES> = {
  unknown: 'Cadence kann gerade nicht speichern. Bitte versuchen Sie es erneut.',
  full: 'Cadence kann nicht speichern: Der Datenträger ist voll. Geben Sie Speicherplatz frei; Cadence versucht es erneut.',
  'read-only':
    'Cadence kann nicht speichern: Der Datenordner ist schreibgeschützt. Machen Sie den Ordner wieder beschreibbar; Cadence versucht es erneut.',
  io: 'Cadence kann nicht speichern: Der Datenträger hat einen Fehler gemeldet. Prüfen Sie, ob das Laufwerk mit den Daten von Cadence angeschlossen ist; Cadence versucht es erneut.',
  damaged:
    'Cadence kann nicht speichern: Die Datenbankdatei ist beschädigt. Beenden Sie Cadence und stellen Sie cadence.db aus einer Sicherung des Datenordners wieder her.',
  keys: {
    damaged:
      'Die gespeicherten Kontoschlüssel von Cadence ({{file}}) sind beschädigt. Verbinden Sie Ihre Konten erneut, um sie neu zu speichern.',
    locked:
      'Cadence konnte einen gespeicherten Kontoschlüssel mit dem Schlüsselbund dieses Computers nicht entsperren. Verbinden Sie das Konto erneut.',
    noKeychain:
      'Cadence kann Kontoschlüssel auf diesem Computer nicht sicher aufbewahren, weil der Schlüsselbund des Systems nicht verfügbar ist. Es wurde nichts gespeichert. Entsperren oder richten Sie den Schlüsselbund ein (unter Linux: GNOME Keyring oder KWallet) und versuchen Sie es erneut.',
  },
};
