// The Insights screen's formulas and the reasons a figure is missing, in English: the words
// beside each number, so an owner can check how it was worked out in their own language.

/** How each figure is computed; a source names where its numbers came from. */
const FORMULA = {
  spend: 'spend = sum of ad spend entries',
  revenueOrders: 'revenue = sum of the totals of orders matched by UTM',
  revenueAnalytics: 'revenue = GA4 total revenue of the sessions matched by UTM',
  revenueAdded: 'revenue = the campaigns’ revenue added up',
  impressions: 'impressions = ad platforms’ impressions',
  clicksAnalytics:
    'clicks = visits through the tagged links (GA4 clicks, or sessions where the export has no clicks)',
  clicksAds: 'clicks = link clicks reported by the ad platforms',
  clicksAdded: 'clicks = the campaigns’ clicks added up',
  conversionsOrders: 'conversions = orders whose landing page carries the UTM tags',
  conversionsAnalytics: 'conversions = GA4 key events',
  conversionsAdded: 'conversions = the campaigns’ conversions added up',
  ctr: 'CTR = clicks / impressions',
  conversionRate: 'conversion rate = conversions / clicks',
  cpc: 'CPC = spend / clicks',
  cpa: 'CPA = spend / conversions',
  roas: 'ROAS = revenue / spend',
  roi: 'ROI = (revenue − spend) / spend',
  interactions: 'interactions = likes + reposts + replies + quotes',
  postRate: 'engagement rate of a post = interactions ÷ followers when measured',
  periodRate:
    'engagement rate for a period = interactions on the posts published in the period ÷ followers ÷ number of posts',
} as const;

/** Why a figure has no value. */
const MISSING = {
  noImpressions: 'No impressions imported yet.',
  noClicks: 'No clicks imported yet.',
  noConversions: 'No conversions imported yet.',
  noSpend: 'No spend recorded yet.',
  noRevenue: 'No revenue recorded yet.',
  mixedSpend: 'The spend is in {{currencies}}; Cadence does not add different currencies.',
  mixedRevenue: 'The revenue is in {{currencies}}; Cadence does not add different currencies.',
  spendAndRevenue: 'Spend is in {{spend}} and revenue in {{revenue}}; Cadence does not convert currencies.',
  zeroImpressions: 'Cannot divide by 0 impressions.',
  zeroClicks: 'Cannot divide by 0 clicks.',
  zeroConversions: 'Cannot divide by 0 conversions.',
  zeroSpend: 'Cannot divide by 0 spend.',
  zeroFollowers: 'Cannot divide by 0 followers.',
  spendPerCampaign: 'Spend is recorded per campaign, not per post.',
  impressionsFromNetworks: 'Impressions per post come from the networks’ metrics, not from imports.',
  noInteractionCounts: 'The network gave no interaction counts.',
  noFollowerCount: 'No follower count measured yet.',
  noPosts: 'No posts published in this period.',
  notMeasured: 'Not measured yet.',
} as const;

/** Why a network's posts have no counts in Cadence. */
const NO_COUNTS = {
  telegram: 'Telegram does not let bots read a channel post’s views or reactions.',
  discord: 'Discord webhooks cannot read reactions.',
  webhook: 'A webhook only receives posts; it reports nothing back.',
  x: 'Cadence does not read likes and reposts from X yet; followers are counted.',
  facebook: 'Cadence does not read reactions from Facebook yet; followers are counted.',
  instagram: 'Cadence does not read likes from Instagram yet; followers are counted.',
  threads: 'Cadence does not read likes from Threads yet; followers are counted.',
  linkedin: 'Cadence does not read reactions from LinkedIn yet; followers are counted where LinkedIn allows.',
  reminder: 'You post these by hand, so Cadence cannot read their likes or views.',
} as const;

export const FIGURE_MESSAGES = {
  formula: FORMULA,
  missing: MISSING,
  noCounts: NO_COUNTS,
  cannotRead: 'Cadence cannot read {{network}}.',
  couldNotRead: 'Cadence could not read this channel’s numbers.',
  utmKept: 'It already has UTM parameters, so Cadence kept them.',
} as const;
