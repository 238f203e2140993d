import type { CONNECTOR_MESSAGES } from '@shared/messages/connector-messages';
import type { Catalog } from '../../catalog';

export const connectors: Catalog<typeof CONNECTOR_MESSAGES> = {
  retry: {
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
    connectionBroke: 'Die Verbindung zu {{name}} brach ab, bevor eine Antwort kam ({{said}}).',
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
};
