import type { PLAN_MESSAGES } from '../plan-messages';
import type { Catalog } from '../catalog';

export const plan: Catalog<typeof PLAN_MESSAGES> = {
  unavailable: 'Cadence kann das noch nicht prüfen.',
  ticked: 'Erledigt. Sie haben es abgehakt.',
  tickIt: 'Haken Sie es ab, wenn Sie es erledigt haben.',
  tick: {
    gone: 'Diesen Punkt gibt es im Plan nicht.',
    notInStage: 'Dieser Punkt gehört nicht zum Plan für Ihre Phase.',
    auto: 'Cadence prüft diesen Punkt selbst anhand dessen, was Sie tatsächlich getan haben, daher lässt er sich nicht von Hand abhaken.',
    onlyThisWeek:
      'Nur die aktuelle Woche lässt sich abhaken ({{current}}); vergangene Wochen bleiben, wie sie waren.',
    onlyThisMonth:
      'Nur der aktuelle Monat lässt sich abhaken ({{current}}); vergangene Monate bleiben, wie sie waren.',
    onlyThisPlan: 'Nur der aktuelle Plan lässt sich abhaken ({{current}}).',
  },
  guidance: {
    inbox:
      'Verfügbar, sobald Sie den Posteingang für einen verbundenen Kanal einschalten, damit Cadence Erwähnungen und Kommentare sieht.',
    metrics:
      'Verfügbar, sobald Cadence Follower- und Interaktionszahlen von einem verbundenen Kanal erfassen darf.',
    campaigns: 'Verfügbar, sobald Sie in Cadence eine Kampagne mit Budget und Zeitraum anlegen.',
    adSpend: 'Verfügbar, sobald Sie Ihre Werbeausgaben in Cadence erfassen.',
    conversions: 'Verfügbar, sobald Sie Klicks und Conversions aus Ihrer Webanalyse in Cadence importieren.',
    brandKit: 'Verfügbar, sobald Sie Ihren Markenleitfaden geschrieben haben.',
  },
  target: {
    channels_one: '{{count}} Kanal',
    channels_other: '{{count}} Kanäle',
    voice: 'ein Tonfall und seine Regeln',
    postsAWeek_one: '{{count}} Beitrag pro Woche',
    postsAWeek_other: '{{count}} Beiträge pro Woche',
    scheduledAhead_one: '{{count}} Beitrag in den nächsten {{days}} Tagen eingeplant',
    scheduledAhead_other: '{{count}} Beiträge in den nächsten {{days}} Tagen eingeplant',
    repliesWithin: 'Antworten innerhalb von {{hours}} Std.',
    kitClean: 'kein Beitrag verstößt gegen den Leitfaden',
    monthly: 'einmal im Monat',
    signedIn: 'jeder Kanal angemeldet, bis seine Beiträge fällig sind',
    audienceGoal: 'eine Zielgruppe, ein Ziel',
    campaignAMonth: 'eine Kampagne im Monat',
    campaignsRunning: 'Kampagnen laufen ständig: {{count}} gleichzeitig',
    linksTagged: 'jeder Link markiert',
  },
  items: {
    connectChannel: {
      title: 'Einen Kanal verbinden',
      why: 'Eine beständige Präsenz beginnt mit einem Konto, auf dem Cadence für Sie veröffentlichen kann.',
      connected_one: '{{count}} Kanal verbunden.',
      connected_other: '{{count}} Kanäle verbunden.',
      none: 'Noch kein Kanal verbunden.',
      action: 'Kanal verbinden',
    },
    brandKit: {
      title: 'Markenleitfaden schreiben',
      why: 'Ein Tonfall und ein Auftritt auf allen Plattformen machen Ihre Marke wiedererkennbar.',
      none: 'Noch kein Markenleitfaden.',
      noVoice: 'Der Leitfaden hat Regeln, aber noch keine Beschreibung Ihres Tonfalls.',
      written: 'Ihr Markenleitfaden ist geschrieben.',
      action: 'Markenleitfaden schreiben',
      describeVoice: 'Tonfall beschreiben',
    },
    publishPosts: {
      title_one: 'Diese Woche {{count}} Beitrag veröffentlichen',
      title_other: 'Diese Woche {{count}} Beiträge veröffentlichen',
      why: 'Wer regelmäßig erscheint, bleibt im Feed seiner Follower; Konten, die verstummen, geraten in Vergessenheit.',
      status: '{{published}} von {{target}} Beiträgen diese Woche veröffentlicht.',
      statusScheduled:
        '{{published}} von {{target}} Beiträgen diese Woche veröffentlicht, {{scheduled}} weitere eingeplant.',
      schedule_one: 'Diese Woche {{count}} weiteren Beitrag einplanen',
      schedule_other: 'Diese Woche {{count}} weitere Beiträge einplanen',
      seeScheduled: 'Die geplanten Beiträge dieser Woche ansehen',
    },
    fillCalendar: {
      title: 'Den Kalender {{days}} Tage im Voraus füllen',
      why: 'Vorausgeplante Beiträge halten Ihre Präsenz auch in einer vollen Woche stabil.',
      status_one: '{{count}} Beitrag in den nächsten {{days}} Tagen eingeplant, von {{target}}.',
      status_other: '{{count}} Beiträge in den nächsten {{days}} Tagen eingeplant, von {{target}}.',
      schedule_one: '{{count}} weiteren Beitrag in den nächsten {{days}} Tagen einplanen',
      schedule_other: '{{count}} weitere Beiträge in den nächsten {{days}} Tagen einplanen',
    },
    replyOnTime: {
      title: 'Jede Erwähnung und jeden Kommentar innerhalb von {{hours}} Std. beantworten',
      why: 'Eine Community entsteht Antwort für Antwort; die Leute merken, wenn niemand antwortet.',
      nothing: 'Diese Woche wartete nichts auf eine Antwort.',
      status: '{{answered}} von {{received}} innerhalb von {{hours}} Std. beantwortet.',
      action: 'Posteingang öffnen',
    },
    keepSignedIn: {
      title: 'Jeden Kanal angemeldet halten, bis seine Beiträge fällig sind',
      why: 'Eine Anmeldung, die vor einem geplanten Beitrag abläuft, lässt den Beitrag scheitern; rechtzeitig neu verbinden rettet ihn.',
      none: 'Kein geplanter Beitrag hängt an einer Anmeldung, die vorher abläuft.',
      atRisk_one:
        '{{channel}} vor {{reconnectBy, day}} neu verbinden: {{count}} geplanter Beitrag würde die Anmeldung abgelaufen vorfinden.',
      atRisk_other:
        '{{channel}} vor {{reconnectBy, day}} neu verbinden: {{count}} geplante Beiträge würden die Anmeldung abgelaufen vorfinden.',
      atRiskMore_one:
        '{{channel}} vor {{reconnectBy, day}} neu verbinden, danach {{channels}}: {{count}} geplanter Beitrag würde eine Anmeldung abgelaufen vorfinden.',
      atRiskMore_other:
        '{{channel}} vor {{reconnectBy, day}} neu verbinden, danach {{channels}}: {{count}} geplante Beiträge würden eine Anmeldung abgelaufen vorfinden.',
      action: 'In den Einstellungen neu verbinden',
    },
    kitClean: {
      title: 'Nichts veröffentlichen, was gegen den Markenleitfaden verstößt',
      why: 'Jeder Beitrag, der nach jemand anderem klingt, schwächt den Tonfall, an dem man Sie erkennt.',
      noKit: 'Es gibt keinen Markenleitfaden, an dem Beiträge geprüft werden könnten.',
      nothing: 'Diese Woche wurde noch nichts veröffentlicht.',
      allFollow_one: '{{count}} diese Woche veröffentlichter Beitrag folgt dem Leitfaden.',
      allFollow_other: 'Alle {{count}} diese Woche veröffentlichten Beiträge folgen dem Leitfaden.',
      broke_one:
        '{{broken}} von {{count}} diese Woche veröffentlichten Beitrag verstieß gegen den Leitfaden.',
      broke_other:
        '{{broken}} von {{count}} diese Woche veröffentlichten Beiträgen verstießen gegen den Leitfaden.',
      action: 'Entwürfe vor dem Versand am Leitfaden prüfen',
    },
    lookAtMetrics: {
      title: 'Followerzahl und Interaktionsrate ansehen',
      why: 'Followerzahl und Interaktionsrate zeigen, ob Ihre Inhalte noch relevant sind und ankommen.',
      looked: 'Sie haben sie diesen Monat angesehen.',
      notYet: 'Diesen Monat noch nicht angesehen.',
      action: 'Auswertungen öffnen',
    },
    audienceGoal: {
      title: 'Zielgruppe und ein Ziel benennen',
      why: 'Marketing beginnt damit zu wissen, wen Sie erreichen wollen und was diese Menschen tun sollen.',
      action: 'Zielgruppe und Ziel aufschreiben',
    },
    runCampaign: {
      title: 'Eine Kampagne mit Budget und Zeitraum durchführen',
      titleMany: '{{count}} Kampagnen am Laufen halten',
      why: 'Gezielte Kampagnen erreichen neue Zielgruppen über die Menschen hinaus, die Ihnen schon folgen.',
      status_one: '{{count}} Kampagne mit Budget und Zeitraum diesen Monat.',
      status_other: '{{count}} Kampagnen mit Budget und Zeitraum diesen Monat.',
      action: 'Kampagne im Kalender planen',
    },
    utmLinks: {
      title: 'Jeden Link in Kampagnenbeiträgen markieren',
      why: 'UTM-Parameter an Kampagnenlinks zeigen, welche Beiträge Klicks und Verkäufe bringen, damit Sie wissen, was wirkt.',
      none: 'Diesen Monat noch kein Kampagnenbeitrag mit Link.',
      write: 'Kampagnenbeitrag schreiben',
      status: '{{tagged}} von {{count}} Links in den Kampagnenbeiträgen dieses Monats sind markiert.',
      action: 'UTM-Parameter zu Kampagnenlinks hinzufügen',
    },
    logAdSpend: {
      title: 'Werbeausgaben dieses Monats erfassen',
      why: 'Was bezahlte Werbung bringt, können Sie nur beurteilen, wenn Sie wissen, was sie gekostet hat.',
      entries: '{{count}} Einträge zu Werbeausgaben diesen Monat.',
      none: 'Diesen Monat keine Werbeausgaben erfasst.',
      action: 'Werbeausgaben erfassen',
    },
    importConversions: {
      title: 'Klicks und Conversions importieren',
      why: 'Klick- und Conversion-Raten zeigen, ob Kampagnen Aufmerksamkeit in Kundschaft verwandeln.',
      imported: 'Klicks und Conversions für diesen Monat importiert.',
      none: 'Diesen Monat nichts importiert.',
      action: 'Aus Ihrer Webanalyse importieren',
    },
    reviewRoi: {
      title: 'ROI prüfen und Budget dorthin verschieben, wo es wirkt',
      why: 'Geld von Kampagnen, die sich nicht lohnen, zu solchen zu verschieben, die es tun: So funktioniert datengetriebenes Wachstum.',
      action: 'Ausgaben und Ergebnisse vergleichen',
    },
    campaignToOrganic: {
      title: 'Die besten Kampagneninhalte des Monats in organische Beiträge verwandeln',
      why: 'Erkenntnisse aus dem Marketing zeigen, was ankommt, damit Ihre alltäglichen Beiträge mehr davon sagen.',
      action: 'Daraus einen organischen Beitrag schreiben',
    },
    engagementToTargeting: {
      title: 'Mit Ihren erfolgreichsten Beiträgen das Kampagnen-Targeting verfeinern',
      why: 'Interaktionsdaten aus alltäglichen Beiträgen zeigen dem Marketing, wen es womit ansprechen soll.',
      action: 'Ihre erfolgreichsten Beiträge ansehen',
    },
  },
  reasons: {
    bigAudience:
      'Mit mehr als 50.000 Followern müssen tägliche Interaktion und datengetriebenes Wachstum Hand in Hand gehen.',
    bigBudget:
      'Ein Werbebudget von über 2.000 im Monat muss datengestützt gesteuert werden, neben der täglichen Interaktion.',
    team: 'Ein Team mit festem Werbebudget und einer ansehnlichen Zielgruppe kann Interaktion und Kampagnen parallel betreiben.',
    early:
      'Sie stehen am Anfang, daher kommen eine beständige Präsenz und Antworten an Ihre Community zuerst.',
    smallAudience:
      'Mit weniger als 500 Followern helfen eine beständige Präsenz und der Austausch mit Ihrer Community jetzt am meisten.',
    noAds:
      'Sie möchten ohne Werbung präsent sein und eine Community aufbauen, daher steht die Pflege Ihrer Präsenz an erster Stelle.',
    sales:
      'Sie haben eine Zielgruppe, auf der Sie aufbauen können, und möchten verkaufen, daher werden gezielte Kampagnen wichtig.',
    growing:
      'Sie haben eine beständige Präsenz, auf der Sie aufbauen können; der nächste Schritt sind Kampagnen, die neue Zielgruppen erreichen.',
  },
};
