import type { Catalog } from '../catalog';
import type { connect as en } from '../en/connect';

export const connect: Catalog<typeof en> = {
  title: 'Konto verbinden',
  reconnectTitle: '{{name}} erneut verbinden',
  close: 'Schließen',
  reconnectHint:
    'Melden Sie sich erneut bei {{network}} an. Der Kanal behält seinen Namen und seine Beiträge.',
  choose: 'Netzwerk wählen',
  label: '{{network}} verbinden',
  hints: {
    instagram: 'Ein professionelles Konto, mit Ihrer eigenen Meta-App',
    facebook: 'Eine Seite, mit Ihrer eigenen Meta-App',
    linkedin: 'Sie selbst oder Ihre Unternehmensseite, mit Ihrer eigenen App',
    x: 'Mit Ihrer eigenen X-Entwickler-App',
    threads: 'Ihr Profil, mit Ihrer eigenen Meta-App',
    bluesky: 'Benutzername und App-Passwort',
    mastodon: 'Jeder Mastodon-Server',
    telegram: 'Ein Kanal, über einen Bot',
    discord: 'Ein Kanal-Webhook',
    webhook: 'Zapier, Make, n8n oder Ihre Website',
    reminder: 'TikTok, Google Unternehmensprofil, Pinterest und mehr: Sie posten von Hand',
  },
  reminder: {
    title: 'Erinnern',
    intro:
      'Für Netzwerke, in denen Cadence nicht selbst posten kann. Zur Zeit jedes Beitrags erinnert Cadence Sie, mit dem Text zum Kopieren, den Bildern und einem Link zum Editor des Netzwerks.',
    network: 'Netzwerk',
    other: 'Anderes',
    name: 'Name des Netzwerks',
    composer: 'Wo Sie einen Beitrag schreiben',
    composerHint: 'Die Webadresse der Seite des Netzwerks für einen neuen Beitrag, beginnend mit https://',
    add: 'Kanal hinzufügen',
  },
  name: 'Name in Cadence',
  nameHint: 'Optional. So wird dieses Konto im Editor und im Kalender beschriftet.',
  connect: 'Verbinden',
  connecting: 'Wird verbunden…',
  cancel: 'Abbrechen',
  openingBrowser: 'Ihr Browser wird geöffnet…',
  bluesky: {
    server: 'Server',
    serverHint: 'Lassen Sie das so, es sei denn, Ihr Konto liegt auf einem eigenen Server.',
    identifier: 'Benutzername oder E-Mail',
    password: 'App-Passwort',
    passwordHint:
      'Nicht Ihr Hauptpasswort. Legen Sie eines in Bluesky an unter Einstellungen → Privatsphäre und Sicherheit → App-Passwörter.',
  },
  discord: {
    url: 'Webhook-URL',
    urlHint:
      'In Discord: Servereinstellungen → Integrationen → Webhooks → Neuer Webhook, den Kanal wählen, dann Webhook-URL kopieren. Wer sie hat, kann posten; deshalb bewahrt Cadence sie in Ihrem Schlüsselbund auf.',
  },
  telegram: {
    token: 'Bot-Token',
    tokenHint:
      'Von @BotFather in Telegram: Senden Sie /newbot und fügen Sie den Bot dann als Administrator mit Schreibrecht zu Ihrem Kanal hinzu.',
    chat: 'Kanal',
    chatHint: 'Der @Benutzername des Kanals oder bei einem privaten Kanal seine numerische ID.',
    advanced: 'Erweitert',
    api: 'Bot-API-Server',
    apiHint: 'Ändern Sie das nur, wenn Sie einen eigenen Telegram-Bot-API-Server betreiben.',
  },
  webhook: {
    url: 'Webhook-URL',
    urlHint:
      'Cadence sendet jeden Beitrag bei Fälligkeit als JSON hierher, mit einem Idempotency-Key-Header, damit ein erneuter Versuch nie ein zweiter Beitrag wird.',
    secret: 'Signaturschlüssel',
    secretHint:
      'Jede Anfrage trägt einen X-Cadence-Signature-Header: sha256= und den HMAC-SHA256 des Inhalts mit diesem Schlüssel. Übernehmen Sie ihn jetzt in Ihren Empfänger; Cadence zeigt ihn nicht noch einmal.',
    generate: 'Erzeugen',
  },
  mastodon: {
    server: 'Serveradresse',
    serverHint: 'Der Server Ihres Kontos: der Teil nach dem zweiten @ in Ihrem Benutzernamen.',
    signIn: 'Mit Mastodon anmelden',
    waiting: 'Erlauben Sie Cadence den Zugriff im geöffneten Browserfenster. Cadence wartet…',
    viaBrowser: 'Stattdessen über den Browser anmelden',
    viaToken: 'Stattdessen ein Zugriffstoken einfügen',
    token: 'Zugriffstoken',
    tokenHint:
      'In Mastodon: Einstellungen → Entwicklung → Neue Anwendung, mit Lese- und Schreibrechten. Kopieren Sie „Dein Zugangs-Token“.',
    notFound:
      'Mastodon hat zugestimmt, aber Cadence findet den neuen Kanal nicht. Bitte versuchen Sie es erneut.',
    unfinished: 'Die Anmeldung bei Mastodon wurde nicht abgeschlossen. Bitte versuchen Sie es erneut.',
  },
  ownApp: {
    app: {
      x: 'X-App',
      facebook: 'Meta-App',
      instagram: 'Meta-App',
      threads: 'Meta-App für Threads',
      linkedin: 'LinkedIn-App',
    },
    id: {
      x: 'Client-ID',
      facebook: 'App-ID',
      instagram: 'App-ID',
      threads: 'Threads-App-ID',
      linkedin: 'Client-ID',
    },
    secret: {
      x: 'Client-Secret',
      facebook: 'App-Geheimcode',
      instagram: 'App-Geheimcode',
      threads: 'Threads-App-Geheimcode',
      linkedin: 'Client-Secret',
    },
    ready: 'Ihre {{app}} ist bereit. Wählen Sie „Mit {{network}} anmelden“.',
    secretSaved:
      'Im Schlüsselbund Ihres Computers ist ein Geheimcode gespeichert. Lassen Sie das Feld leer, um ihn zu behalten.',
    secretOptional:
      'Nur, wenn Ihre App einen hat. Wird im Schlüsselbund Ihres Computers aufbewahrt und nie wieder angezeigt.',
    secretKept: 'Wird im Schlüsselbund Ihres Computers aufbewahrt und nie wieder angezeigt.',
    forget: 'Diese App vergessen',
    forgetTitle: '{{app}} vergessen?',
    forgetMessage:
      'Cadence löscht die ID und das Geheimnis der App aus dem Schlüsselbund dieses Computers. Kanäle, die Sie damit angemeldet haben, veröffentlichen weiter, bis ihre Anmeldung abläuft (eine X-Anmeldung gilt zwei Stunden), denn zum Verlängern braucht es die App. Geplante Beiträge, die danach fällig sind, werden im Kalender markiert: Geben Sie die App erneut ein und verbinden Sie neu, bevor sie fällig sind, sonst halten sie mit einem Hinweis zum neu Verbinden an. Ihre Beiträge und Kanäle bleiben.',
    forgetMessageThreads:
      'Cadence löscht die ID und das Geheimnis der App aus dem Schlüsselbund dieses Computers. Threads-Kanäle verlängern ihre Anmeldung ohne sie, daher laufen sie und ihre geplanten Beiträge weiter; für eine neue Anmeldung brauchen Sie die ID und das Geheimnis der App wieder. Ihre Beiträge und Kanäle bleiben.',
    forgotten: '{{app}} ist vergessen. Fügen Sie ID und Geheimnis erneut ein, um sich damit anzumelden.',
    test: 'Verbindung testen',
    testing: 'Wird getestet…',
    signIn: 'Mit {{network}} anmelden',
    waiting: 'Erlauben Sie Cadence den Zugriff im geöffneten Browserfenster. Cadence wartet…',
    waitingPaste:
      'Erlauben Sie Cadence den Zugriff im geöffneten Browserfenster. Der Browser bleibt dann auf einer Seite stehen, die nicht lädt: Das ist so gewollt. Kopieren Sie ihre ganze Adresse und fügen Sie sie hier ein.',
    address: 'Adresse, bei der der Browser stehen blieb',
    finish: 'Anmeldung abschließen',
    notFound:
      'Die Anmeldung hat geklappt, aber Cadence findet den neuen Kanal nicht. Bitte versuchen Sie es erneut.',
  },
  guide: {
    title: 'So erstellen Sie Ihre {{app}}',
    intro:
      'Cadence veröffentlicht über eine App, die Sie selbst registrieren, damit kein Unternehmen zwischen Ihnen und Ihrem Konto steht. Das dauert einmalig etwa zehn Minuten. Beginnen Sie bei <link>{{host}}</link>.',
    scopes: 'Cadence fragt diese Berechtigungen an und nutzt sie nur, um:',
    copy: 'Kopieren',
    copyAddress: ' die Adresse {{text}}',
    copied: 'Kopiert.',
    copyFailed: 'Cadence konnte das nicht kopieren: Markieren Sie die Adresse und kopieren Sie sie selbst.',
  },
  picker: {
    legend: 'Wählen Sie die zu verbindenden Konten',
    kind: { person: 'Profil', page: 'Seite', organisation: 'Unternehmensseite', account: 'Konto' },
    label: '{{network}}-{{kind}}: {{name}}',
    already: ' (bereits in Cadence als „{{name}}“: wird erneut angemeldet)',
    connect: 'Ausgewählte Konten verbinden',
  },
};
