import type { FACEBOOK_MESSAGES, INSTAGRAM_MESSAGES, META_GRAPH_MESSAGES } from '../meta-messages';
import type { Catalog } from '../catalog';

const RECONNECT_FACEBOOK = 'Verbinden Sie Facebook in den Einstellungen neu.';
const RECONNECT_INSTAGRAM =
  'Verbinden Sie Instagram in den Einstellungen neu (die Anmeldung läuft über Facebook).';

export const metaGraph: Catalog<typeof META_GRAPH_MESSAGES> = {
  renewalFacebook: {
    appGone:
      'Cadence hat die App ID und das Secret Ihrer Meta-App nicht mehr, die es zum Verlängern der Anmeldung braucht. Tragen Sie sie in den Einstellungen ein und verbinden Sie Facebook dann in den Einstellungen neu.',
    signInEnded: `Die Facebook-Anmeldung von Cadence ist abgelaufen. ${RECONNECT_FACEBOOK}`,
    pageNotAllowed: `Facebook lässt Cadence nicht mehr für diese Seite handeln: Vielleicht verwalten Sie sie nicht mehr, oder sie war bei der Anmeldung nicht angehakt. ${RECONNECT_FACEBOOK}`,
    refused: `Facebook hat die Verlängerung der Anmeldung von Cadence abgelehnt („{{said}}“). ${RECONNECT_FACEBOOK}`,
  },
  renewalInstagram: {
    appGone:
      'Cadence hat die App ID und das Secret Ihrer Meta-App nicht mehr, die es zum Verlängern der Anmeldung braucht. Tragen Sie sie in den Einstellungen ein und verbinden Sie Instagram dann in den Einstellungen neu (die Anmeldung läuft über Facebook).',
    signInEnded: `Die Facebook-Anmeldung von Cadence ist abgelaufen. ${RECONNECT_INSTAGRAM}`,
    pageNotAllowed: `Facebook lässt Cadence nicht mehr für diese Seite handeln: Vielleicht verwalten Sie sie nicht mehr, oder sie war bei der Anmeldung nicht angehakt. ${RECONNECT_INSTAGRAM}`,
    refused: `Facebook hat die Verlängerung der Anmeldung von Cadence abgelehnt („{{said}}“). ${RECONNECT_INSTAGRAM}`,
  },
  renewalLost: 'Cadence war dabei, seine Anmeldung bei Facebook zu verlängern, und versucht es erneut.',
  policy: {
    post: 'Meta hat dies aus Richtliniengründen blockiert: „{{said}}“. Prüfen Sie den Beitrag anhand der Gemeinschaftsstandards von Meta und bearbeiten Sie ihn, oder warten Sie, bevor Sie es erneut versuchen.',
    reply:
      'Meta hat dies aus Richtliniengründen blockiert: „{{said}}“. Prüfen Sie die Antwort anhand der Gemeinschaftsstandards von Meta und bearbeiten Sie sie, oder warten Sie, bevor Sie es erneut versuchen.',
    photos:
      'Meta hat dies aus Richtliniengründen blockiert: „{{said}}“. Prüfen Sie die Fotos anhand der Gemeinschaftsstandards von Meta und bearbeiten Sie sie, oder warten Sie, bevor Sie es erneut versuchen.',
    photo:
      'Meta hat dies aus Richtliniengründen blockiert: „{{said}}“. Prüfen Sie das Foto „{{file}}“ anhand der Gemeinschaftsstandards von Meta und bearbeiten Sie es, oder warten Sie, bevor Sie es erneut versuchen.',
  },
  refused: {
    post: '{{network}} hat den Beitrag abgelehnt („{{said}}“). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
    reply:
      '{{network}} hat die Antwort abgelehnt („{{said}}“). Bearbeiten Sie sie entsprechend und veröffentlichen Sie dann erneut.',
    photos:
      '{{network}} hat die Fotos abgelehnt („{{said}}“). Bearbeiten Sie sie entsprechend und veröffentlichen Sie dann erneut.',
    photo:
      '{{network}} hat das Foto „{{file}}“ abgelehnt („{{said}}“). Bearbeiten Sie es entsprechend und veröffentlichen Sie dann erneut.',
  },
  gone: {
    comment:
      '{{network}} meldet, dass der Kommentar nicht existiert oder Cadence ihn nicht erreichen darf („{{said}}“). Prüfen Sie, ob Sie die Seite noch verwalten, und verbinden Sie {{network}} dann in den Einstellungen neu.',
    account:
      '{{network}} meldet, dass die Seite oder das Konto nicht existiert oder Cadence es nicht erreichen darf („{{said}}“). Prüfen Sie, ob Sie die Seite noch verwalten, und verbinden Sie {{network}} dann in den Einstellungen neu.',
    instagramComment:
      'Instagram meldet, dass der Kommentar nicht existiert oder Cadence ihn nicht erreichen darf („{{said}}“). Prüfen Sie, ob Sie die Seite noch verwalten und das Instagram-Konto noch mit ihr verknüpft ist, und verbinden Sie Instagram dann in den Einstellungen neu.',
    instagramAccount:
      'Instagram meldet, dass die Seite oder das Konto nicht existiert oder Cadence es nicht erreichen darf („{{said}}“). Prüfen Sie, ob Sie die Seite noch verwalten und das Instagram-Konto noch mit ihr verknüpft ist, und verbinden Sie Instagram dann in den Einstellungen neu.',
  },
  oddAnswer: '{{network}} hat auf eine Weise geantwortet, die Cadence nicht erwartet hat.',
  oddAnswerAfterWrite:
    '{{network}} hat die Anfrage angenommen, dann aber auf eine Weise geantwortet, die Cadence nicht erwartet hat.',
  unreadableImage: '„{{file}}“ konnte nicht als Bild gelesen werden.',
  imageTooLarge:
    '„{{file}}“ ist für {{network}} auch nach dem Verkleinern zu groß. Verwenden Sie ein kleineres Bild.',
  noPage:
    'Facebook hat Cadence keine Seite zum Veröffentlichen gegeben. Cadence veröffentlicht auf Seiten, die Sie verwalten: Verbinden Sie erneut und haken Sie im Facebook-Fenster Ihre Seite an (wählen Sie „Vorherige Einstellungen bearbeiten“, falls nicht gefragt wird).',
  notAnAppId:
    'Das sieht nicht wie eine Meta App ID aus: Sie ist eine Zahl und steht oben unter App settings → Basic auf developers.facebook.com.',
  secretNotAccepted:
    'Meta hat das App Secret nicht angenommen („{{said}}“). Kopieren Sie es erneut aus App settings → Basic (wählen Sie „Show“).',
  unknownAppId:
    'Meta kennt diese App ID nicht („{{said}}“). Kopieren Sie sie erneut aus App settings → Basic.',
  oddTestAnswerSaying:
    'Meta hat auf den Test unerwartet geantwortet („{{said}}“). Prüfen Sie App ID und Secret und testen Sie dann erneut.',
  oddTestAnswer: 'Meta hat auf den Test unerwartet geantwortet. Prüfen Sie App ID und Secret.',
  secretMissing:
    'Facebook braucht neben der App ID auch das App Secret Ihrer Meta-App. Kopieren Sie es aus App settings → Basic auf developers.facebook.com unter Einstellungen → Facebook.',
  freshSignInRefused:
    'Facebook hat die gerade erteilte Anmeldung nicht angenommen („{{said}}“). Verbinden Sie erneut.',
  signInRejected:
    '{{network}} nimmt die Anmeldung von Cadence nicht mehr an („{{said}}“). Verbinden Sie {{network}} in den Einstellungen neu.',
  appNotAccepted:
    'Meta hat App ID und Secret Ihrer App nicht angenommen („{{said}}“). Prüfen Sie beides in den Einstellungen (App settings → Basic auf developers.facebook.com) und verbinden Sie dann erneut.',
  dailyCapUsed:
    'Instagram nimmt von einer App nur eine begrenzte Zahl Beiträge pro Tag an, und die heutigen sind aufgebraucht („{{said}}“). Cadence versucht es in einer Stunde erneut.',
  slowDownMinutes_one:
    'Meta bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in {{count}} Minute erneut.',
  slowDownMinutes_other:
    'Meta bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in {{count}} Minuten erneut.',
  slowDownHours_one:
    'Meta bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in etwa {{count}} Stunde erneut.',
  slowDownHours_other:
    'Meta bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in etwa {{count}} Stunden erneut.',
  stillPreparing:
    'Instagram bereitet die Fotos noch vor („{{said}}“), und es wurde noch nichts veröffentlicht. Cadence versucht es in Kürze erneut.',
  lacksPermission:
    '{{network}} hat abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung („{{said}}“). Verbinden Sie {{network}} in den Einstellungen neu und erlauben Sie alles, worum Cadence bittet.',
  lacksPermissionSignIn:
    '{{network}} hat abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung („{{said}}“). Verbinden Sie erneut und erlauben Sie alles, worum Cadence bittet.',
  oldApiVersion:
    'Meta beantwortet die Graph-API-Version dieses Cadence ({{version}}) nicht mehr: „{{said}}“. Aktualisieren Sie Cadence und veröffentlichen Sie dann erneut.',
  temporaryTrouble:
    '{{network}} hatte ein vorübergehendes Problem („{{said}}“). Cadence prüft es und versucht es erneut.',
  photoShape:
    'Instagram hat das Seitenverhältnis eines Fotos abgelehnt („{{said}}“). Es nimmt Fotos von 4:5 (Hochformat) bis 1,91:1 (Querformat): Schneiden Sie das Foto zu und veröffentlichen Sie dann erneut.',
  signInUnfinished: 'Facebook hat die Anmeldung nicht abgeschlossen („{{said}}“). Verbinden Sie erneut.',
  requestRefused: '{{network}} hat die Anfrage abgelehnt („{{said}}“).',
};

