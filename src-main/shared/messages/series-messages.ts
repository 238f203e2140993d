// What the core says about recurring posts: refusals and their history entries.
export const SERIES_MESSAGES = {
  errors: {
    notScheduled: 'Schedule this post first: a repeat counts from its date and time.',
    notOnRule:
      'The post’s date ({{date}}) is not one the repeat falls on. Pick a matching day or change the repeat.',
    notInSeries: 'This post does not repeat.',
    endBeforeStart: 'The repeat ends before its first post. Pick a later end date.',
    published: 'This post is already published; a repeat can only start from a post still to come.',
  },
  activity: {
    started: 'Repeats from {{local}} ({{timeZone}}).',
    editedAll: 'Changed with every post of its repeat still to come.',
    editedFollowing: 'Changed with the posts of its repeat that follow it.',
  },
} as const;
