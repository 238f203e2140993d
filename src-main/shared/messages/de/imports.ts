import type { IMPORT_MESSAGES } from '../import-messages';
import type { Catalog } from '../catalog';

export const imports: Catalog<typeof IMPORT_MESSAGES> = {
  noRows: '„{{file}}“ enthält keine Zeilen.',
  notThatFormat:
    '„{{file}}“ ist kein {{wanted}}: Cadence hat {{expects}} erwartet. Es sieht aus wie ein {{actual}}.',
  notThatFormatFirstLine:
    '„{{file}}“ ist kein {{wanted}}: Cadence hat {{expects}} erwartet. Die erste Zeile enthält: {{cells}}.',
  unrecognised: 'Cadence erkennt „{{file}}“ nicht. Es liest {{formats}}. Die erste Zeile enthält: {{cells}}.',
  noField: 'Ein {{format}} hat kein Feld „{{field}}“.',
  noColumn: 'Diese Datei hat keine Spalte „{{column}}“ für {{field}}.',
  chooseColumns:
    'Wählen Sie die Spalte für {{fields}}: Die Datei hat keine Spalte, die Cadence dafür erkennt.',
  rows: {
    campaignEmpty: 'Der Kampagnenname ist leer.',
    orderIdEmpty: 'Die Bestellnummer ist leer.',
    sessionsEmpty: 'Die Sitzungen sind leer.',
    noDate: 'Die Zeile hat kein Datum, und die Datei nennt ihren Zeitraum nicht.',
    notDateTime: '„{{text}}“ ist kein Datum mit Uhrzeit, das Cadence lesen kann.',
    notCurrency: '„{{text}}“ ist kein Währungscode.',
    whichCurrency: 'Die Datei sagt nicht, in welcher Währung dieser Betrag ist; bitte wählen Sie eine.',
    alreadyImported: 'Bereits importiert; die Zeile wird nicht noch einmal hinzugefügt.',
    day: { notDate: 'Der Tag „{{text}}“ ist kein Datum, das Cadence lesen kann.' },
    date: { notDate: 'Das Datum „{{text}}“ kann Cadence nicht lesen.' },
    amountSpent: {
      notAmount: 'Der ausgegebene Betrag „{{text}}“ ist kein Betrag.',
      empty: 'Der ausgegebene Betrag ist leer.',
      negative: 'Der ausgegebene Betrag ist negativ.',
    },
    totalRevenue: {
      notAmount: 'Der Gesamtumsatz „{{text}}“ ist kein Betrag.',
      empty: 'Der Gesamtumsatz ist leer.',
    },
    total: {
      notAmount: 'Die Summe „{{text}}“ ist kein Betrag.',
      empty: 'Die Summe ist leer.',
    },
    impressions: {
      notNumber: 'Die Impressionen „{{text}}“ sind keine Zahl.',
      negative: 'Die Impressionen „{{text}}“ sind negativ.',
    },
    clicks: {
      notNumber: 'Die Klicks „{{text}}“ sind keine Zahl.',
      negative: 'Die Klicks „{{text}}“ sind negativ.',
    },
    sessions: {
      notNumber: 'Die Sitzungen „{{text}}“ sind keine Zahl.',
      negative: 'Die Sitzungen „{{text}}“ sind negativ.',
    },
    keyEvents: { notNumber: 'Die Schlüsselereignisse „{{text}}“ sind keine Zahl.' },
  },
  file: {
    line: 'Zeile {{line}}:',
    moreLines_one: '… und {{count}} weitere Zeile mit Problemen.',
    moreLines_other: '… und {{count}} weitere Zeilen mit Problemen.',
    noDataRows: 'Die Datei hat eine Kopfzeile, aber keine Datenzeilen.',
  },
};
