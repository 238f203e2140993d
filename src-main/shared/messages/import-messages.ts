// Reading a CSV of marketing numbers, in English: a file Cadence does not recognise, and
// columns that are missing or do not belong to the format.
export const IMPORT_MESSAGES = {
  noRows: '“{{file}}” has no rows.',
  notThatFormat: '“{{file}}” is not a {{wanted}}: Cadence expected {{expects}}. It looks like a {{actual}}.',
  notThatFormatFirstLine:
    '“{{file}}” is not a {{wanted}}: Cadence expected {{expects}}. Its first line has: {{cells}}.',
  unrecognised: 'Cadence does not recognise “{{file}}”. It reads {{formats}}. Its first line has: {{cells}}.',
  noField: 'A {{format}} has no field “{{field}}”.',
  noColumn: 'There is no column “{{column}}” in this file for {{field}}.',
  chooseColumns: 'Choose the column for {{fields}}: the file has no column Cadence recognises for it.',
} as const;
