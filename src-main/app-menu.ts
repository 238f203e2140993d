// The application menu: File, Edit, View, Window and Help, with the accelerators desktop users
// expect, and on macOS the app menu. Commands the window carries out (a new post, find, settings,
// the shortcuts) go to the renderer as an 'app.command' event; editing, zoom and window handling
// are Electron's own roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from './shared/app-commands';
import { DESKTOP_WORDS } from './desktop-words';

const WORDS = DESKTOP_WORDS.menu;

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Development builds get reload and the developer tools. */
  isPackaged: boolean;
  /** Brings the window up and hands it the command. */
  command(command: AppCommand): void;
  /** Whether a downloaded update waits for a restart. */
  updateReady: boolean;
  restartToUpdate(): void;
  /** Absent where Cadence cannot update itself (development, web mode). */
  checkForUpdates?: () => void;
}

/** The menu's template; separate from installing it so tests can read it. */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => options.command(command),
  });
  const preferences = item(WORDS.preferences, 'CmdOrCtrl+,', 'preferences');
  const updates: MenuItemConstructorOptions[] = [
    ...(options.updateReady
      ? [{ label: WORDS.restartToUpdate, click: () => options.restartToUpdate() }]
      : []),
    ...(options.checkForUpdates && !options.updateReady
      ? [{ label: WORDS.checkForUpdates, click: () => options.checkForUpdates?.() }]
      : []),
  ];

  const appMenu: MenuItemConstructorOptions = {
    label: 'Cadence',
    submenu: [
      { role: 'about' },
      ...updates,
      { type: 'separator' },
      preferences,
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit', label: WORDS.quit },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: WORDS.file,
    submenu: [
      item(WORDS.newPost, 'CmdOrCtrl+N', 'new-post'),
      { type: 'separator' },
      ...(mac ? [{ role: 'close' } as const] : [preferences, { type: 'separator' } as const]),
      ...(mac
        ? []
        : [{ role: 'close' } as const, { role: 'quit', label: WORDS.quit, accelerator: 'Ctrl+Q' } as const]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: WORDS.edit,
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item(WORDS.find, 'CmdOrCtrl+F', 'find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: WORDS.view,
    submenu: [
      ...(options.isPackaged
        ? []
        : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: WORDS.window,
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: WORDS.help,
    submenu: [item(WORDS.shortcuts, 'CmdOrCtrl+/', 'shortcuts'), ...(mac ? [] : updates)],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Sets the application menu; call again when an update becomes ready. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
