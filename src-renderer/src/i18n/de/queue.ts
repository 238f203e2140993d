import type { Catalog } from '../catalog';
import type { queue as en } from '../en/queue';

export const queue: Catalog<typeof en> = {
  title: 'Warteschlange',
  channel: 'Kanal',
  noChannels: {
    title: 'Noch keine Kanäle',
    text: 'Fügen Sie in den Einstellungen die Konten hinzu, auf denen Sie posten, und geben Sie jedem dann seine Sendezeiten.',
    add: 'Kanal hinzufügen',
  },
  loading: 'Warteschlange wird geladen…',
  slots: {
    title: 'Sendezeiten',
    hint: 'Jede Woche, in {{zone}}. „Zur Warteschlange“ setzt einen Beitrag auf die nächste freie Zeit.',
    none: 'Noch keine Sendezeiten. Cadence schlägt für {{network}} diese vor:',
    useSuggested: 'Vorgeschlagene Zeiten übernehmen',
    remove: '{{time}} am {{day}} entfernen',
    newTime: 'Neue Zeit am {{day}}',
    add: 'Hinzufügen',
    addOn: 'Eine Zeit am {{day}} hinzufügen',
    empty: 'Keine Zeiten',
  },
  best: {
    use_one: 'Beste Zeit verwenden: {{when}}',
    use_other: 'Beste Zeiten verwenden: {{when}}',
    noteAt: '{{when}}: {{note}}',
    replaceTitle: 'Sendezeiten ersetzen?',
    replaceMessage_one:
      'Die {{count}} Sendezeit von {{channel}} wird durch die besten gefundenen ersetzt: {{when}}. Beiträge, die schon in der Warteschlange sind, behalten ihre Zeiten.',
    replaceMessage_other:
      'Die {{count}} Sendezeiten von {{channel}} werden durch die besten gefundenen ersetzt: {{when}}. Beiträge, die schon in der Warteschlange sind, behalten ihre Zeiten.',
    replace: 'Ersetzen',
  },
  pause: {
    pause: 'Warteschlange anhalten',
    resume: 'Warteschlange fortsetzen',
    running: 'Die Warteschlange läuft: ihre Beiträge gehen zu ihren Zeiten hinaus.',
    paused:
      'Warteschlange angehalten: ihre Beiträge bleiben auf ihren Zeiten und werden nicht gesendet, und kein Dauerbrenner wird hineingesetzt, bis Sie sie fortsetzen.',
  },
  list: {
    title: 'In der Warteschlange',
    empty: 'Nichts in der Warteschlange. Schreiben Sie einen Beitrag und wählen Sie „Zur Warteschlange“.',
    shuffle: 'Mischen',
    moveUp: '„{{post}}“ früher senden',
    moveDown: '„{{post}}“ später senden',
    item: '{{time}}: {{post}}',
    keyboard:
      'Zum Umsortieren mit der Tastatur einen Beitrag auswählen und Alt+↑ oder Alt+↓ drücken. Verschieben tauscht die Zeiten.',
    evergreen: 'Dauerbrenner',
    recycled: 'Wiederholt',
    untitled: 'Nur Bild',
    moved: '„{{post}}“ geht jetzt {{time}} hinaus.',
  },
  composer: {
    title: 'Warteschlange',
    add: 'Zur Warteschlange',
    readd: 'Auf die nächste freie Zeit setzen',
    queuedFor: 'In der Warteschlange für {{time}}.',
    hint: 'Der Beitrag kommt auf die früheste freie Sendezeit, die alle seine Kanäle gemeinsam haben.',
    warnings: 'Bevor er hinausgeht',
    sameHour: '{{channel}} hat innerhalb derselben Stunde einen weiteren Beitrag ({{time}}).',
    duplicateText:
      '{{channel}} lehnt Text ab, den es kürzlich schon gesehen hat, und derselbe Text geht dort {{time}} hinaus. Ändern Sie ein paar Wörter.',
    evergreen: 'Dauerbrenner: in freie Zeiten der Warteschlange wiederholen',
    evergreenHint:
      'Cadence veröffentlicht ihn in freien Zeiten erneut, nie zweimal hintereinander auf einem Kanal. Jede Wiederholung ist ein eigener Beitrag.',
    gapDays: 'Mindestens so viele Tage Abstand',
    until: 'Wiederholen bis (freiwillig)',
    saveEvergreen: 'Dauerbrenner-Einstellungen speichern',
  },
  calendar: {
    gap: 'Freie Sendezeit auf {{channel}}',
    freeSlots_one: '{{count}} freie Sendezeit',
    freeSlots_other: '{{count}} freie Sendezeiten',
    freeSlotsLabel_one: '{{count}} freie Sendezeit am {{day}}: diese Woche öffnen',
    freeSlotsLabel_other: '{{count}} freie Sendezeiten am {{day}}: diese Woche öffnen',
    paused_one: 'Die Warteschlange von {{channels}} ist angehalten: ihre Beiträge werden nicht gesendet.',
    paused_other: 'Die Warteschlangen von {{channels}} sind angehalten: ihre Beiträge werden nicht gesendet.',
    openQueue: 'Warteschlange öffnen',
  },
};
