import type { Catalog } from '../catalog';
import type { composer as en } from '../en/composer';

export const composer: Catalog<typeof en> = {
  newPost: 'Neuer Beitrag',
  editPost: 'Beitrag bearbeiten',
  opening: 'Beitrag wird geöffnet…',
  backToDrafts: 'Zurück zu den Entwürfen',
  status: { draft: 'Entwurf', scheduled: 'geplant', published: 'veröffentlicht', failed: 'fehlgeschlagen' },
  recovered:
    'Wir haben Text wiederhergestellt, den Sie vor dem Schließen von Cadence geschrieben hatten. Er wird jetzt gespeichert.',
  deletedElsewhere:
    'Dieser Beitrag wurde in einem anderen Fenster gelöscht. Ihr Text ist noch da; kopieren Sie ihn, bevor Sie die Seite verlassen.',
  publishedReadOnly: 'Dieser Beitrag ist veröffentlicht und kann nicht mehr bearbeitet werden.',
  text: 'Text des Beitrags',
  placeholder: 'Was möchten Sie teilen?',
  pickForCounts: 'Wählen Sie unten Kanäle, um zu sehen, wie viel Text jeder erlaubt.',
  notSavedYet:
    'Ihre letzten Änderungen sind noch nicht gespeichert. Warten Sie einen Moment und versuchen Sie es erneut.',
  kitNotScheduled:
    'Nicht eingeplant: Der Beitrag passt noch nicht zu Ihrem Markenleitfaden. Passen Sie ihn an oder wählen Sie „Trotzdem veröffentlichen“.',
  kitNotPublished:
    'Nicht veröffentlicht: Der Beitrag passt noch nicht zu Ihrem Markenleitfaden. Passen Sie ihn an oder wählen Sie „Trotzdem veröffentlichen“.',
  duplicate: 'Duplizieren',
  delete: {
    button: 'Beitrag löschen',
    title: 'Diesen Beitrag löschen?',
    message:
      'Text, Bilder und Zeitplan werden aus Cadence entfernt. Rückgängig holt sie 15 Minuten lang zurück, solange Cadence geöffnet bleibt.',
    confirm: 'Endgültig löschen',
  },
  save: {
    saving: 'Wird gespeichert…',
    saved: 'Gespeichert',
    failed: 'Nicht gespeichert – {{reason}}. Ihr Text bleibt auf diesem Gerät erhalten.',
    idle: 'Wird beim Tippen gespeichert',
    notReachable: 'Cadence erreicht seinen Dienst nicht',
  },
  channels: {
    title: 'Kanäle',
    invite:
      'Fügen Sie die Konten hinzu, auf denen Sie veröffentlichen, und wählen Sie dann, wohin dieser Beitrag geht.',
    add: 'Kanal hinzufügen',
    network: ' ({{network}})',
  },
  checks: {
    name: '{{network}} · {{channel}}',
    fixFirst: 'Bitte zuerst beheben – {{channel}}: {{problem}}',
    more_one: '{{text}} Ein weiterer Kanal braucht ebenfalls Änderungen.',
    more_other: '{{text}} {{count}} weitere Kanäle brauchen ebenfalls Änderungen.',
  },
  variants: {
    title: 'Text je Kanal',
    usesMain: '{{name}} verwendet den Haupttext.',
    customize: 'Für {{name}} anpassen',
    textFor: 'Text für {{name}}',
    useMain: 'Haupttext verwenden',
  },
  media: {
    title: 'Bilder',
    altFor: 'Bildbeschreibung für {{file}}',
    altPlaceholder: 'Beschreiben Sie das Bild für Menschen, die es nicht sehen können',
    noAlt: 'Noch keine Bildbeschreibung.',
    remove: '{{file}} entfernen',
    add: 'Bilder hinzufügen',
    adding: '{{file}} wird hinzugefügt…',
    full: 'Dieser Beitrag trägt bereits so viele Bilder wie möglich ({{count}}).',
    kinds: 'Fotos als PNG, JPEG, GIF, WebP oder HEIC und Videos als MP4, jeweils bis 20 MB.',
    leftOut: 'Ein Beitrag trägt höchstens {{count}} Bilder; „{{file}}“ wurde weggelassen.',
    notImage:
      '„{{file}}“ ist kein Bild und kein Video, das Cadence anhängen kann. Verwenden Sie ein PNG-, JPEG-, GIF-, WebP- oder HEIC-Foto oder ein MP4-Video.',
    empty: '„{{file}}“ ist leer.',
    tooLarge: '„{{file}}“ ist größer als 20 MB. Wählen Sie eine kleinere Datei.',
    unreadable: '„{{file}}“ konnte nicht gelesen werden. Wählen Sie die Datei bitte erneut.',
  },
  kind: {
    title: 'Art des Beitrags',
    organic: 'Organisch',
    organicHint: 'Alltägliche Beiträge, mit denen Sie präsent bleiben (Pflege).',
    campaign: 'Kampagne',
    campaignHint: 'Bezahlte oder werbende Beiträge, die das Geschäft wachsen lassen (Marketing).',
  },
  campaign: {
    title: 'Kampagne',
    none: 'Keine Kampagne',
    createUnderInsights: 'Kampagnen legen Sie unter „Auswertungen“ an.',
    tagsWhenSent: 'Links in einem Kampagnenbeitrag erhalten beim Senden UTM-Parameter.',
    linksLabel: 'Links, wie sie gesendet werden',
    linksTo: 'Links, wie sie an {{channel}} gesendet werden:',
  },
  schedule: {
    title: 'Wann',
    scheduledFor: 'Geplant für {{when}} ({{zone}})',
    dateAtTime: '{{date}} um {{time}}',
    failed:
      'Dieser Beitrag konnte nicht veröffentlicht werden. Wählen Sie eine neue Zeit für einen neuen Versuch.',
    date: 'Datum',
    time: 'Uhrzeit',
    zone: 'Zeitzone: {{zone}}',
    schedule: 'Einplanen',
    reschedule: 'Neu einplanen',
    toDrafts: 'Zu den Entwürfen verschieben',
    fixFirst: 'Beheben Sie vor dem Einplanen das oben gezeigte Problem.',
    pickFirst: 'Wählen Sie zuerst ein Datum und eine Uhrzeit.',
  },
  repeat: {
    title: 'Wiederholen',
    label: 'Wiederholen',
    changeFromHere: 'Ab diesem Beitrag anders wiederholen',
    repeats: 'Wiederholt sich: {{how}}',
    choice: {
      none: 'Keine Wiederholung',
      weekly: 'Jede Woche am {{weekday}}',
      biweekly: 'Alle zwei Wochen am {{weekday}}',
      monthly: 'Jeden Monat am {{day}}.',
      nthWeekday: 'Jeden Monat am {{nth}} {{weekday}}',
      custom: 'Benutzerdefiniert …',
    },
    rule: {
      weeks: 'Alle {{interval}} Wochen am {{weekday}}',
      monthsOnDay: 'Alle {{interval}} Monate am {{day}}.',
      monthsOnNth: 'Alle {{interval}} Monate am {{nth}} {{weekday}}',
    },
    custom: {
      title: 'Eigene Wiederholung',
      every: 'Alle',
      unit: 'Wochen oder Monate',
      units: { weeks: 'Wochen', months: 'Monate' },
      weekdays: 'An diesen Tagen',
      monthlyBy: 'Am',
      monthly: { day: '{{day}}. Tag', nth: '{{nth}} {{weekday}}', last: 'letzten {{weekday}}' },
      problem: {
        weeks: 'Geben Sie eine ganze Zahl Wochen von 1 bis {{max}} ein.',
        months: 'Geben Sie eine ganze Zahl Monate von 1 bis {{max}} ein.',
        noWeekday: 'Kreuzen Sie mindestens einen Wochentag an.',
        ownWeekday:
          'Lassen Sie {{weekday}} angekreuzt: Dieser Beitrag ist der erste der Wiederholung und erscheint an diesem Tag.',
      },
    },
    nth: { first: 'ersten', second: 'zweiten', third: 'dritten', fourth: 'vierten', last: 'letzten' },
    ends: {
      label: 'Endet',
      afterCount: 'Nach einer Anzahl Beiträge',
      onDate: 'An einem Datum',
      never: 'Nie',
      count: 'Anzahl Beiträge',
      lastDay: 'Letzter Tag',
      afterCountShort_one: 'für {{count}} Beitrag',
      afterCountShort_other: 'für {{count}} Beiträge',
      onDateShort: 'bis {{date}}',
      neverShort: 'ohne Ende',
    },
    start: 'Diesen Beitrag wiederholen',
    thisOnlyHint:
      'Änderungen hier gelten nur für diesen Beitrag. Um auch die anderen Beiträge der Wiederholung zu ändern, übernehmen Sie sie unten.',
    apply: {
      following: 'Änderungen für diesen und die folgenden Beiträge übernehmen',
      all: 'Änderungen für alle kommenden Beiträge übernehmen',
    },
    applied: {
      following: 'Dieser Beitrag und die folgenden lauten jetzt gleich.',
      all: 'Alle kommenden Beiträge der Wiederholung lauten jetzt gleich.',
    },
    delete: {
      following: 'Diesen und die folgenden Beiträge löschen',
      all: 'Alle kommenden Beiträge löschen',
      title: 'Beiträge dieser Wiederholung löschen?',
      message: {
        following:
          'Dieser Beitrag und die späteren seiner Wiederholung werden gelöscht, und die Wiederholung endet. Bereits veröffentlichte Beiträge bleiben, wie sie sind.',
        all: 'Alle kommenden Beiträge dieser Wiederholung werden gelöscht, und die Wiederholung endet. Bereits veröffentlichte Beiträge bleiben, wie sie sind.',
      },
      confirm: 'Löschen',
    },
  },
  handOff: {
    label: '{{networks}} zur geplanten Zeit veröffentlichen lassen',
    hint: '{{networks}} hält den Beitrag dann bereit und veröffentlicht ihn auch bei zugeklapptem Laptop. Wenn Sie den Beitrag später ändern, nimmt Cadence ihn zuerst zurück; dafür ist eine Verbindung nötig.',
  },
  publish: {
    title: 'Veröffentlichen',
    now: 'Jetzt veröffentlichen',
    publishing: 'Wird veröffentlicht…',
    pickChannel: 'Wählen Sie mindestens einen Kanal zum Veröffentlichen.',
    connectTitle: 'Verbinden Sie zuerst den Kanal',
    notConnected:
      'Cadence ist bei {{channels}} nicht angemeldet und kann dort noch nicht veröffentlichen. Verbinden Sie den Kanal in den Einstellungen und veröffentlichen Sie dann.',
    channel: '{{name}} ({{network}})',
    openSettings: 'Einstellungen öffnen',
  },
  allowance: {
    label: 'Beiträge, die die Netzwerke noch annehmen',
    capMonthly:
      '{{network}} meldet, dass das monatliche Beitragslimit dieser App aufgebraucht ist: Ein Beitrag, der vor dem Zurücksetzen an {{network}} geht, scheitert. Planen Sie den {{network}}-Beitrag für die Zeit danach, oder ändern Sie den Tarif im Entwicklerportal.',
    capDaily:
      '{{network}} meldet, dass das tägliche Beitragslimit dieser App aufgebraucht ist: Ein Beitrag, der vor dem Zurücksetzen an {{network}} geht, scheitert. Planen Sie den {{network}}-Beitrag für morgen, oder ändern Sie den Tarif im Entwicklerportal.',
    windowFullUntil:
      'Das 24-Stunden-Beitragslimit von {{network}} ist aufgebraucht: Ein Beitrag auf {{network}} wartet bis {{time}} und geht dann hinaus.',
    windowFull:
      'Das 24-Stunden-Beitragslimit von {{network}} ist aufgebraucht: Ein Beitrag auf {{network}} wartet und wird stündlich erneut versucht.',
  },
  delivery: {
    title: 'Zustellung',
    removedChannel: 'Ein entfernter Kanal',
    noReason: 'Es wurde kein Grund genannt.',
    offline: 'Offline – wird veröffentlicht, sobald Sie online sind',
    pending: 'Noch nicht eingeplant',
    waiting: 'Wartet auf die Einplanung',
    waitingFor: 'Wartet auf {{time}}',
    sending: 'Wird gesendet…',
    reminding: 'Zeit, ihn von Hand zu veröffentlichen – siehe „Jetzt posten“',
    remindsAgainAt: 'Verschoben – erinnert Sie um {{time}} erneut',
    snoozed: 'Verschoben – erinnert Sie 15 Minuten nach dem Verschieben erneut',
    handingOff: 'Wird an den Zeitplan von {{network}} übergeben…',
    handedOff:
      '{{network}} hält den Beitrag bereit und veröffentlicht ihn um {{time}}, auch wenn dieser Laptop zugeklappt ist',
    retrySoon: 'Neuer Versuch in Kürze – {{reason}}',
    retryAt: 'Neuer Versuch um {{time}} – {{reason}}',
    published: 'Veröffentlicht',
    failed: 'Fehlgeschlagen – {{reason}}',
    missed: 'Verpasst – {{reason}}',
    unknown: 'Ist er erschienen? – {{reason}}',
    checkingAt: 'Wird um {{time}} geprüft – {{reason}}',
    view: 'Beitrag ansehen',
    publishNow: 'Jetzt veröffentlichen',
    newTime: 'Neue Zeit wählen',
    wasPublished: 'Er wurde veröffentlicht',
    sendAgain: 'Erneut senden',
  },
  activity: {
    title: 'Verlauf',
    show: 'Verlauf anzeigen',
    hide: 'Verlauf ausblenden',
    none: 'Mit diesem Beitrag ist noch nichts geschehen.',
    http: 'HTTP {{status}}',
    answer: 'Antwort des Servers: {{answer}}',
  },
};
