import type { SIGN_IN_MESSAGES } from '../sign-in-messages';
import type { Catalog } from '../catalog';

export const signIn: Catalog<typeof SIGN_IN_MESSAGES> = {
  noOwnApp: 'Cadence kann sich bei {{network}} nicht mit Ihrer eigenen App anmelden.',
  cannotConnect: 'Cadence kann sich noch nicht mit {{network}} verbinden.',
  clientIdFirst: 'Geben Sie zuerst die Client-ID Ihrer {{network}}-App ein.',
  clientIdThenSignIn: 'Geben Sie zuerst die Client-ID Ihrer {{network}}-App ein und melden Sie sich dann an.',
  portBusy:
    'Cadence konnte auf diesem Computer nicht an Port {{port}} lauschen, über den {{network}} Sie nach der Anmeldung zurückschickt: Ein anderes Programm nutzt ihn. Schließen Sie dieses Programm und melden Sie sich erneut an.',
  noneInProgress:
    'Es läuft keine Anmeldung in Cadence. Beginnen Sie erneut in den Einstellungen von Cadence.',
  noMastodonInProgress:
    'Es läuft keine Mastodon-Anmeldung in Cadence. Beginnen Sie erneut in den Einstellungen von Cadence.',
  otherSignIn:
    'Diese Adresse gehört zu einer anderen Anmeldung. Fügen Sie die Adresse ein, die der Browser nach der gerade begonnenen Anmeldung zeigt.',
  noCode:
    'Diese Adresse enthält keinen Anmeldecode. Nachdem Sie Cadence auf {{network}} erlaubt haben, kopieren Sie die ganze Adresse aus der Adresszeile.',
  notAnAddress:
    'Das ist keine Webadresse. Kopieren Sie die ganze Adresse aus der Adresszeile des Browsers und fügen Sie sie hier ein.',
  wrongAddress:
    'Das ist nicht die Adresse, zu der {{network}} Sie zurückschickt (sie beginnt mit {{start}}). Nachdem Sie Cadence erlaubt haben, kopieren Sie die Adresse, bei der der Browser stehen bleibt.',
  unknownAccount: 'Eines dieser Konten gehört nicht zu dieser Anmeldung. Wählen Sie erneut.',
  timedOut:
    'Die Anmeldung bei {{network}} wurde nicht innerhalb von 10 Minuten abgeschlossen. Beginnen Sie erneut in den Einstellungen von Cadence.',
  ended: 'Diese Anmeldung ist bereits beendet. Beginnen Sie erneut in den Einstellungen von Cadence.',
  startAgain: 'Beginnen Sie erneut in den Einstellungen von Cadence.',
  notThisSignIn:
    'Diese Seite wurde nicht von der Anmeldung geöffnet, die Cadence begonnen hat. Beginnen Sie erneut in den Einstellungen von Cadence.',
  tookOver: 'Eine neuere Anmeldung hat übernommen. Beginnen Sie erneut in den Einstellungen von Cadence.',
  stopped: 'Sie haben die Anmeldung abgebrochen. Beginnen Sie erneut in den Einstellungen von Cadence.',
  closed:
    'Cadence wurde beendet, bevor die Anmeldung abgeschlossen war. Beginnen Sie erneut in den Einstellungen von Cadence.',
  notAllowed:
    'Sie haben Cadence auf {{network}} nicht zugelassen, daher ist es nicht verbunden. Beginnen Sie erneut in den Einstellungen von Cadence.',
  refused:
    '{{network}} hat Cadence nicht angemeldet („{{said}}“). Beginnen Sie erneut in den Einstellungen von Cadence.',
  couldNotFinish:
    'Cadence konnte die Anmeldung bei {{network}} nicht abschließen. Beginnen Sie erneut in den Einstellungen von Cadence.',
  connected: 'Cadence ist mit {{network}} verbunden. Sie können diesen Tab schließen.',
  chooseAccounts:
    '{{network}} hat Cadence angemeldet. Wählen Sie in Cadence, welche Konten verbunden werden sollen.',
  memberOnly:
    'Ihre LinkedIn-App darf nicht für Unternehmensseiten posten (dafür braucht sie das Produkt „Community Management API“), daher verbindet Cadence nur Sie persönlich.',
  nothingHere: 'Hier ist nichts. Kehren Sie zu Cadence zurück.',
  pageFailed: 'Cadence konnte die Anmeldung nicht abschließen. Beginnen Sie erneut in Cadence.',
  continue: 'Weiter',
};
