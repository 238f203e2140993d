import type { Catalog } from '../catalog';
import type { FIGURE_MESSAGES } from '../figure-messages';

export const figures: Catalog<typeof FIGURE_MESSAGES> = {
  formula: {
    spend: 'Ausgaben = Summe der erfassten Werbeausgaben',
    revenueOrders: 'Umsatz = Summe der Bestellungen, die per UTM zugeordnet sind',
    revenueAnalytics: 'Umsatz = GA4-Gesamtumsatz der per UTM zugeordneten Sitzungen',
    revenueAdded: 'Umsatz = Umsatz der Kampagnen zusammengezählt',
    impressions: 'Impressionen = Impressionen der Werbeplattformen',
    clicksAnalytics:
      'Klicks = Besuche über die markierten Links (GA4-Klicks oder, wo der Export keine Klicks hat, Sitzungen)',
    clicksAds: 'Klicks = von den Werbeplattformen gemeldete Linkklicks',
    clicksAdded: 'Klicks = Klicks der Kampagnen zusammengezählt',
    conversionsOrders: 'Conversions = Bestellungen, deren Zielseite die UTM-Parameter trägt',
    conversionsAnalytics: 'Conversions = GA4-Schlüsselereignisse',
    conversionsAdded: 'Conversions = Conversions der Kampagnen zusammengezählt',
    ctr: 'CTR = Klicks / Impressionen',
    conversionRate: 'Conversion-Rate = Conversions / Klicks',
    cpc: 'CPC = Ausgaben / Klicks',
    cpa: 'CPA = Ausgaben / Conversions',
    roas: 'ROAS = Umsatz / Ausgaben',
    roi: 'ROI = (Umsatz − Ausgaben) / Ausgaben',
    interactions: 'Interaktionen = Likes + Reposts + Antworten + Zitate',
    postRate: 'Interaktionsrate eines Beitrags = Interaktionen ÷ Follower zum Zeitpunkt der Messung',
    periodRate:
      'Interaktionsrate eines Zeitraums = Interaktionen auf die im Zeitraum veröffentlichten Beiträge ÷ Follower ÷ Anzahl der Beiträge',
  },
  missing: {
    noImpressions: 'Noch keine Impressionen importiert.',
    noClicks: 'Noch keine Klicks importiert.',
    noConversions: 'Noch keine Conversions importiert.',
    noSpend: 'Noch keine Ausgaben erfasst.',
    noRevenue: 'Noch kein Umsatz erfasst.',
    mixedSpend: 'Die Ausgaben sind in {{currencies}}; Cadence addiert keine verschiedenen Währungen.',
    mixedRevenue: 'Der Umsatz ist in {{currencies}}; Cadence addiert keine verschiedenen Währungen.',
    spendAndRevenue:
      'Die Ausgaben sind in {{spend}}, der Umsatz in {{revenue}}; Cadence rechnet keine Währungen um.',
    zeroImpressions: 'Division durch 0 Impressionen nicht möglich.',
    zeroClicks: 'Division durch 0 Klicks nicht möglich.',
    zeroConversions: 'Division durch 0 Conversions nicht möglich.',
    zeroSpend: 'Division durch 0 Ausgaben nicht möglich.',
    zeroFollowers: 'Division durch 0 Follower nicht möglich.',
    spendPerCampaign: 'Ausgaben werden je Kampagne erfasst, nicht je Beitrag.',
    impressionsFromNetworks:
      'Impressionen je Beitrag kommen aus den Messwerten der Netzwerke, nicht aus Importen.',
    noInteractionCounts: 'Das Netzwerk hat keine Interaktionszahlen geliefert.',
    noFollowerCount: 'Noch keine Followerzahl gemessen.',
    noPosts: 'In diesem Zeitraum wurden keine Beiträge veröffentlicht.',
    notMeasured: 'Noch nicht gemessen.',
  },
  noCounts: {
    telegram: 'Telegram lässt Bots die Aufrufe und Reaktionen eines Kanalbeitrags nicht lesen.',
    discord: 'Discord-Webhooks können keine Reaktionen lesen.',
    webhook: 'Ein Webhook nimmt Beiträge nur entgegen; er meldet nichts zurück.',
    x: 'Cadence liest Likes und Reposts von X noch nicht; Follower werden gezählt.',
    facebook: 'Cadence liest Reaktionen von Facebook noch nicht; Follower werden gezählt.',
    instagram: 'Cadence liest Likes von Instagram noch nicht; Follower werden gezählt.',
    threads: 'Cadence liest Likes von Threads noch nicht; Follower werden gezählt.',
    linkedin:
      'Cadence liest Reaktionen von LinkedIn noch nicht; Follower werden gezählt, wo LinkedIn es erlaubt.',
    reminder:
      'Diese Beiträge veröffentlichen Sie von Hand, daher kann Cadence ihre Likes und Aufrufe nicht lesen.',
  },
  cannotRead: 'Cadence kann {{network}} nicht auslesen.',
  couldNotRead: 'Cadence konnte die Zahlen dieses Kanals nicht lesen.',
  utmKept: 'Der Link hat bereits UTM-Parameter, daher hat Cadence sie beibehalten.',
};
