// The application menu: File, Edit, View, Window and Help, with the accelerators desktop users
// expect, and on macOS the app menu. Commands the window carries out (a new post, find, settings,
// the shortcuts) go to the renderer as an 'app.command' event; editing, zoom and window handling
// are Electron's own roles.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from './shared/app-commands';
import type { Words } from './shared/messages/words';

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
  /** The owner's language. */
  words: Words;
}

/** The menu's template; separate from installing it so tests can read it. */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const words = options.words;
  const item = (label: string, accelerator: string, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => options.command(command),
  });
  const preferences = item(words('desktop.menu.preferences'), 'CmdOrCtrl+,', 'preferences');
  const updates: MenuItemConstructorOptions[] = [
    ...(options.updateReady
      ? [{ label: words('desktop.menu.restartToUpdate'), click: () => options.restartToUpdate() }]
      : []),
    ...(options.checkForUpdates && !options.updateReady
      ? [{ label: words('desktop.menu.checkForUpdates'), click: () => options.checkForUpdates?.() }]
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
      { role: 'quit', label: words('desktop.menu.quit') },
    ],
  };
  const file: MenuItemConstructorOptions = {
    label: words('desktop.menu.file'),
    submenu: [
      item(words('desktop.menu.newPost'), 'CmdOrCtrl+N', 'new-post'),
      { type: 'separator' },
      ...(mac ? [{ role: 'close' } as const] : [preferences, { type: 'separator' } as const]),
      ...(mac
        ? []
        : [
            { role: 'close' } as const,
            { role: 'quit', label: words('desktop.menu.quit'), accelerator: 'Ctrl+Q' } as const,
          ]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: words('desktop.menu.edit'),
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      item(words('desktop.menu.find'), 'CmdOrCtrl+F', 'find'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    label: words('desktop.menu.view'),
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
    label: words('desktop.menu.window'),
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, { type: 'separator' }, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: words('desktop.menu.help'),
    submenu: [item(words('desktop.menu.shortcuts'), 'CmdOrCtrl+/', 'shortcuts'), ...(mac ? [] : updates)],
  };
  return [...(mac ? [appMenu] : []), file, edit, view, window, help];
}

/** Sets the application menu; call again when an update becomes ready. */
export function installAppMenu(options: AppMenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(options)));
}
