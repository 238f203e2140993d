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