export const facebook: Catalog<typeof FACEBOOK_MESSAGES> = {
  connectOwnApp:
    'Verbinden Sie Facebook in den Einstellungen, indem Sie sich mit Ihrer eigenen Meta-App anmelden.',
  cannotTell: {
    reply:
      'Facebook lässt Cadence Antworten auf Kommentare nicht zurücklesen, daher kann es nicht sagen, ob diese Antwort erschienen ist. Prüfen Sie den Kommentar auf Ihrer Seite {{page}}: Ist Ihre Antwort dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    readRefused:
      'Facebook lässt Cadence Ihre Seite {{page}} nicht lesen, daher kann es nicht sagen, ob dieser Beitrag erschienen ist. Prüfen Sie Ihre Seite {{page}}: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    photosAlike:
      'Seit dem ersten Senden dieses Beitrags sind auf Ihrer Seite {{page}} mehrere Beiträge mit Fotos ohne Text erschienen, daher kann Cadence nicht sagen, welcher dieser ist. Prüfen Sie Ihre Seite {{page}}: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    tooManyToCheck:
      'Seit dem ersten Senden dieses Beitrags ist auf Ihrer Seite {{page}} mehr erschienen, als Cadence durchsehen kann. Prüfen Sie Ihre Seite {{page}}: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
};

export const instagram: Catalog<typeof INSTAGRAM_MESSAGES> = {
  connectOwnApp:
    'Verbinden Sie Instagram in den Einstellungen, indem Sie sich mit Ihrer eigenen Meta-App anmelden.',
  limitUsed_one:
    'Instagram lässt Ihr Konto über Apps {{count}} Beitrag in {{hours}} Stunden veröffentlichen, und dieser ist aufgebraucht. Cadence versucht es in einer Stunde erneut.',
  limitUsed_other:
    'Instagram lässt Ihr Konto über Apps {{count}} Beiträge in {{hours}} Stunden veröffentlichen, und diese sind aufgebraucht. Cadence versucht es in einer Stunde erneut.',
  photosUnusable:
    'Instagram konnte die Fotos nicht verwenden („{{said}}“). Instagram nimmt JPEG-Fotos von 4:5 (Hochformat) bis 1,91:1 (Querformat): Prüfen Sie die Fotos und veröffentlichen Sie dann erneut.',
  stillPreparing:
    'Instagram bereitet die Fotos noch vor, und es wurde noch nichts veröffentlicht. Cadence versucht es in einigen Minuten erneut.',
  needsAPhoto:
    'Instagram-Beiträge brauchen mindestens ein Foto. Fügen Sie ein Foto hinzu und veröffentlichen Sie dann erneut.',
  cannotTell: {
    reply:
      'Instagram lässt Cadence Antworten auf Kommentare nicht zurücklesen, daher kann es nicht sagen, ob diese Antwort erschienen ist. Prüfen Sie den Kommentar bei {{handle}} auf Instagram: Ist Ihre Antwort dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    readRefused:
      'Instagram lässt Cadence {{handle}} auf Instagram nicht lesen, daher kann es nicht sagen, ob dieser Beitrag erschienen ist. Prüfen Sie {{handle}} auf Instagram: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    photosAlike:
      'Seit dem ersten Senden dieses Beitrags sind bei {{handle}} auf Instagram mehrere Beiträge mit Fotos ohne Text erschienen, daher kann Cadence nicht sagen, welcher dieser ist. Prüfen Sie {{handle}} auf Instagram: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    tooManyToCheck:
      'Seit dem ersten Senden dieses Beitrags ist bei {{handle}} auf Instagram mehr erschienen, als Cadence durchsehen kann. Prüfen Sie {{handle}} auf Instagram: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
};
