import type { CONNECTOR_MESSAGES } from '../connector-messages';
import type { Catalog } from '../catalog';
import { linkedin } from './linkedin';
import { x } from './x';
import { facebook, instagram, metaGraph } from './meta';
import { threads } from './threads';

export const connectors: Catalog<typeof CONNECTOR_MESSAGES> = {
  retry: {
    noPostYet: 'Es wurde noch kein Beitrag erstellt; Cadence versucht es erneut.',
    checkFirst: 'Cadence prüft, ob der Beitrag erschienen ist, bevor es es erneut versucht.',
    couldNotCheck:
      'Cadence konnte nicht prüfen, ob der Beitrag erschienen ist: Geben Sie an, ob er erschienen ist, oder senden Sie ihn erneut.',
    gaveUp_one:
      'Cadence hat nach {{count}} Versuch aufgehört. Mit „Jetzt veröffentlichen“ versuchen Sie es erneut.',
    gaveUp_other:
      'Cadence hat nach {{count}} Versuchen aufgehört. Mit „Jetzt veröffentlichen“ versuchen Sie es erneut.',
  },
  common: {
    noAnswerInTime: '{{name}} hat nicht rechtzeitig geantwortet.',
    answerCutOff: 'Die Antwort von {{name}} brach ab ({{said}}).',
    unreachable: '{{name}} ist nicht erreichbar ({{said}}). Prüfen Sie die Verbindung.',
    certificateRefused:
      'Keine sichere Verbindung zu {{name}}: Sein Zertifikat wurde nicht akzeptiert ({{said}}). Es wurde nichts gesendet.',
    connectionBroke: 'Die Verbindung zu {{name}} brach ab, bevor eine Antwort kam ({{said}}).',
    imageTooLarge:
      '„{{file}}“ ist für {{network}} auch nach dem Verkleinern zu groß. Verwenden Sie ein kleineres Bild.',
    requestNotWritten: 'Cadence konnte keine Anfrage an {{name}} schreiben ({{said}}).',
    plainHttp:
      'Cadence hat {{name}} nicht kontaktiert: Die Adresse {{address}} ist nicht verschlüsselt, Ihre Anmeldung könnte unterwegs mitgelesen werden. Verwenden Sie die https://-Adresse (einfaches http geht nur für einen Server auf diesem Computer).',
    slowDownLater: '{{name}} bittet Cadence, langsamer zu machen; Cadence versucht es später erneut.',
    slowDownSeconds_one:
      '{{name}} bittet Cadence, langsamer zu machen; Cadence versucht es in {{count}} Sekunde erneut.',
    slowDownSeconds_other:
      '{{name}} bittet Cadence, langsamer zu machen; Cadence versucht es in {{count}} Sekunden erneut.',
    slowDownMinutes_one:
      '{{name}} bittet Cadence, langsamer zu machen; Cadence versucht es in {{count}} Minute erneut.',
    slowDownMinutes_other:
      '{{name}} bittet Cadence, langsamer zu machen; Cadence versucht es in {{count}} Minuten erneut.',
    serverTroubleReached:
      '{{name}} hatte ein Problem auf seiner Seite (HTTP {{status}}), nachdem die Anfrage angekommen war.',
    serverTroubleRetry:
      '{{name}} hatte ein Problem auf seiner Seite (HTTP {{status}}). Cadence versucht es erneut.',
    channelRemoved: 'Dieser Kanal wurde entfernt. Wählen Sie einen anderen Kanal für den Beitrag.',
    notConnected:
      '„{{channel}}“ ist nicht mit {{network}} verbunden. Verbinden Sie ihn in den Einstellungen und veröffentlichen Sie dann erneut.',
    signInAgain:
      '{{network}} verlangt eine neue Anmeldung. Verbinden Sie {{network}} in den Einstellungen neu.',
    signInGone:
      'Cadence hat die Anmeldung für {{network}} nicht mehr. Verbinden Sie {{network}} in den Einstellungen neu.',
    signInDamaged:
      'Die Anmeldung von Cadence für {{network}} ist beschädigt. Verbinden Sie {{network}} in den Einstellungen neu.',
  },
  webhook: {
    redirects:
      'Der Webhook bei {{host}} leitet an eine andere Adresse weiter (HTTP {{status}}). Tragen Sie die endgültige Adresse in den Einstellungen ein.',
    testSignatureRefused:
      'Der Webhook bei {{host}} hat die Signatur von Cadence abgelehnt (HTTP {{status}}). Prüfen Sie, ob das Signaturgeheimnis in den Einstellungen mit dem des Empfängers übereinstimmt.',
    postSignatureRefused:
      'Der Webhook bei {{host}} hat die Signatur von Cadence abgelehnt (HTTP {{status}}). Prüfen Sie, ob das Signaturgeheimnis in den Einstellungen mit dem des Empfängers übereinstimmt, und verbinden Sie den Webhook dann neu.',
    nothingThere:
      'Unter {{host}} nimmt an dieser Adresse nichts Webhooks an (HTTP {{status}}). Prüfen Sie die Webhook-URL in den Einstellungen.',
    testTooLarge:
      'Der Webhook bei {{host}} hat den Test als zu groß abgelehnt (HTTP 413), meist wegen der Fotos. Senden Sie weniger oder kleinere Fotos.',
    postTooLarge:
      'Der Webhook bei {{host}} hat den Beitrag als zu groß abgelehnt (HTTP 413), meist wegen der Fotos. Senden Sie weniger oder kleinere Fotos.',
    testRefused: 'Der Webhook bei {{host}} hat den Test abgelehnt (HTTP {{status}}).',
    postRefused: 'Der Webhook bei {{host}} hat den Beitrag abgelehnt (HTTP {{status}}).',
    testRefusedSaying: 'Der Webhook bei {{host}} hat den Test abgelehnt (HTTP {{status}}: {{said}}).',
    postRefusedSaying: 'Der Webhook bei {{host}} hat den Beitrag abgelehnt (HTTP {{status}}: {{said}}).',
  },
  discord: {
    oddAnswer: 'Discord hat auf eine Weise geantwortet, die Cadence nicht versteht.',
    unknownWebhook:
      'Discord kennt diesen Webhook nicht; vielleicht wurde er gelöscht. Kopieren Sie die Webhook-URL erneut unter Servereinstellungen → Integrationen → Webhooks.',
    webhookGone:
      'Der Discord-Webhook wurde gelöscht oder seine URL hat sich geändert. Verbinden Sie Discord in den Einstellungen mit einer neuen Webhook-URL neu.',
    notAWebhook:
      'Diese Adresse antwortet nicht wie ein Discord-Webhook. Kopieren Sie die Webhook-URL erneut aus Discord.',
    photosTooLarge: 'Die Fotos sind für diesen Discord-Server zu groß. Verwenden Sie kleinere Fotos.',
    webhookRefused:
      'Discord hat den Webhook abgelehnt ({{said}}). Prüfen Sie den Kanal des Webhooks in Discord oder erstellen Sie einen neuen Webhook und verbinden Sie neu.',
    postRefused: 'Discord hat den Beitrag abgelehnt: {{said}}.',
    cannotTell:
      'Discord kann Cadence nicht sagen, ob der Beitrag den Kanal des Webhooks „{{handle}}“ erreicht hat. Prüfen Sie diesen Kanal: Ist der Beitrag dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
  telegram: {
    notABotApi:
      '{{address}} antwortet nicht wie ein Telegram-Bot-API-Server (HTTP {{status}}). Prüfen Sie die Bot-API-Adresse oder verwenden Sie https://api.telegram.org.',
    oddAnswer: 'Telegram hat auf {{method}} auf eine Weise geantwortet, die Cadence nicht versteht.',
    tokenNotAccepted:
      'Telegram hat dieses Bot-Token nicht angenommen. Kopieren Sie es erneut aus @BotFather (/mybots → Ihr Bot → API Token).',
    tokenRevoked:
      'Telegram nimmt das Bot-Token nicht mehr an; vielleicht wurde es in @BotFather widerrufen. Verbinden Sie Telegram in den Einstellungen mit dem aktuellen Token neu.',
    channelNotFound:
      'Telegram findet den Kanal {{channel}} nicht. Prüfen Sie seinen @Benutzernamen oder seine numerische ID.',
    makeBotAdmin:
      'Machen Sie {{bot}} zum Administrator von {{channel}} mit der Berechtigung, Beiträge zu senden.',
    makeYourBotAdmin:
      'Machen Sie Ihren Bot zum Administrator von {{channel}} mit der Berechtigung, Beiträge zu senden.',
    postRefused: 'Telegram hat den Beitrag abgelehnt: {{said}}.',
    privateChat:
      '{{channel}} ist ein privater Chat, kein Kanal. Geben Sie den @Benutzernamen oder die ID eines Telegram-Kanals ein.',
    group:
      '{{channel}} ist eine Gruppe, kein Kanal. Geben Sie den @Benutzernamen oder die ID eines Telegram-Kanals ein.',
    lostMessage: 'Cadence weiß nicht mehr, auf welche Telegram-Nachricht dies antwortet.',
    lostChannel:
      'Cadence weiß nicht mehr, welcher Telegram-Kanal das ist. Verbinden Sie Telegram in den Einstellungen neu.',
    cannotTell:
      'Telegram kann Cadence nicht sagen, ob der Beitrag {{handle}} erreicht hat. Prüfen Sie den Kanal: Ist er dort, wählen Sie „Er wurde veröffentlicht“, sonst „Erneut senden“.',
  },
  mastodon: {
    tokenNotAccepted:
      'Mastodon hat dieses Zugriffstoken nicht angenommen. Prüfen Sie, ob Sie es vollständig kopiert haben, oder erstellen Sie in Mastodon unter Einstellungen → Entwicklung ein neues.',
    signInRejected:
      'Mastodon nimmt die Anmeldung von Cadence nicht mehr an. Verbinden Sie Mastodon in den Einstellungen neu.',
    tokenLacksPermission:
      'Mastodon hat abgelehnt: Diesem Zugriffstoken fehlt die Berechtigung {{permission}}. Geben Sie der App in Mastodon unter Einstellungen → Entwicklung Lese- und Schreibrechte und fügen Sie dann ihr neues Token ein.',
    tokenLacksPermissionSaying:
      'Mastodon hat abgelehnt („{{said}}“): Diesem Zugriffstoken fehlt die Berechtigung {{permission}}. Geben Sie der App in Mastodon unter Einstellungen → Entwicklung Lese- und Schreibrechte und fügen Sie dann ihr neues Token ein.',
    signInLacksPermission:
      'Mastodon hat abgelehnt: Der Anmeldung von Cadence fehlt die Berechtigung {{permission}}. Verbinden Sie Mastodon in den Einstellungen neu.',
    signInLacksPermissionSaying:
      'Mastodon hat abgelehnt („{{said}}“): Der Anmeldung von Cadence fehlt die Berechtigung {{permission}}. Verbinden Sie Mastodon in den Einstellungen neu.',
    imageRefused:
      'Mastodon hat ein Bild abgelehnt. Verwenden Sie ein kleineres Bild oder ein anderes Format und veröffentlichen Sie dann erneut.',
    imageRefusedSaying:
      'Mastodon hat ein Bild abgelehnt („{{said}}“). Verwenden Sie ein kleineres Bild oder ein anderes Format und veröffentlichen Sie dann erneut.',
    postRefused:
      'Mastodon hat den Beitrag abgelehnt. Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
    postRefusedSaying:
      'Mastodon hat den Beitrag abgelehnt („{{said}}“). Bearbeiten Sie den Beitrag entsprechend und veröffentlichen Sie dann erneut.',
    notAServer: 'Dieser Server antwortet nicht wie ein Mastodon-Server. Prüfen Sie die Adresse.',
    requestRefused: 'Mastodon hat die Anfrage abgelehnt.',
    requestRefusedSaying: 'Mastodon hat die Anfrage abgelehnt („{{said}}“).',
    unreachable: 'Cadence konnte {{host}} nicht erreichen. Prüfen Sie die Adresse.',
    serverProblem:
      '{{host}} hatte ein Problem (HTTP {{status}}). Versuchen Sie es in ein paar Minuten erneut.',
    unreadableAnswer: 'Mastodon hat den Beitrag angenommen, aber seine Antwort war nicht lesbar.',
    unreadableHandOff:
      'Mastodon hat den Beitrag für seinen Zeitplan angenommen, aber seine Antwort war nicht lesbar.',
    stillProcessing: 'Mastodon verarbeitet „{{file}}“ noch. Cadence versucht den Beitrag in Kürze erneut.',
    oddUploadAnswer: 'Mastodon hat auf das Hochladen von „{{file}}“ unerwartet geantwortet.',
    cannotRegister: 'Dieser Server hat Cadence nicht für die Anmeldung registrieren lassen.',
    signInIncomplete: 'Mastodon hat die Anmeldung nicht abgeschlossen.',
    signInIncompleteSaying: 'Mastodon hat die Anmeldung nicht abgeschlossen („{{said}}“).',
    hostNotMastodon:
      '{{host}} antwortet nicht wie ein Mastodon-Server. Prüfen Sie die Adresse; es ist die, die Sie sehen, wenn Sie Mastodon im Browser nutzen.',
    movedTo: '{{host}} leitet Cadence an {{target}} weiter. Geben Sie stattdessen diese Adresse ein.',
    notAnAccount: '{{host}} hat geantwortet, aber nicht mit einem Mastodon-Konto. Prüfen Sie die Adresse.',
    signInDamaged:
      'Die Mastodon-Anmeldung von Cadence ist beschädigt. Verbinden Sie Mastodon in den Einstellungen neu.',
    oddVerifyAnswer:
      'Mastodon hat auf die Frage nach dem Beitrag unerwartet geantwortet. Cadence prüft es später erneut.',
  },
  bluesky: {
    passwordNotAccepted:
      'Bluesky hat diesen Handle und dieses App-Passwort nicht angenommen. Prüfen Sie beides; ein App-Passwort erstellen Sie in Bluesky unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.',
    signInRejected:
      'Bluesky nimmt die Anmeldung von Cadence nicht mehr an. Verbinden Sie Bluesky in den Einstellungen mit einem neuen App-Passwort neu.',
    signInDamaged:
      'Die Bluesky-Anmeldung von Cadence ist beschädigt. Verbinden Sie Bluesky in den Einstellungen mit einem neuen App-Passwort neu.',
    refused: 'Bluesky hat abgelehnt: {{said}}',
    postRefused: 'Bluesky hat den Beitrag abgelehnt: {{said}}',
    notAServer: 'Dieser Bluesky-Server antwortet nicht wie ein Bluesky-Server. Prüfen Sie seine Adresse.',
    imageTooLarge:
      '„{{file}}“ ist für Bluesky auch nach dem Verkleinern zu groß. Verwenden Sie ein kleineres Bild.',
    replyParentGone:
      'Der Beitrag, auf den diese Antwort antwortet, ist nicht mehr auf Bluesky; die Antwort kann nicht gesendet werden.',
  },
  x,
  linkedin,
  threads,
  metaGraph,
  facebook,
  instagram,
  ownApp: {
    noAccount:
      '{{network}} hat Sie angemeldet, aber kein Konto genannt, auf dem Cadence veröffentlichen kann.',
    notThatAccount:
      'Diese Anmeldung hat „{{name}}“ nicht umfasst. Melden Sie sich mit dem Konto an, zu dem es gehört, und erlauben Sie Cadence, es zu verwenden.',
  },
};
