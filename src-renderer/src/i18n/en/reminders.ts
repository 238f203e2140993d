// The "Post it now" panel: reminders due on "Remind me" channels, posted by hand.
export const reminders = {
  title_one: 'Post it now',
  title_other: 'Post these now ({{count}})',
  postOn: 'Time to post on {{network}} ({{channel}})',
  plannedFor: 'Planned for {{time}}.',
  missedAt: 'Held as missed at {{time}} unless you say it was posted.',
  text: 'Text to post',
  copy: 'Copy text',
  copied: 'Copied. Paste it into the network’s composer.',
  copyFailed: 'Cadence could not copy the text. Select it above and copy it yourself.',
  open: 'Open {{network}}',
  dragHint: 'Drag the images into the browser, or upload them from their folder.',
  showInFolder: 'Show in folder',
  liveLink: 'Link to the live post (optional)',
  posted: 'I posted it',
  snooze: 'Snooze 15 min',
  snoozed: 'Cadence reminds you again in 15 minutes.',
} as const;
