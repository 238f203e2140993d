import type { Catalog } from '../catalog';
import type { settings as en } from '../en/settings';

export const settings: Catalog<typeof en> = {
  title: 'Einstellungen',
  saved: 'Gespeichert',
  business: {
    title: 'Unternehmen',
    name: 'Name des Unternehmens',
    namePlaceholder: 'Ihr Laden, Studio oder Ihre Marke',
    zone: 'Zeitzone',
    now: 'Dort ist es jetzt {{time}}. ',
    zoneHint:
      'Der Kalender und alle Zeitpläne verwenden diese Zeitzone. Bereits geplante Beiträge behalten ihren Zeitpunkt.',
    weekStart: 'Woche beginnt am',
    weekStartHint: 'Kalender und Wochenplan beginnen an diesem Tag.',
    save: 'Angaben zum Unternehmen speichern',
    saved: 'Angaben zum Unternehmen gespeichert.',
  },
  planBrand: {
    title: 'Plan und Marke',
    intro:
      'Ihr Plan ist auf die Phase „{{stage}}“ ausgelegt ({{source}}). Beantworten Sie die Fragen erneut, wenn sich das Unternehmen verändert hat.',
    chosen: 'von Ihnen gewählt',
    suggested: 'von Cadence vorgeschlagen',
    review: 'Unternehmensphase überprüfen',
    kit: 'Markenleitfaden',
  },
  channels: {
    title: 'Kanäle',
    intro:
      'Verbinden Sie die Konten, auf denen Sie veröffentlichen. Jedes wird im Editor zur Auswahl und im Kalender zur Beschriftung.',
    webMode:
      'Dieses Fenster läuft im Webmodus: Anmeldungen werden nur im Arbeitsspeicher gehalten und beim Beenden von Cadence vergessen.',
    connect: 'Konto verbinden',
    addByHand: 'Kanal von Hand hinzufügen',
    planningOnly:
      'Nur zum Planen: Auf einem von Hand hinzugefügten Kanal kann Cadence nicht veröffentlichen.',
    connected: '{{name}} als {{handle}} verbunden.',
    reconnected: '{{name}} als {{handle}} erneut verbunden.',
    memberOnly:
      'LinkedIn erlaubt Cadence nur, in Ihrem Namen zu posten: Für Unternehmensseiten braucht Ihre LinkedIn-App das Produkt „Community Management API“. Beantragen Sie es im LinkedIn Developer Portal (Ihre App → Products) und melden Sie sich dann erneut an, um Ihre Seiten zu verbinden.',
    added: '{{name}} hinzugefügt.',
    removed: '{{name}} entfernt.',
    disconnected:
      'Verbindung zu {{name}} getrennt. Die Beiträge bleiben; verbinden Sie den Kanal erneut, um wieder zu veröffentlichen.',
    list: 'Ihre Kanäle',
    thisChannel: 'diesen Kanal',
    disconnectTitle: 'Verbindung zu {{name}} trennen?',
    removeTitle: '{{name}} entfernen?',
    disconnectMessage:
      'Cadence vergisst die Anmeldung und veröffentlicht hier nicht mehr. Der Kanal und seine Beiträge bleiben, Sie können ihn später wieder verbinden.',
    removeMessage:
      'Entwürfe und geplante Beiträge gehen nicht mehr an diesen Kanal. Ihr Text und ihre Bilder bleiben.',
    disconnect: 'Trennen',
    removeChannel: 'Kanal entfernen',
    remove: 'Entfernen',
    reconnect: 'Erneut verbinden',
    connectVerb: 'Verbinden',
    action: '{{name}}: {{action}}',
    test: 'Verbindung testen',
    handOffOnSleep:
      'Beiträge von {{name}} automatisch an {{network}} übergeben, wenn dieser Laptop in den Ruhezustand geht',
    testNamed: 'Verbindung testen: {{name}}',
    testing: 'Wird getestet…',
    detail: '{{handle}} · {{network}}',
    followers_one: '{{count}} Follower',
    followers_other: '{{count}} Follower',
    state: {
      connected: 'Verbunden',
      needs_reconnect: 'Anmeldung abgelaufen – bitte erneut verbinden',
      manual: 'Nicht verbunden (Veröffentlichen nicht möglich)',
    },
    testResult: 'Verbunden als {{handle}}',
    testResultFollowers: 'Verbunden als {{handle}} · {{followers}}',
  },
  manual: {
    label: 'Kanal von Hand hinzufügen',
    network: 'Netzwerk',
    name: 'Name des Kanals',
    namePlaceholder: 'z. B. {{network}} für den Laden',
    nameMissing: 'Geben Sie dem Kanal einen Namen',
    handle: 'Benutzername',
    handleMissing: 'Geben Sie den Benutzernamen des Kontos ein',
    add: 'Kanal hinzufügen',
    examples: {
      bluesky: 'ihrname.bsky.social',
      mastodon: '@sie@mastodon.social',
      telegram: '@ihrkanal',
      discord: 'Servername / #ankuendigungen',
      webhook: 'newsletter-feed',
      x: '@ihrname',
      facebook: 'Name Ihrer Seite',
      instagram: '@ihrunternehmen',
      threads: '@ihrunternehmen',
      linkedin: 'Ihr Name oder Ihre Unternehmensseite',
    },
  },
  publishing: {
    title: 'Veröffentlichen',
    tray: 'Cadence im Infobereich weiterlaufen lassen, wenn das Fenster geschlossen wird',
    trayHint:
      'Damit geplante Beiträge trotzdem erscheinen. Beenden Sie Cadence über das Symbol im Infobereich.',
    openAtLogin: 'Cadence bei der Anmeldung starten',
    openAtLoginHint:
      'Cadence startet im Infobereich, damit geplante Beiträge auch dann erscheinen, wenn Sie es nie öffnen.',
    notify: 'Benachrichtigen, wenn ein Beitrag veröffentlicht wurde',
    notifyHint: 'Wenn ein Beitrag fehlschlägt, werden Sie immer benachrichtigt.',
    notifyInbox: 'Benachrichtigen, wenn neue Nachrichten im Posteingang ankommen',
    notifyInboxHint: 'Eine Benachrichtigung für alles, was seit der letzten Abfrage angekommen ist.',
    grace: 'Verpasste Beiträge veröffentlichen, wenn sie höchstens so spät sind:',
    graceHint:
      'Falls der Computer im Ruhezustand oder Cadence geschlossen war, als ein Beitrag fällig wurde. Ist es später, wartet der Beitrag, bis Sie ihn veröffentlichen oder neu einplanen.',
    keepAwake:
      'Beim Beenden anbieten, diesen Laptop wach zu halten für Beiträge, die fällig sind innerhalb von',
    keepAwakeHint:
      'Beenden mit fälligen Beiträgen fragt zuerst. Bleibt Cadence geöffnet, schläft der Laptop nicht ein, bis der letzte in dieser Zeit fällige Beitrag erschienen ist.',
    minutes: '{{count}} Min.',
    hours_one: '{{count}} Stunde',
    hours_other: '{{count}} Stunden',
  },
  appearance: {
    title: 'Darstellung',
    label: 'Farbschema',
    system: 'Wie auf diesem Computer',
    light: 'Hell',
    dark: 'Dunkel',
    hint: '„Wie auf diesem Computer“ folgt seiner hellen oder dunklen Einstellung, auch wenn sie sich im Lauf des Tages ändert.',
  },
  language: {
    title: 'Sprache',
    label: 'Sprache von Cadence',
    system: 'Wie auf diesem Computer ({{language}})',
    hint: 'Datum, Uhrzeit, Zahlen und Beträge werden so geschrieben, wie es in dieser Sprache üblich ist.',
  },
};
