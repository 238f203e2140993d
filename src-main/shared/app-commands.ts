// What the application menu asks of the window: the commands the renderer carries out, sent
// as an 'app.command' event on the event channel (the renderer has no way to call the menu).
export const APP_COMMANDS = ['new-post', 'find', 'preferences', 'shortcuts'] as const;
export type AppCommand = (typeof APP_COMMANDS)[number];
