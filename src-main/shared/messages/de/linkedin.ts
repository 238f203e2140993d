import type { LINKEDIN_MESSAGES } from '../linkedin-messages';
import type { Catalog } from '../catalog';

const RECONNECT = 'Verbinden Sie LinkedIn in den Einstellungen neu.';
const ADD_PRODUCT =
  'Fügen Sie Ihrer LinkedIn-App das Produkt „{{product}}“ hinzu und verbinden Sie LinkedIn dann in den Einstellungen neu.';
const ADD_PAGE_PRODUCT =
  'Fügen Sie Ihrer LinkedIn-App das Produkt „{{product}}“ hinzu (und prüfen Sie, ob Sie Administrator der Seite sind) und verbinden Sie LinkedIn dann in den Einstellungen neu.';
const CHECK_APP =
  'Prüfen Sie sie unter Einstellungen → LinkedIn (von der Auth-Seite Ihrer App unter linkedin.com/developers)';

function lacking(what: string) {
  const refused = `LinkedIn hat ${what} abgelehnt: Der Anmeldung von Cadence fehlt`;
  return {
    scope: `${refused} die Berechtigung {{scope}} (HTTP {{status}}). ${ADD_PRODUCT}`,
    scopeSaying: `${refused} die Berechtigung {{scope}} („{{said}}“). ${ADD_PRODUCT}`,
    pageScope: `${refused} die Berechtigung {{scope}} (HTTP {{status}}). ${ADD_PAGE_PRODUCT}`,
    pageScopeSaying: `${refused} die Berechtigung {{scope}} („{{said}}“). ${ADD_PAGE_PRODUCT}`,
    any: `${refused} eine nötige Berechtigung (HTTP {{status}}). ${RECONNECT}`,
    anySaying: `${refused} eine nötige Berechtigung („{{said}}“). ${RECONNECT}`,
  };
}

