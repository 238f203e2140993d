// The words main shows outside the window, in English: the application menu, the tray, the
// update prompts, the close-to-tray explanation and the notifications. Main writes them in the
// owner's language with words.ts; the window never shows them.
export const DESKTOP_MESSAGES = {
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    newPost: 'New Post',
    find: 'Find…',
    preferences: 'Settings…',
    shortcuts: 'Keyboard Shortcuts',
    restartToUpdate: 'Restart to Update',
    checkForUpdates: 'Check for Updates…',
    quit: 'Quit Cadence',
  },
  update: {
    readyTitle: 'A new version of Cadence is ready',
    readyBody: 'Restart Cadence to update to version {{version}}. Your posts and drafts stay as they are.',
    restart: 'Restart to update',
    later: 'Later',
    waitingTitle: 'Cadence will restart after this post',
    waitingBody: 'A post is being sent right now. Cadence restarts to update as soon as it has gone out.',
    upToDateTitle: 'Cadence is up to date',
    upToDateBody: 'You have the latest version, {{version}}.',
    failedTitle: 'Cadence could not check for updates',
    failedBody: 'Check your internet connection and try again later. Cadence keeps working as it is.',
    ok: 'OK',
  },
  tray: {
    nothingScheduled: 'Nothing scheduled',
    nextPost: 'Next post: {{when}}',
    dueNow: 'due now',
    queued_one: '{{count}} post queued',
    queued_other: '{{count}} posts queued',
    offline: 'Offline — will publish when online',
    attention_one: '{{count}} post needs your attention',
    attention_other: '{{count}} posts need your attention',
    unread: '{{count}} unread in the inbox',
    open: 'Open Cadence',
    quit: 'Quit Cadence',
  },
  closeToTray: {
    title: 'Cadence is still running',
    message: 'Cadence is still running in the tray so your scheduled posts go out.',
    detail: 'You can change this in Settings.',
    ok: 'OK',
  },
  /** "Will it go out?" before sleep and quit, and in the tray (issue 11). */
  preflight: {
    due_one: 'Next {{hours}} h: {{count}} post',
    due_other: 'Next {{hours}} h: {{count}} posts',
    onTheirOwn_one: '{{count}} goes out on its own',
    onTheirOwn_other: '{{count}} go out on their own',
    needCadence_one: '{{count}} needs Cadence running at {{times}}',
    needCadence_other: '{{count}} need Cadence running at {{times}}',
    quitTitle: 'Posts are due while Cadence is closed',
    sleepTitle_one: '{{count}} post waits for Cadence',
    sleepTitle_other: '{{count}} posts wait for Cadence',
    sleepBody:
      'Due while this laptop sleeps: {{times}}. They go out when it wakes, within the grace window you set.',
    message_one: '{{count}} post due in the next {{hours}} h needs Cadence running: {{times}}.',
    message_other: '{{count}} posts due in the next {{hours}} h need Cadence running: {{times}}.',
    canHandOff_one:
      '{{count}} of them can be handed to its network, which publishes it even with this laptop closed.',
    canHandOff_other:
      '{{count}} of them can be handed to their networks, which publish them even with this laptop closed.',
    handOffAndQuit_one: 'Hand off {{count}} post and quit',
    handOffAndQuit_other: 'Hand off {{count}} posts and quit',
    stayAwake: 'Stay open and keep this laptop awake until {{time}}',
    stayOpen: 'Keep Cadence running',
    quitAnyway: 'Quit anyway',
    awakeTitle: 'Cadence keeps this laptop awake',
    awakeBody: 'Until {{time}}, so the posts due by then go out. It may sleep again after that.',
  },
  start: {
    failedTitle: 'Cadence could not start',
    crashed:
      'Something went wrong while Cadence was starting. Nothing was deleted; your data stays in:\n{{folder}}',
    noData: 'Cadence could not open its data in this folder:\n{{folder}}\n\nNothing was deleted.',
    copyKept:
      'The copy Cadence saved before it last updated its database is kept in that folder as {{copy}}.',
    whatToDo:
      'Quit other copies of Cadence, make sure the folder is not full or read-only, and start Cadence again. If it still fails, keep that folder safe and contact support.',
    details: 'Details: {{detail}}',
    inUseTitle: 'Cadence is already open',
    inUse:
      'Cadence is already open on this data folder (another process). Close it first, or use another folder.\n\n{{folder}}',
    inUseByProcess:
      'Cadence is already open on this data folder (process {{pid}}). Close it first, or use another folder.\n\n{{folder}}',
  },
  notices: {
    missed_one: 'A post was missed',
    missed_other: '{{count}} posts were missed',
    missedBody: 'They were due while Cadence could not publish. Open Cadence to publish now or reschedule.',
    published: 'Published on {{network}}',
    needsYou: '{{network}}: a post needs you',
    notPublished: 'A post could not be published',
    cannotSave: "Cadence can't save",
    inbox_one: 'A new message in your inbox',
    inbox_other: '{{count}} new messages in your inbox',
    inboxOn: 'On {{channel}}.',
  },
} as const;
