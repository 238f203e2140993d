// Find, repeat, undo (issue 12 §6), in English: why a bulk action or an undo left a post as it
// was, and what a post's history says about it.
export const BATCH_MESSAGES = {
  skipped: {
    gone: 'This post no longer exists.',
    published: 'It is already published; what went out stays as it went out.',
    inProgress: 'Cadence is sending it or checking whether it went out. Try again in a moment.',
    handedOff: 'A network’s own scheduler holds it. Open the post to take it back first.',
    draftNeedsTime: 'It is a draft without a time. Choose a time to schedule it on that day.',
    noDate: 'It has no date to move by an offset. Move it to a date instead.',
    timeSkipped: '{{local}} does not exist there: the clocks skip that hour. Choose another time.',
    timePassed: '{{local}} has already passed. Choose a later time.',
    mayBeOut: 'It went out on some channels, so its campaign links stay as they were sent.',
  },
  undo: {
    expired:
      'This can no longer be undone: Cadence keeps each undo for 15 minutes, and only until it closes.',
    changed: 'It was changed after that, so undoing would lose the later change. It stays as it is.',
    wentOut: 'It went out, or is on its way, since then. It stays as it is.',
    gone: 'It was deleted since then.',
    channelGone: 'A channel it was going to has been removed since then, so it cannot come back as it was.',
  },
  activity: {
    duplicated: 'Created as a copy of another post.',
    restored: 'Brought back by Undo.',
    undone: 'Put back as it was before, by Undo.',
  },
} as const;
