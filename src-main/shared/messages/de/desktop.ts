import type { DESKTOP_MESSAGES } from '../desktop-messages';
import type { Catalog } from '../catalog';

export const desktop: Catalog<typeof DESKTOP_MESSAGES> = {
  menu: {
    file: 'Datei',
    edit: 'Bearbeiten',
    view: 'Ansicht',
    window: 'Fenster',
    help: 'Hilfe',
    newPost: 'Neuer Beitrag',
    find: 'Suchen …',
    preferences: 'Einstellungen …',
    shortcuts: 'Tastenkürzel',
    restartToUpdate: 'Neu starten und aktualisieren',
    checkForUpdates: 'Nach Updates suchen …',
    quit: 'Cadence beenden',
  },
  update: {
    readyTitle: 'Eine neue Version von Cadence ist bereit',
    readyBody:
      'Starten Sie Cadence neu, um auf Version {{version}} zu aktualisieren. Ihre Beiträge und Entwürfe bleiben, wie sie sind.',
    restart: 'Neu starten und aktualisieren',
    later: 'Später',
    waitingTitle: 'Cadence startet nach diesem Beitrag neu',
    waitingBody:
      'Gerade wird ein Beitrag gesendet. Cadence startet zum Aktualisieren neu, sobald er erschienen ist.',
    upToDateTitle: 'Cadence ist auf dem neuesten Stand',
    upToDateBody: 'Sie haben die neueste Version, {{version}}.',
    failedTitle: 'Cadence konnte nicht nach Updates suchen',
    failedBody:
      'Prüfen Sie Ihre Internetverbindung und versuchen Sie es später erneut. Cadence arbeitet unverändert weiter.',
    ok: 'OK',
  },
  tray: {
    nothingScheduled: 'Nichts eingeplant',
    nextPost: 'Nächster Beitrag: {{when}}',
    dueNow: 'jetzt fällig',
    queued_one: '{{count}} Beitrag in der Warteschlange',
    queued_other: '{{count}} Beiträge in der Warteschlange',
    offline: 'Offline – wird veröffentlicht, sobald Cadence online ist',
    attention_one: '{{count}} Beitrag braucht Ihre Aufmerksamkeit',
    attention_other: '{{count}} Beiträge brauchen Ihre Aufmerksamkeit',
    unread: '{{count}} ungelesen im Posteingang',
    open: 'Cadence öffnen',
    quit: 'Cadence beenden',
  },
  closeToTray: {
    title: 'Cadence läuft weiter',
    message: 'Cadence läuft im Infobereich weiter, damit Ihre eingeplanten Beiträge erscheinen.',
    detail: 'Sie können das in den Einstellungen ändern.',
    ok: 'OK',
  },
  preflight: {
    due_one: 'Nächste {{hours}} Std.: {{count}} Beitrag',
    due_other: 'Nächste {{hours}} Std.: {{count}} Beiträge',
    onTheirOwn_one: '{{count}} erscheint von selbst',
    onTheirOwn_other: '{{count}} erscheinen von selbst',
    needCadence_one: '{{count}} braucht das laufende Cadence um {{times}}',
    needCadence_other: '{{count}} brauchen das laufende Cadence um {{times}}',
    quitTitle: 'Beiträge sind fällig, während Cadence geschlossen ist',
    sleepTitle_one: '{{count}} Beitrag wartet auf Cadence',
    sleepTitle_other: '{{count}} Beiträge warten auf Cadence',
    sleepBody:
      'Fällig, während dieser Laptop schläft: {{times}}. Sie erscheinen, wenn er aufwacht, innerhalb der von Ihnen festgelegten Kulanzzeit.',
    message_one:
      '{{count}} Beitrag, der in den nächsten {{hours}} Std. fällig ist, braucht das laufende Cadence: {{times}}.',
    message_other:
      '{{count}} Beiträge, die in den nächsten {{hours}} Std. fällig sind, brauchen das laufende Cadence: {{times}}.',
    canHandOff_one:
      '{{count}} davon kann an sein Netzwerk übergeben werden, das ihn auch bei zugeklapptem Laptop veröffentlicht.',
    canHandOff_other:
      '{{count}} davon können an ihre Netzwerke übergeben werden, die sie auch bei zugeklapptem Laptop veröffentlichen.',
    handOffAndQuit_one: '{{count}} Beitrag übergeben und beenden',
    handOffAndQuit_other: '{{count}} Beiträge übergeben und beenden',
    stayAwake: 'Geöffnet lassen und diesen Laptop bis {{time}} wach halten',
    stayOpen: 'Cadence weiterlaufen lassen',
    quitAnyway: 'Trotzdem beenden',
    awakeTitle: 'Cadence hält diesen Laptop wach',
    awakeBody:
      'Bis {{time}}, damit die bis dahin fälligen Beiträge erscheinen. Danach darf er wieder schlafen.',
  },
  start: {
    failedTitle: 'Cadence konnte nicht starten',
    crashed:
      'Beim Starten von Cadence ist etwas schiefgelaufen. Es wurde nichts gelöscht; Ihre Daten bleiben in:\n{{folder}}',
    noData:
      'Cadence konnte seine Daten in diesem Ordner nicht öffnen:\n{{folder}}\n\nEs wurde nichts gelöscht.',
    copyKept:
      'Die Kopie, die Cadence vor der letzten Aktualisierung seiner Datenbank gespeichert hat, liegt in diesem Ordner als {{copy}}.',
    whatToDo:
      'Beenden Sie andere Cadence-Fenster, prüfen Sie, dass der Ordner nicht voll oder schreibgeschützt ist, und starten Sie Cadence erneut. Wenn es weiter fehlschlägt, bewahren Sie den Ordner gut auf und wenden Sie sich an den Support.',
    details: 'Einzelheiten: {{detail}}',
    inUseTitle: 'Cadence ist bereits geöffnet',
    inUse:
      'Cadence ist mit diesem Datenordner bereits geöffnet (ein anderer Prozess). Schließen Sie es zuerst oder verwenden Sie einen anderen Ordner.\n\n{{folder}}',
    inUseByProcess:
      'Cadence ist mit diesem Datenordner bereits geöffnet (Prozess {{pid}}). Schließen Sie es zuerst oder verwenden Sie einen anderen Ordner.\n\n{{folder}}',
  },
  notices: {
    missed_one: 'Ein Beitrag wurde verpasst',
    missed_other: '{{count}} Beiträge wurden verpasst',
    missedBody:
      'Sie waren fällig, als Cadence nicht veröffentlichen konnte. Öffnen Sie Cadence, um jetzt zu veröffentlichen oder neu einzuplanen.',
    published: 'Auf {{network}} veröffentlicht',
    needsYou: '{{network}}: Ein Beitrag braucht Sie',
    notPublished: 'Ein Beitrag konnte nicht veröffentlicht werden',
    cannotSave: 'Cadence kann nicht speichern',
    inbox_one: 'Eine neue Nachricht im Posteingang',
    inbox_other: '{{count}} neue Nachrichten im Posteingang',
    inboxOn: 'Auf {{channel}}.',
  },
};
