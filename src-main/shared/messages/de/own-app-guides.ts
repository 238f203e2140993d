// The own-app guides in German. The portals are in English, so their names (menus, buttons,
// products) stay as the portals show them, with a German gloss in brackets where it helps.
import type { OWN_APP_GUIDE_MESSAGES } from '../own-app-guide-messages';
import type { Catalog } from '../catalog';

export const ownAppGuides: Catalog<typeof OWN_APP_GUIDE_MESSAGES> = {
  x: {
    steps: {
      signUp:
        'Öffnen Sie developer.x.com und melden Sie sich mit dem X-Konto an, unter dem Sie posten. Wenn X danach fragt, registrieren Sie sich für ein Entwicklerkonto. Mit dem Free-Tarif können Sie posten, Ihre Beiträge aber nicht zurücklesen; geht eine Antwort verloren, fragt Cadence Sie deshalb, ob ein Beitrag erschienen ist.',
      createApp:
        'Legen Sie im Developer Portal ein Project und darin eine App an. Der Name ist beliebig, etwa „Cadence für Rosas Bäckerei“.',
      userAuthentication:
        'Öffnen Sie die Einstellungen der App und wählen Sie unter „User authentication settings“ (Einstellungen zur Benutzeranmeldung) „Set up“.',
      permissions:
        'Wählen Sie unter „App permissions“ (App-Berechtigungen) „Read and write“ (Lesen und Schreiben).',
      appType:
        'Wählen Sie unter „Type of App“ (App-Typ) „Native App“: Dann braucht Cadence nur die Client ID. („Web App, Automated App or Bot“ geht auch; Sie erhalten dann zusätzlich ein Client Secret, das Cadence im Schlüsselbund Ihres Computers aufbewahrt.)',
      callback:
        'Fügen Sie unter „Callback URI / Redirect URL“ genau diese Adresse ein. X vergleicht sie Zeichen für Zeichen, einschließlich des Ports; ändern Sie sie also nicht in „localhost“:',
      website:
        'Geben Sie unter „Website URL“ die Website Ihres Unternehmens ein (X verlangt eine) und speichern Sie.',
      keys: 'Öffnen Sie „Keys and tokens“ (Schlüssel und Tokens) und kopieren Sie die OAuth 2.0 Client ID (bei einer Web App auch das Client Secret) in die Felder unten. API Key und Secret darüber sind für etwas anderes gedacht.',
      signIn:
        'Wählen Sie „Verbindung testen“ und dann „Mit X anmelden“. Ihr Browser öffnet X: Prüfen Sie das Konto und wählen Sie „Authorize app“ (App autorisieren). Cadence lauscht nur während der Anmeldung auf diesem Computer an Port {{port}}; nutzt ein anderes Programm diesen Port, schließen Sie es und verbinden Sie sich erneut.',
    },
    scopes: {
      tweetRead: 'Ihre Beiträge lesen, um zu prüfen, ob ein Beitrag erschienen ist',
      tweetWrite: 'Ihre Beiträge und Antworten veröffentlichen',
      usersRead: 'Ihren Handle, Namen, Ihr Profilbild und Ihre Follower-Zahl lesen',
      offlineAccess: 'verbunden bleiben, ohne dass Sie sich alle zwei Stunden neu anmelden',
      mediaWrite: 'Ihre Fotos hochladen',
    },
  },
  meta: {
    steps: {
      createApp:
        'Öffnen Sie developers.facebook.com/apps und melden Sie sich mit dem Facebook-Konto an, das Ihre Seite verwaltet. Wenn Meta danach fragt, registrieren Sie sich als Entwickler (das ist kostenlos). Wählen Sie „Create App“ (App erstellen).',
      nameApp:
        'Geben Sie der App einen Namen, etwa „Cadence für Rosas Bäckerei“, und Ihre E-Mail-Adresse an. Wenn Meta fragt, was die App tun soll, wählen Sie „Other“ (Sonstiges) und dann den App-Typ „Business“. Fragt Meta nach einem Business-Portfolio, wählen Sie Ihres oder fahren Sie ohne fort.',
      facebookLogin:
        'Richten Sie im Dashboard der App „Facebook Login for Business“ ein (Meta nennt es eventuell „Facebook Login“). Öffnen Sie dessen Settings (Einstellungen), fügen Sie unter „Valid OAuth Redirect URIs“ (gültige OAuth-Weiterleitungs-URIs) genau diese Adresse ein und speichern Sie. Meta vergleicht sie Zeichen für Zeichen, einschließlich des Ports:',
      instagram:
        'Für Instagram richten Sie zusätzlich das Produkt „Instagram“ mit Facebook Login ein. Ihr Instagram-Konto muss ein professionelles Konto (Business oder Creator) sein, das mit Ihrer Facebook-Seite verknüpft ist: Stellen Sie es in Instagram unter Einstellungen → Kontoart und Tools um und verknüpfen Sie es dann in den Einstellungen Ihrer Seite.',
      developmentMode:
        'Lassen Sie die App im „Development mode“ (Entwicklungsmodus). Darin funktioniert sie nur für Personen mit einer Rolle in der App, also für Sie, und Meta muss sie nicht prüfen. Nur in diesem Modus schickt Meta die Anmeldung an eine Adresse auf diesem Computer zurück.',
      keys: 'Öffnen Sie „App settings → Basic“ (App-Einstellungen → Allgemein) und kopieren Sie die App ID und das App Secret (wählen Sie „Show“) in die Felder unten. Cadence bewahrt das Secret im Schlüsselbund Ihres Computers auf.',
      signIn:
        'Wählen Sie „Verbindung testen“ und dann „Mit Facebook anmelden“. Facebook öffnet sich in Ihrem Browser: Fahren Sie als Sie selbst fort, haken Sie die Seiten und Instagram-Konten an, die Cadence nutzen darf, und erlauben Sie alle unten aufgeführten Berechtigungen. Cadence lauscht nur während der Anmeldung auf diesem Computer an Port {{port}}. Wählen Sie danach in Cadence, welche Seite und welches Instagram-Konto Sie verbinden.',
      renewal:
        'Die Anmeldung bei Facebook gilt etwa 60 Tage. Cadence erneuert sie vorher; lehnt Facebook das ab, zeigt der Kalender, welche Beiträge gefährdet sind und wann Sie sich neu verbinden sollten.',
      imageNote:
        'Instagram holt Ihre Bilder aus dem Internet. Deshalb lädt Cadence sie zuerst als unveröffentlichte Fotos auf Ihre Facebook-Seite hoch, die nur Administratoren der Seite sehen, und löscht sie nach dem Posten.',
    },
    scopes: {
      pagesShowList: 'die Seiten auflisten, die Sie verwalten, damit Sie wählen können, welche Sie verbinden',
      pagesReadEngagement:
        'Namen, Follower-Zahl und neueste Beiträge Ihrer Seite lesen (um zu prüfen, ob ein Beitrag erschienen ist) und wo Facebook die Fotos ablegt, die Cadence für Instagram hochlädt',
      pagesManagePosts:
        'Beiträge und Fotos auf Ihrer Seite veröffentlichen sowie die unveröffentlichten Fotos hochladen und entfernen, die Instagram abholt',
      pagesReadUserContent: 'die Kommentare lesen, die Leute unter den Beiträgen Ihrer Seite hinterlassen',
      pagesManageEngagement: 'auf diese Kommentare aus dem Posteingang von Cadence antworten',
      instagramBasic: 'Namen, Follower-Zahl und neueste Beiträge Ihres Instagram-Kontos lesen',
      instagramContentPublish:
        'Fotos und Karussells auf Instagram veröffentlichen und lesen, wie viele Beiträge Instagram heute noch annimmt',
      instagramManageComments: 'die Kommentare zu Ihren Instagram-Beiträgen lesen und beantworten',
      businessManagement:
        'Ihre Seite und Ihr Instagram-Konto finden, wenn sie zu einem Business-Portfolio gehören (die Meta Business Suite legt sie in eines)',
    },
  },
  threads: {
    steps: {
      createApp:
        'Öffnen Sie developers.facebook.com/apps und melden Sie sich mit dem Facebook-Konto an, das mit Ihrem Instagram- und Threads-Profil verknüpft ist. Wählen Sie „Create app“ (App erstellen).',
      nameApp:
        'Geben Sie der App einen Namen (zum Beispiel „Cadence für Rosas Bäckerei“) und wählen Sie unter „Use cases“ (Anwendungsfälle) „Access the Threads API“. Erstellen Sie die App fertig; sie bleibt im Entwicklungsmodus, und mehr braucht Cadence nicht, um auf Ihrem eigenen Profil zu posten.',
      permissions:
        'Öffnen Sie Use cases → Access the Threads API → Customize. Fügen Sie unter „Permissions“ (Berechtigungen) threads_content_publish, threads_manage_insights, threads_manage_replies und threads_read_replies hinzu (threads_basic ist schon dabei).',
      callback:
        'Öffnen Sie im selben Anwendungsfall die „Settings“ (Einstellungen). Fügen Sie unter „Redirect Callback URLs“ genau diese Adresse ein (Threads nimmt nur https-Adressen an). Fügen Sie sie auch unter „Uninstall Callback URL“ und „Delete Callback URL“ ein und speichern Sie dann:',
      tester:
        'Öffnen Sie App roles → Roles → Add People, wählen Sie „Threads Tester“ und geben Sie Ihren Threads-Benutzernamen ein. Öffnen Sie dann in der Threads-App Einstellungen → Konto → Website-Berechtigungen → Einladungen und nehmen Sie die Einladung an.',
      keys: 'Öffnen Sie „App settings → Basic“ (App-Einstellungen → Allgemein) und kopieren Sie die Threads App ID und das Threads App Secret in die Felder unten (nicht die Facebook App ID darüber).',
      signIn:
        'Wählen Sie „Verbindung testen“ und dann „Mit Threads anmelden“. Ihr Browser öffnet Threads: Prüfen Sie das Profil und wählen Sie „Allow“ (Erlauben). Danach bleibt der Browser auf einer Seite stehen, die meldet, dass keine Verbindung möglich ist. Das ist so gewollt: Kopieren Sie die ganze Adresse aus der Adresszeile (sie beginnt mit {{start}}) und fügen Sie sie in Cadence ein.',
      photos:
        'Fotos: Threads nimmt ein Foto nur von einer öffentlichen Webadresse. Ist in Cadence eine Facebook-Seite verbunden, lädt Cadence jedes Foto als unveröffentlichtes Foto auf diese Seite hoch (es erscheint dort nicht), gibt Threads dessen Adresse und löscht es, sobald Threads es hat. Ohne verbundene Facebook-Seite postet Cadence auf Threads nur Text.',
    },
    scopes: {
      threadsBasic: 'Ihr Threads-Profil und Ihre Beiträge lesen, um zu prüfen, ob ein Beitrag erschienen ist',
      threadsContentPublish: 'Ihre Beiträge veröffentlichen',
      threadsManageInsights: 'Ihre Follower-Zahl lesen',
      threadsManageReplies: 'Ihre Antworten auf Antworten veröffentlichen',
      threadsReadReplies: 'die Antworten auf Ihre Beiträge lesen',
    },
  },
  linkedin: {
    steps: {
      createApp:
        'Öffnen Sie linkedin.com/developers/apps, melden Sie sich mit dem LinkedIn-Konto an, unter dem Sie posten, und wählen Sie „Create app“ (App erstellen).',
      nameApp:
        'Geben Sie der App einen Namen (zum Beispiel „Cadence für Rosas Bäckerei“) und wählen Sie die LinkedIn-Seite Ihres Unternehmens als dessen Company (LinkedIn verlangt eine). Fügen Sie ein Logo hinzu, stimmen Sie den Bedingungen zu und erstellen Sie die App. Wenn LinkedIn danach fragt, lassen Sie die App von einem Administrator der Seite unter Settings → Verify bestätigen.',
      products:
        'Öffnen Sie „Products“ (Produkte) und fügen Sie „Share on LinkedIn“ und „Sign In with LinkedIn using OpenID Connect“ hinzu. LinkedIn gewährt beide sofort.',
      communityManagement:
        'Um auch als Ihre Unternehmensseite zu posten, beantragen Sie zusätzlich das Produkt „Community Management API“. LinkedIn prüft diesen Antrag und antwortet per E-Mail. Bis er genehmigt ist, postet Cadence nur als Sie selbst, und LinkedIn lehnt die Anmeldung von Cadence womöglich ab, solange die App danach fragt; verbinden Sie sich deshalb nach der Genehmigung erneut.',
      redirect:
        'Öffnen Sie „Auth“. Fügen Sie unter OAuth 2.0 settings → Authorized redirect URLs for your app (erlaubte Weiterleitungsadressen) genau diese Adresse hinzu. LinkedIn vergleicht sie Zeichen für Zeichen, einschließlich des Ports:',
      keys: 'Kopieren Sie auf derselben Auth-Seite die Client ID und das Primary Client Secret in die Felder unten. Cadence bewahrt das Secret im Schlüsselbund Ihres Computers auf.',
      signIn:
        'Wählen Sie „Verbindung testen“ und dann „Mit LinkedIn anmelden“. Ihr Browser öffnet LinkedIn: Prüfen Sie das Konto und wählen Sie „Allow“ (Erlauben). Cadence lauscht nur während der Anmeldung auf diesem Computer an Port {{port}}; nutzt ein anderes Programm diesen Port, schließen Sie es und verbinden Sie sich erneut.',
      renewal:
        'Die Anmeldung bei LinkedIn gilt 60 Tage. Hat LinkedIn Ihrer App Refresh-Tokens erlaubt, erneuert Cadence sie selbst bis zu einem Jahr lang; sonst sagt Ihnen der Kalender rechtzeitig, wann Sie sich neu verbinden sollten.',
    },
    scopes: {
      openid: 'erkennen, welches LinkedIn-Mitglied sich angemeldet hat',
      profile: 'Ihren Namen und Ihr Profilbild lesen',
      wMemberSocial: 'Ihre Beiträge in Ihrem Namen veröffentlichen',
      wOrganizationSocial: 'Beiträge als die Seiten veröffentlichen, die Sie betreuen',
      rOrganizationSocial: 'die Beiträge Ihrer Seiten lesen, um zu prüfen, ob ein Beitrag erschienen ist',
      rwOrganizationAdmin: 'die Seiten auflisten, die Sie betreuen, mit ihren Namen und Follower-Zahlen',
    },
  },
};
