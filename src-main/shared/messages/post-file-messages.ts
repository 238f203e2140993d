// Importing posts from a CSV and exporting the schedule as a calendar, in English: each row's
// problems in the preview, and the file's.
export const POST_FILE_MESSAGES = {
  file: {
    noRows: 'The file has a header but no posts under it.',
    noTextColumn: 'No column holds the post text. Choose it under “Columns”.',
    noDateColumn: 'No column holds the date. Choose it under “Columns”.',
    tooManyRows: 'The file has {{count}} posts; Cadence imports at most {{max}} at a time. Split the file.',
    nothingToImport: 'No row can be imported yet. Fix the rows the preview marks, then import again.',
  },
  row: {
    noText: 'The row has no text and no image.',
    badDate: '“{{value}}” is not a date Cadence can read (write it as 2026-12-24).',
    badTime: '“{{value}}” is not a time Cadence can read (write it as 09:30).',
    noTime: 'The row has no time.',
    timeInGap:
      'The clocks skip {{local}} in {{timeZone}} (daylight saving time starts). Choose {{earlier}} or {{later}} instead.',
    timeRepeated:
      '{{local}} happens twice in {{timeZone}} (daylight saving time ends). Write the time one hour before or after.',
    past: '{{local}} has already passed.',
    noChannel: 'The row names no channel.',
    unknownChannel:
      'No channel is called “{{name}}”. Add it under Channels, or write its name as Cadence shows it.',
    unknownCampaign: 'No campaign is called “{{name}}”.',
    imageNotAbsolute: 'Write the full path of the image “{{path}}” (starting at the drive or /).',
    imageMissing: 'There is no image at “{{path}}”.',
    tooManyImages: 'A post takes at most {{max}} images.',
    duplicateInFile: 'The same text, time and channel as line {{line}} of this file.',
    duplicateExisting: 'A post with the same text, time and channel is already planned.',
  },
  icsFailed: 'Cadence could not write the calendar file: {{detail}}',
} as const;
