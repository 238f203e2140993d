// The queue: each channel's weekly posting times, the posts waiting in them, and the composer's
// "Add to queue" with its warnings and evergreen choice.
export const queue = {
  title: 'Queue',
  channel: 'Channel',
  noChannels: {
    title: 'No channels yet',
    text: 'Add the accounts you post to in Settings, then give each one its posting times.',
    add: 'Add a channel',
  },
  loading: 'Loading the queue…',
  slots: {
    title: 'Posting times',
    hint: 'Every week, in {{zone}}. “Add to queue” puts a post in the next free time.',
    none: 'No posting times yet. Cadence suggests these for {{network}}:',
    useSuggested: 'Use the suggested times',
    remove: 'Remove {{time}} on {{day}}',
    newTime: 'New time on {{day}}',
    add: 'Add',
    addOn: 'Add a time on {{day}}',
    empty: 'No times',
  },
  best: {
    use_one: 'Use the best time: {{when}}',
    use_other: 'Use the best times: {{when}}',
    noteAt: '{{when}}: {{note}}',
    replaceTitle: 'Replace the posting times?',
    replaceMessage_one:
      'The {{count}} posting time of {{channel}} is replaced by the best found: {{when}}. Posts already in the queue keep their times.',
    replaceMessage_other:
      'The {{count}} posting times of {{channel}} are replaced by the best found: {{when}}. Posts already in the queue keep their times.',
    replace: 'Replace them',
  },
  pause: {
    pause: 'Pause queue',
    resume: 'Resume queue',
    running: 'The queue is running: its posts go out at their times.',
    paused:
      'Queue paused: its posts stay in their times and are not sent, and no evergreen post is recycled into it, until you resume it.',
  },
  list: {
    title: 'Waiting in the queue',
    empty: 'Nothing queued. Write a post and choose “Add to queue”.',
    shuffle: 'Shuffle',
    moveUp: 'Move “{{post}}” earlier',
    moveDown: 'Move “{{post}}” later',
    item: '{{time}}: {{post}}',
    keyboard: 'To reorder with the keyboard, focus a post and press Alt+↑ or Alt+↓. Moving swaps the times.',
    evergreen: 'Evergreen',
    recycled: 'Recycled',
    untitled: 'Image only',
    moved: '“{{post}}” now goes out {{time}}.',
  },
  composer: {
    title: 'Queue',
    add: 'Add to queue',
    readd: 'Move to the next free time',
    queuedFor: 'In the queue for {{time}}.',
    hint: 'The post goes to the earliest free posting time all its channels share.',
    warnings: 'Before it goes out',
    sameHour: '{{channel}} has another post within the same hour ({{time}}).',
    duplicateText:
      '{{channel}} refuses text it has seen recently, and the same text goes out there {{time}}. Change a few words.',
    evergreen: 'Evergreen: recycle it into empty queue times',
    evergreenHint:
      'Cadence reposts it in free times, never twice in a row on a channel. Each repost is a post of its own.',
    gapDays: 'At least this many days apart',
    until: 'Stop recycling after (optional)',
    saveEvergreen: 'Save evergreen settings',
  },
  calendar: {
    gap: 'Free queue time on {{channel}}',
    freeSlots_one: '{{count}} free slot',
    freeSlots_other: '{{count}} free slots',
    freeSlotsLabel_one: '{{count}} free slot on {{day}}: open that week',
    freeSlotsLabel_other: '{{count}} free slots on {{day}}: open that week',
    paused_one: 'The queue of {{channels}} is paused: its posts are not sent.',
    paused_other: 'The queues of {{channels}} are paused: their posts are not sent.',
    openQueue: 'Open the queue',
  },
} as const;
