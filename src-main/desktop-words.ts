// The words main shows itself (the application menu, the update prompts and the login item),
// in English until the catalogs reach the main process; kept together so they move as one.
export const DESKTOP_WORDS = {
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
    readyBody: 'Restart Cadence to update to version {version}. Your posts and drafts stay as they are.',
    restart: 'Restart to update',
    later: 'Later',
    waitingTitle: 'Cadence will restart after this post',
    waitingBody: 'A post is being sent right now. Cadence restarts to update as soon as it has gone out.',
    upToDateTitle: 'Cadence is up to date',
    upToDateBody: 'You have the latest version, {version}.',
    failedTitle: 'Cadence could not check for updates',
    failedBody: 'Check your internet connection and try again later. Cadence keeps working as it is.',
  },
} as const;

/** Puts values into a sentence: "{version}" becomes the version. */
export function fillIn(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
