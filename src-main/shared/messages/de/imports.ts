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
};
