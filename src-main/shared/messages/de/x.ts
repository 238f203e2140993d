import type { X_MESSAGES } from '../x-messages';
import type { Catalog } from '../catalog';

const TIER_FIX =
  'Prüfen Sie unter developer.x.com, ob Ihre App in einem Projekt mit API-Zugang liegt, oder ändern Sie ihren Tarif.';
const PERMISSION_FIX =
  'Stellen Sie unter developer.x.com die Berechtigungen Ihrer App auf „Read and write“ und verbinden Sie X dann in den Einstellungen neu.';
const CAP_FIX =
  'Warten Sie, bis das Kontingent zurückgesetzt wird (oder ändern Sie den Tarif unter developer.x.com), und veröffentlichen Sie dann erneut.';
const CHECK_APP = 'Prüfen Sie sie unter Einstellungen → X (aus „Keys and tokens“ unter developer.x.com)';

export const x: Catalog<typeof X_MESSAGES> = {
  tierForbids: {
    read: `Ihr X-API-Tarif erlaubt nicht, Ihr X-Konto zu lesen (HTTP {{status}}). ${TIER_FIX}`,
    readSaying: `Ihr X-API-Tarif erlaubt nicht, Ihr X-Konto zu lesen („{{said}}“). ${TIER_FIX}`,
    publish: `Ihr X-API-Tarif erlaubt nicht, über Ihre App zu posten (HTTP {{status}}). ${TIER_FIX}`,
    publishSaying: `Ihr X-API-Tarif erlaubt nicht, über Ihre App zu posten („{{said}}“). ${TIER_FIX}`,
    upload: `Ihr X-API-Tarif erlaubt nicht, Fotos über Ihre App hochzuladen (HTTP {{status}}). ${TIER_FIX}`,
    uploadSaying: `Ihr X-API-Tarif erlaubt nicht, Fotos über Ihre App hochzuladen („{{said}}“). ${TIER_FIX}`,
    verify: `Ihr X-API-Tarif erlaubt nicht, Ihre letzten Beiträge zu lesen (HTTP {{status}}). ${TIER_FIX}`,
    verifySaying: `Ihr X-API-Tarif erlaubt nicht, Ihre letzten Beiträge zu lesen („{{said}}“). ${TIER_FIX}`,
  },
  lacksPermission: {
    read: `X hat das Lesen Ihres X-Kontos abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung. ${PERMISSION_FIX}`,
    publish: `X hat das Posten über Ihre App abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung. ${PERMISSION_FIX}`,
    upload: `X hat das Hochladen von Fotos über Ihre App abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung. ${PERMISSION_FIX}`,
    verify: `X hat das Lesen Ihrer letzten Beiträge abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung. ${PERMISSION_FIX}`,
  },
  dayLimit: {
    account_one: 'X lässt Ihr Konto {{count}}-mal in 24 Stunden posten, und das ist ausgeschöpft;',
    account_other: 'X lässt Ihr Konto {{count}}-mal in 24 Stunden posten, und das ist ausgeschöpft;',
    accountUncounted: 'X lässt Ihr Konto nur begrenzt oft in 24 Stunden posten, und das ist ausgeschöpft;',
    app_one: 'X lässt Ihre App {{count}}-mal in 24 Stunden posten, und das ist ausgeschöpft;',
    app_other: 'X lässt Ihre App {{count}}-mal in 24 Stunden posten, und das ist ausgeschöpft;',
    appUncounted: 'X lässt Ihre App nur begrenzt oft in 24 Stunden posten, und das ist ausgeschöpft;',
    tryAgainLater: 'Cadence versucht es später erneut.',
    tryAgainMinutes_one: 'Cadence versucht es in {{count}} Minute erneut.',
    tryAgainMinutes_other: 'Cadence versucht es in {{count}} Minuten erneut.',
    tryAgainHours: 'Cadence versucht es in etwa {{count}} Stunden erneut.',
  },
  signInNotTaken:
    'X hat die gerade erteilte Anmeldung nicht angenommen (HTTP {{status}}). Verbinden Sie X erneut.',
  signInNotTakenSaying:
    'X hat die gerade erteilte Anmeldung nicht angenommen („{{said}}“). Verbinden Sie X erneut.',
  signInRejected:
    'X nimmt die Anmeldung von Cadence nicht mehr an. Verbinden Sie X in den Einstellungen neu.',
  postRefused:
    'X hat den Beitrag abgelehnt (HTTP {{status}}). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
  postRefusedSaying:
    'X hat den Beitrag abgelehnt („{{said}}“). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
  uploadRefused:
    'X hat den Beitrag abgelehnt (HTTP {{status}}). Ändern Sie ihn und veröffentlichen Sie dann erneut.',
  uploadRefusedSaying:
    'X hat den Beitrag abgelehnt („{{said}}“). Ändern Sie ihn und veröffentlichen Sie dann erneut.',
  photoRefused:
    'X hat das Foto „{{file}}“ abgelehnt (HTTP {{status}}). Ändern Sie es und veröffentlichen Sie dann erneut.',
  photoRefusedSaying:
    'X hat das Foto „{{file}}“ abgelehnt („{{said}}“). Ändern Sie es und veröffentlichen Sie dann erneut.',
  descriptionRefused:
    'X hat die Beschreibung von „{{file}}“ abgelehnt (HTTP {{status}}). Ändern Sie sie und veröffentlichen Sie dann erneut.',
  descriptionRefusedSaying:
    'X hat die Beschreibung von „{{file}}“ abgelehnt („{{said}}“). Ändern Sie sie und veröffentlichen Sie dann erneut.',
  requestRefused: 'X hat die Anfrage abgelehnt (HTTP {{status}}).',
  requestRefusedSaying: 'X hat die Anfrage abgelehnt („{{said}}“).',
  dailyCapUsed: `Das Tageskontingent Ihres X-API-Tarifs ist ausgeschöpft („{{said}}“), daher nimmt X bis zum Zurücksetzen keine Beiträge Ihrer App mehr an. ${CAP_FIX}`,
  monthlyCapUsed: `Das Monatskontingent Ihres X-API-Tarifs ist ausgeschöpft („{{said}}“), daher nimmt X bis zum Zurücksetzen keine Beiträge Ihrer App mehr an. ${CAP_FIX}`,
  connectInSettings: 'Verbinden Sie X in den Einstellungen, indem Sie sich mit Ihrer eigenen X-App anmelden.',
  unreadableAnswer: 'X hat den Beitrag angenommen, aber seine Antwort war nicht lesbar.',
  photoUnprocessable:
    'X konnte das Foto „{{file}}“ nicht verarbeiten. Verwenden Sie ein anderes Foto und veröffentlichen Sie dann erneut.',
  stillProcessing: 'X verarbeitet das Foto „{{file}}“ noch. Cadence versucht den Beitrag in Kürze erneut.',
  oddUploadAnswer: 'X hat auf das Hochladen von „{{file}}“ unerwartet geantwortet.',
  noClientId:
    'Cadence hat die Client-ID Ihrer X-App nicht mehr, die es braucht, um angemeldet zu bleiben. Geben Sie sie unter Einstellungen → X ein und verbinden Sie X dann neu.',
  keychainRefused:
    'Cadence konnte die erneuerte X-Anmeldung nicht im Schlüsselbund speichern ({{said}}). Cadence versucht es erneut.',
  renewalUnanswered: 'Das geschah beim Erneuern der X-Anmeldung; Cadence versucht es erneut.',
  renewalUnansweredSaying:
    'X hat beim Erneuern der Anmeldung nicht geantwortet ({{said}}); Cadence versucht es erneut.',
  needsPkceChallenge: 'X braucht zum Anmelden eine PKCE-Challenge.',
  needsPkceVerifier: 'X braucht den PKCE-Verifier, um die Anmeldung abzuschließen.',
  missingPermissions:
    'X hat Cadence nicht alle nötigen Berechtigungen gegeben (es fehlt: {{missing}}). Verbinden Sie X erneut und erlauben Sie alles, worum Cadence bittet.',
  oddTestAnswer:
    'X hat auf den Test unerwartet geantwortet („{{said}}“). Prüfen Sie Client-ID und Secret und testen Sie dann erneut.',
  oddAccountAnswer: 'X hat auf die Frage nach Ihrem Konto unerwartet geantwortet.',
  notAClientId:
    'Das sieht nicht nach einer X-Client-ID aus. Kopieren Sie die OAuth-2.0-Client-ID aus „Keys and tokens“ unter developer.x.com (nicht den API Key).',
  noOfflineAccess:
    'X hat Cadence nur für zwei Stunden angemeldet: offline.access wurde nicht gewährt. Verbinden Sie X erneut und erlauben Sie alle Berechtigungen, um die Cadence bittet.',
  appNotTaken: `X hat Client-ID und Secret Ihrer App nicht angenommen (HTTP {{status}}). ${CHECK_APP} und verbinden Sie dann erneut.`,
  appNotTakenSaying: `X hat Client-ID und Secret Ihrer App nicht angenommen („{{said}}“). ${CHECK_APP} und verbinden Sie dann erneut.`,
  appNotTakenRenewing: `X hat Client-ID und Secret Ihrer App nicht angenommen (HTTP {{status}}). ${CHECK_APP} und verbinden Sie X dann neu.`,
  appNotTakenRenewingSaying: `X hat Client-ID und Secret Ihrer App nicht angenommen („{{said}}“). ${CHECK_APP} und verbinden Sie X dann neu.`,
  renewalRefused:
    'X hat die Anmeldung von Cadence beendet: Es hat die Erneuerung abgelehnt (HTTP {{status}}). Verbinden Sie X in den Einstellungen neu.',
  renewalRefusedSaying:
    'X hat die Anmeldung von Cadence beendet: Es hat die Erneuerung abgelehnt („{{said}}“). Verbinden Sie X in den Einstellungen neu.',
  signInUnfinished: 'X hat die Anmeldung nicht abgeschlossen (HTTP {{status}}). Verbinden Sie X erneut.',
  signInUnfinishedSaying: 'X hat die Anmeldung nicht abgeschlossen („{{said}}“). Verbinden Sie X erneut.',
  oddVerifyAnswer:
    'X hat auf die Frage nach dem Beitrag unerwartet geantwortet. Cadence prüft es später erneut.',
  cannotTell: {
    tierForbids:
      'Ihr X-API-Tarif lässt Cadence Ihre Beiträge nicht lesen, daher kann es nicht sagen, ob dieser {{handle}} erreicht hat. Prüfen Sie {{handle}} auf X: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    readRefused:
      'X hat Cadence Ihre Beiträge nicht lesen lassen („{{said}}“), daher kann es nicht sagen, ob dieser {{handle}} erreicht hat. Prüfen Sie {{handle}} auf X: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    tooManyToCheck:
      'Sie haben auf X seit dem ersten Senden dieses Beitrags mehr gepostet, als Cadence durchsehen kann. Prüfen Sie {{handle}} auf X: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
};
