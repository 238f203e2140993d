// "Remind me" channels (issue 11 §3), in English: the reminder itself, a post's history, and why a
// button did nothing.
export const REMINDER_MESSAGES = {
  /** The native notification's title; its body is the post's first words. */
  timeToPost: 'Time to post on {{network}}',
  activity: {
    reminded: 'Reminded you to post it on {{network}} by hand.',
    posted: 'You posted it on {{network}} by hand.',
    snoozed: 'Reminder snoozed: Cadence reminds you again at {{local}}.',
    missed: 'Not marked as posted on {{network}} within the grace window after the reminder.',
  },
  /** Shown after the word "Missed", so it does not say it again. */
  missed:
    'Nobody marked it as posted within the grace window after the reminder. Post it by hand and say so, or pick a new time.',
  errors: {
    notReminding:
      'This reminder is no longer waiting: it was snoozed, taken back or held as missed. Look at the post in the calendar.',
    notReminderChannel: 'This post is not waiting on a “Remind me” channel.',
    desktopOnly:
      'Showing files in their folder works in the desktop app only. Drag the images from here instead.',
  },
} as const;
