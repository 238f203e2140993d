// Posting slots and the queue (issue 12), in English: why a post cannot join a queue, and what the
// queue did with a post, for its history.
export const QUEUE_MESSAGES = {
  activity: {
    queued: 'Added to the queue: {{local}} ({{timeZone}}).',
    moved: 'Moved within the queue to {{local}} ({{timeZone}}).',
    recycled: 'Recycled from an evergreen post into the queue slot at {{local}} ({{timeZone}}).',
  },
  errors: {
    noChannels: 'Choose at least one channel before adding the post to the queue.',
    noSlots: '{{channel}} has no posting times yet. Add some in its queue, then add the post again.',
    noCommonSlot:
      'The chosen channels share no free posting time in the next eight weeks. Add a time they share, or queue the post for each channel separately.',
    published: 'This post has already gone out, so it cannot join the queue.',
    recycledCopy:
      'This is a recycled copy of an evergreen post. Mark the original post as evergreen instead.',
    notQueued:
      'This post is not in the queue of that channel any more. Reopen the queue to see it as it is now.',
  },
} as const;
