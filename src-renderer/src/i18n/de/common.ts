import type { Catalog } from '../catalog';
import type { common as en } from '../en/common';

export const common: Catalog<typeof en> = {
  brand: 'Cadence',
  opening: 'Ihr Arbeitsbereich wird geöffnet…',
  cancel: 'Abbrechen',
  saved: 'Gespeichert',
  nav: {
    label: 'Hauptmenü',
    newPost: 'Neuer Beitrag',
    plan: 'Plan',
    calendar: 'Kalender',
    drafts: 'Entwürfe',
    search: 'Suche',
    queue: 'Warteschlange',
    inbox: 'Posteingang',
    insights: 'Auswertungen',
    brandKit: 'Markenleitfaden',
    library: 'Bibliothek',
    postFiles: 'Import und Export',
    settings: 'Einstellungen',
  },
  shortcuts: {
    open: 'Tastenkürzel',
    title: 'Tastenkürzel',
    close: 'Schließen',
    everywhere: 'Überall',
    newPost: 'Neuer Beitrag',
    newPostOnPage: 'Neuer Beitrag, im Kalender und in den Listen',
    find: 'Suchen (die Suche der Seite, sonst die Suche über alle Beiträge)',
    undo: 'Das letzte Löschen, Verschieben oder die letzte Sammelaktion rückgängig machen',
    settings: 'Einstellungen',
    show: 'Diese Tastenkürzel zeigen',
    previousPeriod: 'Vorherige Woche oder vorheriger Monat',
    nextPeriod: 'Nächste Woche oder nächster Monat',
    today: 'Zurück zu heute',
    nextItem: 'Nächste Nachricht',
    previousItem: 'Vorherige Nachricht',
    done: 'Als erledigt oder nicht erledigt markieren',
    unread: 'Als ungelesen markieren',
    reply: 'Antworten',
    insertFromLibrary: 'Aus der Bibliothek einfügen (am Wortanfang)',
    composer: 'Beitrag schreiben',
    addToQueue: 'Zur Warteschlange hinzufügen',
    moveInQueue: 'Den ausgewählten Beitrag früher oder später senden',
    keys: { ctrl: 'Strg', cmd: '⌘', alt: 'Alt', left: '←', right: '→', up: '↑', down: '↓' },
  },
  outbox: {
    offline: 'Offline – geplante Beiträge werden veröffentlicht, sobald Sie wieder online sind',
    empty: 'Nichts in der Warteschlange',
    queued: '{{count}} in der Warteschlange',
    queuedNext: '{{count}} in der Warteschlange · nächster um {{time}}',
    attention_one: '{{count}} braucht Ihre Aufmerksamkeit',
    attention_other: '{{count}} brauchen Ihre Aufmerksamkeit',
  },
  timeChoice: {
    title: 'Uhrzeit wählen',
    gap: 'In {{zone}} wird die Uhr an diesem Tag vorgestellt: Diese Uhrzeit gibt es nicht. Wählen Sie stattdessen eine dieser Zeiten.',
    ambiguous:
      'In {{zone}} wird die Uhr zurückgestellt, diese Uhrzeit gibt es also zweimal. Welche meinen Sie?',
    use: '{{time}} {{offset}} am {{date}} verwenden',
  },
  counters: {
    label: 'Länge je Kanal',
    name: '{{network}} · {{channel}}',
    over: '{{amount}} zu viel',
    left: 'noch {{amount}}',
    tooManyBytes: 'Zu viele Bytes',
    cannotPost: 'Nicht veröffentlichbar',
    spoken: '{{used}} von {{limit}} Zeichen',
    spokenWeighted: '{{used}} von {{limit}} Zeichen, wie X sie zählt',
    overFor: 'So nicht veröffentlichbar auf {{channels}}.',
    nearFor: 'Fast an der Grenze für {{channels}}.',
    within: 'Innerhalb der Grenzen aller Kanäle.',
    allowance_one: '{{network}}: {{used}} von {{count}} Beitrag in den letzten {{hours}} Stunden',
    allowance_other: '{{network}}: {{used}} von {{count}} Beiträgen in den letzten {{hours}} Stunden',
    allowanceLeft_one:
      '{{network}}: noch {{left}} von {{count}} Beitrag heute ({{network}} zählt ab {{time}} neu)',
    allowanceLeft_other:
      '{{network}}: noch {{left}} von {{count}} Beiträgen heute ({{network}} zählt ab {{time}} neu)',
    asOf: '{{words}} (Stand {{time}})',
    capMonthly:
      '{{network}} meldet, dass das monatliche Beitragslimit dieser App aufgebraucht ist („{{said}}“). Bis dahin nimmt {{network}} keine Beiträge dieser App an; jetzt gesendete Beiträge würden scheitern.',
    capDaily:
      '{{network}} meldet, dass das tägliche Beitragslimit dieser App aufgebraucht ist („{{said}}“). Bis dahin nimmt {{network}} keine Beiträge dieser App an; jetzt gesendete Beiträge würden scheitern.',
  },
  bestTime: {
    best: 'Beste Zeit: {{when}}',
    bestFor: 'Beste Zeit für {{channel}}: {{when}}',
    also: 'auch {{when}}',
    alsoFor: 'auch {{when}} für {{channel}}',
    learned_one:
      'Gelernt aus {{count}} Ihrer Beiträge zu dieser Stunde: etwa {{low}}–{{high}} Interaktionen pro Beitrag.',
    learned_other:
      'Gelernt aus {{count}} Ihrer Beiträge zu dieser Stunde: etwa {{low}}–{{high}} Interaktionen pro Beitrag.',
    typical_one:
      'Üblich für {{network}}, noch nicht gelernt: Cadence lernt Ihre eigene beste Zeit nach {{count}} weiteren gemessenen Beitrag.',
    typical_other:
      'Üblich für {{network}}, noch nicht gelernt: Cadence lernt Ihre eigene beste Zeit nach {{count}} weiteren gemessenen Beiträgen.',
    typicalSpread:
      'Üblich für {{network}}, noch nicht gelernt: keine einzelne Stunde hat genug Ihrer Beiträge, um es zu sagen.',
  },
  errors: {
    unexpected: 'In Cadence ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.',
    noEngine: 'Cadence erreicht seinen Dienst nicht. Bitte starten Sie die App neu.',
    webUnreachable:
      'Cadence erreicht seinen Dienst nicht. Prüfen Sie, ob `npm run web` noch läuft, und versuchen Sie es erneut.',
    webForbidden:
      'Diese Seite darf nicht mehr mit Cadence sprechen. Öffnen Sie die Adresse, die `npm run web` ausgegeben hat.',
    webUnreadable:
      'Cadence hat eine Antwort gegeben, die es nicht lesen konnte. Laden Sie die Seite neu und versuchen Sie es erneut.',
  },
};
