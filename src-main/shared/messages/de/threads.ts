import type { THREADS_MESSAGES } from '../threads-messages';
import type { Catalog } from '../catalog';

export const threads: Catalog<typeof THREADS_MESSAGES> = {
  said: {
    freshSignInRefused:
      'Threads hat die gerade erteilte Anmeldung nicht angenommen („{{said}}“). Verbinden Sie Threads erneut.',
    signInRejected:
      'Threads nimmt die Anmeldung von Cadence nicht mehr an („{{said}}“). Verbinden Sie Threads in den Einstellungen neu.',
    lacksPermission:
      'Threads hat abgelehnt: Der Anmeldung von Cadence fehlt die Berechtigung {{permission}} („{{said}}“). Fügen Sie in Ihrer Meta-App {{permission}} unter „Access the Threads API“ → „Permissions“ hinzu und verbinden Sie Threads dann in den Einstellungen neu.',
    lacksAPermission:
      'Threads hat abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung („{{said}}“). Fügen Sie in Ihrer Meta-App die Berechtigungen, die Cadence nennt, unter „Access the Threads API“ → „Permissions“ hinzu und verbinden Sie Threads dann in den Einstellungen neu.',
    dailyCapUsed:
      'Threads erlaubt über seine API 250 Beiträge in 24 Stunden, und diese sind aufgebraucht („{{said}}“). Cadence versucht es später erneut.',
    slowDown_one:
      'Threads bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in {{count}} Minute erneut.',
    slowDown_other:
      'Threads bittet Cadence, langsamer zu machen („{{said}}“); Cadence versucht es in {{count}} Minuten erneut.',
    blocked:
      'Threads hat dies wegen eines Verstoßes gegen seine Regeln blockiert („{{said}}“). Prüfen Sie den Beitrag und Ihr Threads-Konto und veröffentlichen Sie dann erneut.',
    notReady:
      'Threads hat den Beitrag noch nicht fertig vorbereitet („{{said}}“). Cadence versucht es in Kürze erneut.',
    replyParentGone:
      'Der Beitrag, auf den dies antwortet, ist nicht mehr auf Threads, oder Cadence kann ihn nicht sehen („{{said}}“).',
    notFound:
      'Threads hat nicht gefunden, wonach Cadence gefragt hat, oder Cadence darf es nicht sehen („{{said}}“). Verbinden Sie Threads in den Einstellungen neu.',
    serverTrouble: 'Threads hatte ein Problem auf seiner Seite („{{said}}“).',
    postRefused:
      'Threads hat den Beitrag abgelehnt („{{said}}“). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
    requestRefused: 'Threads hat die Anfrage abgelehnt („{{said}}“).',
    appNotAccepted:
      'Threads hat die ID und das Geheimnis Ihrer App nicht angenommen („{{said}}“). Prüfen Sie Threads App ID und Threads App Secret (App settings → Basic auf developers.facebook.com) unter Einstellungen → Threads und verbinden Sie dann erneut.',
    signInUnfinished:
      'Threads hat die Anmeldung nicht abgeschlossen („{{said}}“). Verbinden Sie Threads erneut.',
  },
  http: {
    freshSignInRefused:
      'Threads hat die gerade erteilte Anmeldung nicht angenommen (HTTP {{status}}). Verbinden Sie Threads erneut.',
    signInRejected:
      'Threads nimmt die Anmeldung von Cadence nicht mehr an (HTTP {{status}}). Verbinden Sie Threads in den Einstellungen neu.',
    lacksPermission:
      'Threads hat abgelehnt: Der Anmeldung von Cadence fehlt die Berechtigung {{permission}} (HTTP {{status}}). Fügen Sie in Ihrer Meta-App {{permission}} unter „Access the Threads API“ → „Permissions“ hinzu und verbinden Sie Threads dann in den Einstellungen neu.',
    lacksAPermission:
      'Threads hat abgelehnt: Der Anmeldung von Cadence fehlt eine nötige Berechtigung (HTTP {{status}}). Fügen Sie in Ihrer Meta-App die Berechtigungen, die Cadence nennt, unter „Access the Threads API“ → „Permissions“ hinzu und verbinden Sie Threads dann in den Einstellungen neu.',
    dailyCapUsed:
      'Threads erlaubt über seine API 250 Beiträge in 24 Stunden, und diese sind aufgebraucht (HTTP {{status}}). Cadence versucht es später erneut.',
    slowDown_one:
      'Threads bittet Cadence, langsamer zu machen (HTTP {{status}}); Cadence versucht es in {{count}} Minute erneut.',
    slowDown_other:
      'Threads bittet Cadence, langsamer zu machen (HTTP {{status}}); Cadence versucht es in {{count}} Minuten erneut.',
    blocked:
      'Threads hat dies wegen eines Verstoßes gegen seine Regeln blockiert (HTTP {{status}}). Prüfen Sie den Beitrag und Ihr Threads-Konto und veröffentlichen Sie dann erneut.',
    notReady:
      'Threads hat den Beitrag noch nicht fertig vorbereitet (HTTP {{status}}). Cadence versucht es in Kürze erneut.',
    replyParentGone:
      'Der Beitrag, auf den dies antwortet, ist nicht mehr auf Threads, oder Cadence kann ihn nicht sehen (HTTP {{status}}).',
    notFound:
      'Threads hat nicht gefunden, wonach Cadence gefragt hat, oder Cadence darf es nicht sehen (HTTP {{status}}). Verbinden Sie Threads in den Einstellungen neu.',
    serverTrouble: 'Threads hatte ein Problem auf seiner Seite (HTTP {{status}}).',
    postRefused:
      'Threads hat den Beitrag abgelehnt (HTTP {{status}}). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
    requestRefused: 'Threads hat die Anfrage abgelehnt (HTTP {{status}}).',
    appNotAccepted:
      'Threads hat die ID und das Geheimnis Ihrer App nicht angenommen (HTTP {{status}}). Prüfen Sie Threads App ID und Threads App Secret (App settings → Basic auf developers.facebook.com) unter Einstellungen → Threads und verbinden Sie dann erneut.',
    signInUnfinished:
      'Threads hat die Anmeldung nicht abgeschlossen (HTTP {{status}}). Verbinden Sie Threads erneut.',
  },
  connectOwnApp:
    'Verbinden Sie Threads in den Einstellungen, indem Sie sich mit Ihrer eigenen Meta-App anmelden.',
  imagesNeedAPage:
    'Threads nimmt Fotos nur von einer öffentlichen Webadresse, und Cadence legt sie dort über eine verbundene Facebook-Seite ab (als unveröffentlichte Fotos, die gelöscht werden, sobald Threads sie hat). Verbinden Sie Ihre Facebook-Seite in den Einstellungen oder entfernen Sie die Fotos, um nur Text an Threads zu senden.',
  unreadableAnswer: 'Threads hat den Beitrag angenommen, aber seine Antwort war nicht lesbar.',
  oddNewPostAnswer: 'Threads hat auf einen neuen Beitrag unerwartet geantwortet.',
  couldNotPrepare:
    'Threads konnte den Beitrag nicht vorbereiten ({{said}}). Wenn er Fotos hat, versuchen Sie andere Fotos (JPEG oder PNG); veröffentlichen Sie dann erneut.',
  stillPreparing: 'Threads bereitet den Beitrag noch vor. Cadence versucht es in Kürze erneut.',
  oddVerifyAnswer:
    'Threads hat auf die Frage nach dem Beitrag unerwartet geantwortet. Cadence prüft es später erneut.',
  oddTestAnswer:
    'Threads hat auf den Test unerwartet geantwortet (HTTP {{status}}). Prüfen Sie Threads App ID und Secret und testen Sie dann erneut.',
  oddProfileAnswer: 'Threads hat auf die Frage nach Ihrem Profil unerwartet geantwortet.',
  notAllowed:
    'Sie haben Cadence auf Threads nicht zugelassen. Verbinden Sie erneut und wählen Sie „Zulassen“.',
  signInRefused: 'Threads hat Cadence nicht angemeldet („{{said}}“). Verbinden Sie Threads erneut.',
  notAnAddress:
    'Das ist keine Webadresse. Kopieren Sie die ganze Adresse aus der Adressleiste und fügen Sie sie hier ein.',
  otherSignIn:
    'Diese Adresse gehört zu einer anderen Anmeldung. Wählen Sie erneut „Verbinden“ und fügen Sie dann die Adresse ein, auf der diese Anmeldung endet.',
  noCode:
    'Diese Adresse enthält keinen Anmeldecode. Kopieren Sie nach „Zulassen“ auf Threads die ganze Adresse aus der Adressleiste.',
  notAnAppId:
    'Das sieht nicht wie eine Threads App ID aus. Kopieren Sie die Threads App ID (nur Ziffern) aus App settings → Basic auf developers.facebook.com.',
  secretMissing:
    'Threads braucht auch das Geheimnis der App. Kopieren Sie das Threads App Secret aus App settings → Basic auf developers.facebook.com.',
  signInEnded:
    'Die Anmeldung von Cadence bei Threads ist am {{end, day}} abgelaufen. Verbinden Sie Threads in den Einstellungen neu.',
  renewalRefused:
    'Threads hat die Anmeldung von Cadence beendet: Es hat die Verlängerung abgelehnt. Verbinden Sie Threads in den Einstellungen neu.',
  renewalRefusedSaying:
    'Threads hat die Anmeldung von Cadence beendet: Es hat die Verlängerung abgelehnt („{{said}}“). Verbinden Sie Threads in den Einstellungen neu.',
  cannotTell: {
    repliesNotListed:
      'Threads führt Antworten nicht bei Ihren Beiträgen auf, daher kann Cadence nicht sagen, ob diese Antwort erschienen ist. Prüfen Sie Ihr Threads-Profil: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    readRefused:
      'Threads lässt Cadence Ihre Beiträge nicht lesen („{{said}}“), daher kann es nicht sagen, ob dieser erschienen ist. Prüfen Sie Ihr Threads-Profil: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
    tooManyToCheck:
      'Sie haben auf Threads seit dem ersten Senden dieses Beitrags mehr gepostet, als Cadence durchsehen kann. Prüfen Sie Ihr Threads-Profil: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
};
