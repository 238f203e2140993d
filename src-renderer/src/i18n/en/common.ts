// The app shell and the pieces every screen shares: navigation, the outbox line, dialogs,
// the length counters, and the renderer's own errors.
export const common = {
  brand: 'Cadence',
  opening: 'Opening your workspace…',
  cancel: 'Cancel',
  saved: 'Saved',
  nav: {
    label: 'Main',
    newPost: 'New post',
    plan: 'Plan',
    calendar: 'Calendar',
    drafts: 'Drafts',
    search: 'Search',
    queue: 'Queue',
    inbox: 'Inbox',
    insights: 'Insights',
    brandKit: 'Brand kit',
    library: 'Library',
    postFiles: 'Import and export',
    settings: 'Settings',
  },
  shortcuts: {
    open: 'Keyboard shortcuts',
    title: 'Keyboard shortcuts',
    close: 'Close',
    everywhere: 'Everywhere',
    newPost: 'New post',
    newPostOnPage: 'New post, from the calendar and the lists',
    find: 'Find (the page’s own search, else the search over all posts)',
    undo: 'Undo the last delete, move or bulk action',
    settings: 'Settings',
    show: 'Show these shortcuts',
    previousPeriod: 'Previous week or month',
    nextPeriod: 'Next week or month',
    today: 'Back to today',
    nextItem: 'Next message',
    previousItem: 'Previous message',
    done: 'Mark done, or not done',
    unread: 'Mark unread',
    reply: 'Reply',
    insertFromLibrary: 'Insert from the library (at the start of a word)',
    composer: 'Composer',
    addToQueue: 'Add to queue',
    moveInQueue: 'Move the focused post earlier or later',
    keys: { ctrl: 'Ctrl', cmd: '⌘', alt: 'Alt', left: '←', right: '→', up: '↑', down: '↓' },
  },
  outbox: {
    offline: "Offline — scheduled posts will publish when you're back online",
    empty: 'Nothing queued',
    queued: '{{count}} queued',
    queuedNext: '{{count}} queued · next at {{time}}',
    attention_one: '{{count}} needs attention',
    attention_other: '{{count}} need attention',
  },
  timeChoice: {
    title: 'Choose a time',
    gap: 'The clocks in {{zone}} skip that time: it never happens that day. Pick one of these instead.',
    ambiguous: 'The clocks in {{zone}} go back, so that time happens twice. Which one do you mean?',
    use: 'Use {{time}} {{offset}} on {{date}}',
  },
  counters: {
    label: 'Length for each channel',
    name: '{{network}} · {{channel}}',
    over: '{{amount}} over',
    left: '{{amount}} left',
    tooManyBytes: 'Too many bytes',
    cannotPost: 'Cannot post',
    spoken: '{{used}} of {{limit}} characters',
    spokenWeighted: '{{used}} of {{limit}} characters, as X weighs them',
    overFor: 'Cannot post as written to {{channels}}.',
    nearFor: 'Close to the limit for {{channels}}.',
    within: 'Within the limits of every channel.',
    allowance_one: '{{network}}: {{used}} of {{count}} post in the last {{hours}} hours',
    allowance_other: '{{network}}: {{used}} of {{count}} posts in the last {{hours}} hours',
    allowanceLeft_one:
      '{{network}}: {{left}} of {{count}} post left today ({{network}} counts afresh at {{time}})',
    allowanceLeft_other:
      '{{network}}: {{left}} of {{count}} posts left today ({{network}} counts afresh at {{time}})',
    asOf: '{{words}} (as of {{time}})',
    capMonthly:
      '{{network}} says this app’s monthly post limit is used up (“{{said}}”). {{network}} takes no more posts from it until then, so posts sent now would fail.',
    capDaily:
      '{{network}} says this app’s daily post limit is used up (“{{said}}”). {{network}} takes no more posts from it until then, so posts sent now would fail.',
  },
  bestTime: {
    best: 'Best: {{when}}',
    bestFor: 'Best for {{channel}}: {{when}}',
    learned_one:
      'Learned from {{count}} of your posts at this hour: about {{low}}–{{high}} interactions each.',
    learned_other:
      'Learned from {{count}} of your posts at this hour: about {{low}}–{{high}} interactions each.',
    typical_one:
      'Typical for {{network}}, not learned yet: Cadence learns your own best time after {{count}} more measured post.',
    typical_other:
      'Typical for {{network}}, not learned yet: Cadence learns your own best time after {{count}} more measured posts.',
    typicalSpread:
      'Typical for {{network}}, not learned yet: no single hour has enough of your posts to tell.',
  },
  errors: {
    unexpected: 'Something went wrong in Cadence; try again.',
    noEngine: 'Cadence could not reach its engine. Restart the app.',
    webUnreachable:
      'Cadence could not reach its engine. Check that `npm run web` is still running, then try again.',
    webForbidden:
      'This page is no longer allowed to talk to Cadence. Open the address `npm run web` printed.',
    webUnreadable: 'Cadence gave an answer it could not read. Reload the page and try again.',
  },
} as const;
