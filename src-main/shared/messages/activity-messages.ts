// A post's history, in English: what Cadence and the owner did with it. Each entry is stored
// with its English words and its key (in the entry's detail), so the history reads in the
// owner's language, also for entries written before they changed it.
export const ACTIVITY_MESSAGES = {
  scheduled: 'Scheduled for {{local}} ({{timeZone}}).',
  imported: 'Imported from {{file}} and scheduled for {{local}} ({{timeZone}}).',
  unscheduled: 'Moved back to drafts.',
  unscheduledUnknown_one:
    'Moved back to drafts. Cadence never learned whether it went out on one channel; it will not send it there unless you schedule it again.',
  unscheduledUnknown_other:
    'Moved back to drafts. Cadence never learned whether it went out on {{count}} channels; it will not send it there unless you schedule it again.',
  checkedPublished: 'Checked with {{network}}: the post went out.',
  checkedCannotTell: 'Checked with {{network}}: it cannot tell whether the post went out.',
  checkedNotPublished: 'Checked with {{network}}: the post did not go out; sending it.',
  /** A retry slept through is held rather than sent late (missed-posts.ts). */
  checkedLateNotPublished: 'Checked with {{network}}: the post did not go out.',
  published: 'Published on {{network}} ({{handle}}).',
  leftAsSet: 'Cadence left this post as you set it: it changed while Cadence was checking or sending it.',
  publishNow: 'Publish now requested.',
  confirmedPublished: 'You confirmed it was published.',
  sendAgain: 'You asked Cadence to send it again.',
  missed: 'Held as missed: it was due at {{local}}, beyond the grace window.',
  stoppedWhileSending: 'Cadence stopped while sending. It will check with the network before trying again.',
  sendNotRecorded:
    'Cadence could not record how a send ended. It will check with the network before trying again.',
  replyQueued: 'Reply to {{author}} on {{network}} queued.',
} as const;
