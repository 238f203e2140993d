import type { Catalog } from '../catalog';
import type { brandKit as en } from '../en/brand-kit';

export const brandKit: Catalog<typeof en> = {
  title: 'Markenleitfaden',
  intro:
    'Ein Tonfall und ein Auftritt auf allen Kanälen. Der Editor prüft jeden Beitrag schon beim Tippen an diesem Leitfaden, ganz ohne Verbindung. Exportieren Sie ihn, um ihn mit einer Hilfe zu teilen.',
  loading: 'Ihr Leitfaden wird geladen…',
  export: 'Leitfaden exportieren…',
  import: 'Leitfaden importieren…',
  fileLabel: 'Zu importierende Markenleitfaden-Datei',
  save: 'Leitfaden speichern',
  undo: 'Änderungen verwerfen',
  saved: 'Gespeichert',
  exported: 'Als {{file}} exportiert.',
  imported: 'Leitfaden aus {{file}} importiert.',
  notRight: 'Etwas im Leitfaden stimmt nicht',
  problem: '{{problem}}.',
  tooLarge:
    '{{file}} ist zu groß für einen Markenleitfaden. Wählen Sie die .json-Datei, die Cadence exportiert hat.',
  replace: {
    title: 'Den Leitfaden durch den importierten ersetzen?',
    message:
      'Sie haben hier nicht gespeicherte Änderungen. Der Import ersetzt sie durch den Leitfaden aus der Datei.',
    confirm: 'Importieren und ersetzen',
  },
  voice: {
    title: 'Tonfall',
    label: 'Wie Ihr Unternehmen klingt',
    placeholder:
      'z. B. Herzlich und nachbarschaftlich, nie aufdringlich. Wir reden wie die Bäckerin hinter der Theke.',
  },
  words: {
    title: 'Wörter',
    avoid: 'Zu vermeidende Wörter',
    avoidHint: 'Der Editor markiert sie in Ihrem Text, mit einem Ersatzwort, wenn Sie eines angeben.',
    sayInstead: '→ stattdessen „{{word}}“',
    removeAvoid: '„{{word}}“ von den zu vermeidenden Wörtern entfernen',
    remove: 'Entfernen',
    avoidField: 'Zu vermeidendes Wort oder zu vermeidender Ausdruck',
    avoidPlaceholder: 'z. B. billig',
    insteadField: 'Stattdessen sagen (optional)',
    insteadPlaceholder: 'z. B. preiswert',
    addAvoid: 'Zu vermeidendes Wort hinzufügen',
    typeAvoid: 'Geben Sie zuerst das zu vermeidende Wort oder den Ausdruck ein.',
    typeTerm: 'Geben Sie zuerst ein Wort oder einen Ausdruck ein.',
    already: '„{{word}}“ steht schon auf der Liste.',
    prefer: 'Bevorzugte Wörter und Ausdrücke',
    preferHint: 'Eine Erinnerung daran, wie Sie Dinge gern sagen.',
    preferPlaceholder: 'z. B. handgemacht',
    removeFrom: '„{{word}}“ entfernen aus: {{list}}',
    add: 'Hinzufügen',
    addTo: ' zu: {{list}}',
  },
  required: {
    title: 'In jedem Beitrag erforderlich',
    campaign: 'Kampagnenbeiträge müssen enthalten',
    campaignHint: 'Bezahlte oder werbende Beiträge brauchen meist einen Hinweis wie #Werbung.',
    campaignPlaceholder: 'z. B. #Werbung',
    organic: 'Organische Beiträge müssen enthalten',
    organicPlaceholder: 'z. B. #IhreMarke',
  },
  limits: {
    title: 'Grenzen und Links',
    emoji: 'Höchstens so viele Emojis pro Beitrag',
    hashtags: 'Höchstens so viele Hashtags pro Beitrag',
    none: 'Keine Grenze',
    hint: 'Leer lassen für keine Grenze.',
    links: 'Links',
    https: 'Links müssen https:// verwenden',
    shorteners: 'Keine Linkverkürzer wie bit.ly',
    utm: 'Kampagnenlinks brauchen UTM-Parameter',
  },
  check: {
    title: 'Markenleitfaden',
    fits: 'Dieser Beitrag passt zu Ihrem Markenleitfaden.',
    problems_one: '{{count}} Punkt passt nicht zu Ihrem Markenleitfaden.',
    problems_other: '{{count}} Punkte passen nicht zu Ihrem Markenleitfaden.',
    list: 'Abweichungen vom Markenleitfaden',
    showLabel: 'Im Text zeigen: {{problem}}',
    show: 'Zeigen',
    open: 'Markenleitfaden öffnen',
  },
  anyway: {
    title: 'Dieser Beitrag weicht von Ihrem Markenleitfaden ab',
    scheduling_one:
      'Es gibt {{count}} Abweichung. Sie können sie zuerst beheben oder den Beitrag so einplanen, wie er ist.',
    scheduling_other:
      'Es gibt {{count}} Abweichungen. Sie können sie zuerst beheben oder den Beitrag so einplanen, wie er ist.',
    publishing_one:
      'Es gibt {{count}} Abweichung. Sie können sie zuerst beheben oder den Beitrag so veröffentlichen, wie er ist.',
    publishing_other:
      'Es gibt {{count}} Abweichungen. Sie können sie zuerst beheben oder den Beitrag so veröffentlichen, wie er ist.',
    fix: 'Zuerst beheben',
    post: 'Trotzdem veröffentlichen',
  },
};
