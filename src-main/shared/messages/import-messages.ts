// Reading a CSV of marketing numbers, in English: a file Cadence does not recognise, columns that
// are missing or do not belong to the format, the values of a row it cannot read, and the names
// of the exports and their fields.
export const IMPORT_MESSAGES = {
  noRows: '“{{file}}” has no rows.',
  // An export's name and what it has are said by the catalog's own words ($t nests them), by its
  // formats key ("metaAds"); its fields by their fields key.
  notThatFormat:
    '“{{file}}” is not a $t(core:imports.formats.{{wanted}}): Cadence expected $t(core:imports.expects.{{wanted}}). It looks like a $t(core:imports.formats.{{actual}}).',
  notThatFormatFirstLine:
    '“{{file}}” is not a $t(core:imports.formats.{{wanted}}): Cadence expected $t(core:imports.expects.{{wanted}}). Its first line has: {{cells}}.',
  /** Every export in formats, in the order Cadence tries them. */
  unrecognised:
    'Cadence does not recognise “{{file}}”. It reads $t(core:imports.formats.metaAds), $t(core:imports.formats.googleAds), $t(core:imports.formats.ga4), $t(core:imports.formats.shopify), $t(core:imports.formats.square), $t(core:imports.formats.stripe). Its first line has: {{cells}}.',
  noField: 'A $t(core:imports.formats.{{format}}) has no field “{{field}}”.',
  noColumn: 'There is no column “{{column}}” in this file for $t(core:imports.fields.{{field}}).',
  /** By how many fields lack a column: no export needs more than four. */
  chooseColumns: {
    one: 'Choose the column for “$t(core:imports.fields.{{first}})”: the file has no column Cadence recognises for it.',
    two: 'Choose the column for “$t(core:imports.fields.{{first}})”, “$t(core:imports.fields.{{second}})”: the file has no column Cadence recognises for it.',
    three:
      'Choose the column for “$t(core:imports.fields.{{first}})”, “$t(core:imports.fields.{{second}})”, “$t(core:imports.fields.{{third}})”: the file has no column Cadence recognises for it.',
    four: 'Choose the column for “$t(core:imports.fields.{{first}})”, “$t(core:imports.fields.{{second}})”, “$t(core:imports.fields.{{third}})”, “$t(core:imports.fields.{{fourth}})”: the file has no column Cadence recognises for it.',
  },
  /** What is wrong with one row; {{text}} is the cell as the file wrote it. */
  rows: {
    campaignEmpty: 'The campaign name is empty.',
    orderIdEmpty: 'The order id is empty.',
    sessionsEmpty: 'Sessions is empty.',
    noDate: 'The row has no date, and the file does not say its period.',
    notDateTime: '“{{text}}” is not a date and time Cadence can read.',
    notCurrency: '“{{text}}” is not a currency code.',
    whichCurrency: 'The file does not say which currency this amount is in; choose one.',
    alreadyImported: 'Already imported; it will not be added again.',
    day: { notDate: 'Day “{{text}}” is not a date Cadence can read.' },
    date: { notDate: 'Date “{{text}}” is not a date Cadence can read.' },
    amountSpent: {
      notAmount: 'The amount spent “{{text}}” is not an amount.',
      empty: 'The amount spent is empty.',
      negative: 'The amount spent is negative.',
    },
    totalRevenue: {
      notAmount: 'The total revenue “{{text}}” is not an amount.',
      empty: 'The total revenue is empty.',
    },
    total: {
      notAmount: 'The total “{{text}}” is not an amount.',
      empty: 'The total is empty.',
    },
    impressions: {
      notNumber: 'The impressions “{{text}}” is not a number.',
      negative: 'The impressions “{{text}}” is negative.',
    },
    clicks: {
      notNumber: 'The clicks “{{text}}” is not a number.',
      negative: 'The clicks “{{text}}” is negative.',
    },
    sessions: {
      notNumber: 'The sessions “{{text}}” is not a number.',
      negative: 'The sessions “{{text}}” is negative.',
    },
    keyEvents: { notNumber: 'The key events “{{text}}” is not a number.' },
  },
  /** The file's own list of problems: the rows' problems by line, then what is wrong with the whole file. */
  file: {
    line: 'Line {{line}}:',
    moreLines_one: '…and {{count}} more line with problems.',
    moreLines_other: '…and {{count}} more lines with problems.',
    noDataRows: 'The file has a header but no data rows.',
  },
  /** The exports Cadence reads, by name. */
  formats: {
    metaAds: 'Meta Ads Manager export',
    googleAds: 'Google Ads campaign report',
    ga4: 'Google Analytics 4 export',
    shopify: 'Shopify orders export',
    square: 'Square transactions export',
    stripe: 'Stripe payments export',
  },
  /** The fields of an export, as the mapping of its columns names them. */
  fields: {
    day: 'Day',
    campaignName: 'Campaign name',
    amountSpent: 'Amount spent',
    currency: 'Currency',
    impressions: 'Impressions',
    linkClicks: 'Link clicks',
    campaign: 'Campaign',
    cost: 'Cost',
    currencyCode: 'Currency code',
    impr: 'Impr.',
    clicks: 'Clicks',
    date: 'Date',
    sessionCampaign: 'Session campaign',
    sessionSource: 'Session source',
    sessionMedium: 'Session medium',
    sessionSourceMedium: 'Session source / medium',
    sessionManualAdContent: 'Session manual ad content',
    sessions: 'Sessions',
    keyEvents: 'Key events',
    totalRevenue: 'Total revenue',
    name: 'Name',
    createdAt: 'Created at',
    total: 'Total',
    financialStatus: 'Financial Status',
    landingSite: 'Landing Site',
    referringSite: 'Referring Site',
    time: 'Time',
    transactionId: 'Transaction ID',
    totalCollected: 'Total Collected',
    eventType: 'Event Type',
    createdUtc: 'Created (UTC)',
    amount: 'Amount',
    amountRefunded: 'Amount Refunded',
    paymentId: 'id',
    status: 'Status',
    utmSourceMetadata: 'utm_source (metadata)',
    utmMediumMetadata: 'utm_medium (metadata)',
    utmCampaignMetadata: 'utm_campaign (metadata)',
    utmContentMetadata: 'utm_content (metadata)',
    landingPageMetadata: 'landing_page (metadata)',
  },
  /** What each export has, for the message when a file is not one; its column names as the exporter writes them. */
  expects: {
    metaAds: 'the columns "Campaign name", "Day" (or "Reporting starts") and "Amount spent (…)"',
    googleAds: 'the columns "Campaign", "Day" and "Cost" (and usually "Currency code")',
    ga4: 'the columns "Session campaign", "Sessions" and "Key events" (or "Conversions"), with "Date" and "Session manual ad content" for per-day and per-post figures',
    shopify: 'the columns "Name", "Created at", "Total" and "Currency", with "Landing Site" for UTM tags',
    square: 'the columns "Date", "Time", "Transaction ID" and "Total Collected" (or "Gross Sales")',
    stripe: 'the columns "id", "Created (UTC)", "Amount", "Currency" and "Status"',
  },
} as const;