export const linkedin: Catalog<typeof LINKEDIN_MESSAGES> = {
  lacks: {
    read: lacking('das Lesen Ihres LinkedIn-Kontos'),
    publish: lacking('den Beitrag'),
    upload: lacking('das Hochladen des Fotos'),
    verify: lacking('das Lesen Ihrer letzten Beiträge'),
  },
  versionRetired:
    'LinkedIn hat die API-Version, die Cadence verwendet ({{version}}), eingestellt. Aktualisieren Sie Cadence.',
  versionRefused:
    'LinkedIn hat die API-Version abgelehnt, die Cadence gesendet hat (HTTP {{status}}). Aktualisieren Sie Cadence.',
  versionRefusedSaying:
    'LinkedIn hat die API-Version abgelehnt, die Cadence gesendet hat („{{said}}“). Aktualisieren Sie Cadence.',
  accessWithdrawn: `Der Zugriff von Cadence auf LinkedIn wurde entzogen (HTTP {{status}}). ${RECONNECT}`,
  accessWithdrawnSaying: `Der Zugriff von Cadence auf LinkedIn wurde entzogen („{{said}}“). ${RECONNECT}`,
  signInEnded: `Die 60-tägige LinkedIn-Anmeldung von Cadence ist abgelaufen (HTTP {{status}}). ${RECONNECT}`,
  signInEndedSaying: `Die 60-tägige LinkedIn-Anmeldung von Cadence ist abgelaufen („{{said}}“). ${RECONNECT}`,
  signInRejected: `LinkedIn nimmt die Anmeldung von Cadence nicht mehr an (HTTP {{status}}). ${RECONNECT}`,
  signInRejectedSaying: `LinkedIn nimmt die Anmeldung von Cadence nicht mehr an („{{said}}“). ${RECONNECT}`,
  postRefused:
    'LinkedIn hat den Beitrag abgelehnt (HTTP {{status}}). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
  postRefusedSaying:
    'LinkedIn hat den Beitrag abgelehnt („{{said}}“). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
  photoRefused:
    'LinkedIn hat ein Foto abgelehnt (HTTP {{status}}). Ändern Sie es und veröffentlichen Sie dann erneut.',
  photoRefusedSaying:
    'LinkedIn hat ein Foto abgelehnt („{{said}}“). Ändern Sie es und veröffentlichen Sie dann erneut.',
  requestRefused: 'LinkedIn hat die Anfrage abgelehnt (HTTP {{status}}).',
  requestRefusedSaying: 'LinkedIn hat die Anfrage abgelehnt („{{said}}“).',
  dailyLimit_one:
    'Das Tageslimit Ihrer App bei LinkedIn ist ausgeschöpft; Cadence versucht es nach Mitternacht UTC erneut, in etwa {{count}} Stunde.',
  dailyLimit_other:
    'Das Tageslimit Ihrer App bei LinkedIn ist ausgeschöpft; Cadence versucht es nach Mitternacht UTC erneut, in etwa {{count}} Stunden.',
  dailyLimitSaying_one:
    'Das Tageslimit Ihrer App bei LinkedIn ist ausgeschöpft („{{said}}“); Cadence versucht es nach Mitternacht UTC erneut, in etwa {{count}} Stunde.',
  dailyLimitSaying_other:
    'Das Tageslimit Ihrer App bei LinkedIn ist ausgeschöpft („{{said}}“); Cadence versucht es nach Mitternacht UTC erneut, in etwa {{count}} Stunden.',
  oddAccountAnswer: 'LinkedIn hat auf die Frage nach Ihrem Konto unerwartet geantwortet.',
  oddPagesAnswer: 'LinkedIn hat auf die Frage nach Ihren Seiten unerwartet geantwortet.',
  connectInSettings:
    'Verbinden Sie LinkedIn in den Einstellungen, indem Sie sich mit Ihrer eigenen LinkedIn-App anmelden.',
  cannotAnswerComments:
    'Cadence kann auf LinkedIn keine Kommentare beantworten. Beantworten Sie diesen direkt auf LinkedIn.',
  unreadableAnswer: 'LinkedIn hat den Beitrag angenommen, aber nicht gesagt, welcher es ist.',
  unknownAuthor: `Cadence weiß nicht, als welches LinkedIn-Konto dieser Kanal postet. ${RECONNECT}`,
  oddUploadAnswer: 'LinkedIn hat auf das Hochladen von „{{file}}“ unerwartet geantwortet.',
  photoUnprocessable:
    'LinkedIn konnte das Foto „{{file}}“ nicht verarbeiten. Verwenden Sie ein anderes Foto (JPEG, PNG oder GIF) und veröffentlichen Sie dann erneut.',
  stillProcessing:
    'LinkedIn verarbeitet das Foto „{{file}}“ noch. Cadence versucht den Beitrag in Kürze erneut.',
  signInEndedOn: `Die 60-tägige LinkedIn-Anmeldung von Cadence ist am {{end, day}} abgelaufen. ${RECONNECT}`,
  cannotRenew:
    'LinkedIn lässt Cadence die Anmeldung für Ihre App nicht erneuern, und sie endet am {{end, day}}. Verbinden Sie LinkedIn vor dem {{end, day}} neu.',
  noAppSecret:
    'Cadence hat Client-ID und Secret Ihrer LinkedIn-App nicht mehr, die es braucht, um angemeldet zu bleiben. Geben Sie sie unter Einstellungen → LinkedIn ein und verbinden Sie LinkedIn dann neu. Verbinden Sie LinkedIn vor dem {{end, day}} neu.',
  needsPkceChallenge: 'LinkedIn braucht für eine App ohne Secret eine PKCE-Challenge.',
  noPageNorMember:
    'LinkedIn hat Cadence angemeldet, aber Sie verwalten keine LinkedIn-Seite, auf der Cadence posten könnte, und Posten in Ihrem Namen wurde nicht erlaubt. Fügen Sie Ihrer App „Share on LinkedIn“ und „Sign In with LinkedIn using OpenID Connect“ hinzu und verbinden Sie dann erneut.',
  missingPermissions:
    'LinkedIn hat Cadence nicht die Berechtigungen gegeben, die es braucht, um in Ihrem Namen zu posten (es fehlt: {{missing}}). Fügen Sie Ihrer LinkedIn-App „Share on LinkedIn“ und „Sign In with LinkedIn using OpenID Connect“ hinzu, verbinden Sie dann erneut und erlauben Sie alles, worum Cadence bittet.',
  oddTestAnswer:
    'LinkedIn hat auf den Test unerwartet geantwortet (HTTP {{status}}). Prüfen Sie Client-ID und Secret und testen Sie dann erneut.',
  notAClientId:
    'Das sieht nicht nach einer LinkedIn-Client-ID aus. Kopieren Sie die Client-ID von der Auth-Seite Ihrer App unter linkedin.com/developers.',
  appNotTaken: `LinkedIn hat Client-ID und Secret Ihrer App nicht angenommen (HTTP {{status}}). ${CHECK_APP} und verbinden Sie dann erneut.`,
  appNotTakenSaying: `LinkedIn hat Client-ID und Secret Ihrer App nicht angenommen („{{said}}“). ${CHECK_APP} und verbinden Sie dann erneut.`,
  appNotTakenRenewing: `LinkedIn hat Client-ID und Secret Ihrer App nicht angenommen (HTTP {{status}}). ${CHECK_APP} und verbinden Sie LinkedIn dann neu.`,
  appNotTakenRenewingSaying: `LinkedIn hat Client-ID und Secret Ihrer App nicht angenommen („{{said}}“). ${CHECK_APP} und verbinden Sie LinkedIn dann neu.`,
  renewalRefused: `LinkedIn hat die Erneuerung der Anmeldung von Cadence abgelehnt (HTTP {{status}}). ${RECONNECT}`,
  renewalRefusedSaying: `LinkedIn hat die Erneuerung der Anmeldung von Cadence abgelehnt („{{said}}“). ${RECONNECT}`,
  signInUnfinished:
    'LinkedIn hat die Anmeldung nicht abgeschlossen (HTTP {{status}}). Verbinden Sie LinkedIn erneut.',
  signInUnfinishedSaying:
    'LinkedIn hat die Anmeldung nicht abgeschlossen („{{said}}“). Verbinden Sie LinkedIn erneut.',
  oddVerifyAnswer:
    'LinkedIn hat auf die Frage nach dem Beitrag unerwartet geantwortet. Cadence prüft es später erneut.',
  cannotTell: {
    pageReadRefused:
      'LinkedIn lässt Cadence die Beiträge der Seite nicht lesen („{{said}}“), daher kann es nicht sagen, ob dieser erschienen ist. Prüfen Sie {{handle}} auf LinkedIn: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    readRefused:
      'LinkedIn lässt Cadence Ihre Beiträge nicht lesen („{{said}}“), daher kann es nicht sagen, ob dieser erschienen ist. Prüfen Sie {{handle}} auf LinkedIn: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    tooManyToCheck:
      'Sie haben auf LinkedIn seit dem ersten Senden dieses Beitrags mehr gepostet, als Cadence durchsehen kann. Prüfen Sie das Profil oder die Seite auf LinkedIn: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
};
