// The desktop conventions through the real main entry, on the fake Electron with a real core:
// the application menu and its commands, the theme and the login item from Settings, starting in
// the tray at login, and updates in a packaged app (electron-updater replaced by a fake).
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { appMenuTemplate } from '../../src-main/app-menu';
import type * as CreateCore from '../../src-main/core/create-core';
import type { Core } from '../../src-main/core/create-core';
import { invokeCore } from '../../src-main/invoke-core';
import { AUTOSTART_FILE, OPENED_AT_LOGIN_ARG } from '../../src-main/login-item';
import { EVENT_CHANNEL } from '../../src-main/shared/contract';
import { wordsIn } from '../../src-main/shared/messages/words';
import { tempDir } from '../support/temp-dir';
import { MIGRATIONS_FOLDER } from '../support/test-core';
import { bootMain, shutDownBooted, type BootedMain } from './boot-main';
import type { FakeBrowserWindow, FakeElectron, FakeMenuItem } from './fake-electron';

const world = vi.hoisted(() => ({ cores: [] as Core[], updater: null as null | EventEmitter }));

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
// Read at each use: every test has an updater of its own.
vi.mock('electron-updater', () => ({
  default: {
    get autoUpdater() {
      return world.updater;
    },
  },
}));
vi.mock('../../src-main/core/create-core', async (importOriginal) => {
  const real = await importOriginal<typeof CreateCore>();
  return {
    ...real,
    createCore: (options: Parameters<typeof real.createCore>[0]) => {
      const core = real.createCore({ ...options, migrationsFolder: MIGRATIONS_FOLDER });
      world.cores.push(core);
      return core;
    },
  };
});

/** A packaged app: its tray icon is in the resources folder, and it updates itself. */
let packagedElectron: FakeElectron | null = null;
function packaged(electron: FakeElectron): void {
  packagedElectron = electron;
  electron.app.isPackaged = true;
  Object.assign(process, { resourcesPath: autostart.dir });
}

class FakeUpdater extends EventEmitter {
  autoDownload = false;
  autoInstallOnAppQuit = false;
  readonly checkForUpdates = vi.fn(async () => null);
  readonly quitAndInstall = vi.fn();
}

let autostart: ReturnType<typeof tempDir>;

beforeEach(() => {
  world.cores.length = 0;
  world.updater = new FakeUpdater();
  autostart = tempDir();
  process.env.XDG_CONFIG_HOME = autostart.dir;
});
afterEach(async () => {
  await shutDownBooted();
  if (packagedElectron) packagedElectron.app.isPackaged = false;
  packagedElectron = null;
  delete process.env.XDG_CONFIG_HOME;
  autostart.cleanup();
});

function core(): Core {
  return world.cores.at(-1)!;
}

async function update(changes: Parameters<typeof invokeCore<'settings.update'>>[2]): Promise<void> {
  const result = await invokeCore(core(), 'settings.update', changes);
  if (!result.ok) throw new Error(result.error.message);
}

/** The application menu's item with this label, at any depth. */
function menuItem(booted: BootedMain, label: string): FakeMenuItem {
  const find = (items: FakeMenuItem[]): FakeMenuItem | undefined =>
    items.flatMap((item) =>
      item.label === label ? [item] : find(item.submenu ?? []) ? [find(item.submenu!)!] : [],
    )[0];
  const found = find(booted.electron.Menu.applicationMenu?.items ?? []);
  if (!found) throw new Error(`no menu item "${label}"`);
  return found;
}

/** The app commands sent to the window, in order (core events also go down the channel). */
function commandsSent(window: FakeBrowserWindow): string[] {
  return window.webContents.send.mock.calls.flatMap(([, event]) =>
    (event as { type: string }).type === 'app.command' ? [(event as { command: string }).command] : [],
  );
}

function labels(items: FakeMenuItem[] | undefined): string[] {
  return (items ?? []).flatMap((item) => (item.label ? [item.label] : item.role ? [`(${item.role})`] : []));
}

describe('the application menu', () => {
  it('has File, Edit, View, Window and Help, with the usual accelerators', async () => {
    const booted = await bootMain();
    const menu = booted.electron.Menu.applicationMenu!.items;
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(menuItem(booted, 'New Post').accelerator).toBe('CmdOrCtrl+N');
    expect(menuItem(booted, 'Find…').accelerator).toBe('CmdOrCtrl+F');
    expect(menuItem(booted, 'Settings…').accelerator).toBe('CmdOrCtrl+,');
    expect(menuItem(booted, 'Keyboard Shortcuts').accelerator).toBe('CmdOrCtrl+/');
    expect(labels(menu[1]!.submenu)).toEqual(
      expect.arrayContaining(['(undo)', '(copy)', '(paste)', 'Find…']),
    );
    // Nothing to update in development.
    expect(labels(menu[4]!.submenu)).toEqual(['Keyboard Shortcuts']);
  });

  it('speaks the language chosen in Settings, and the computer’s when the choice is “system”', async () => {
    const booted = await bootMain();
    const tray = booted.electron.Tray.instances[0]!;
    await vi.waitFor(() => expect(menuItem(booted, 'Find…').accelerator).toBe('CmdOrCtrl+F'));
    await update({ language: 'de' });
    await vi.waitFor(() => expect(menuItem(booted, 'Suchen …').accelerator).toBe('CmdOrCtrl+F'));
    expect(labels(booted.electron.Menu.applicationMenu!.items)).toEqual([
      'Datei',
      'Bearbeiten',
      'Ansicht',
      'Fenster',
      'Hilfe',
    ]);
    await vi.waitFor(() => expect(tray.labels).toContain('Cadence öffnen'));
    expect(tray.labels[0]).toBe('Nichts eingeplant');
    // Back to the computer's language, English here (the fake system's en-GB).
    await update({ language: 'system' });
    await vi.waitFor(() => expect(menuItem(booted, 'Find…').accelerator).toBe('CmdOrCtrl+F'));
    await vi.waitFor(() => expect(tray.labels).toContain('Open Cadence'));
  });

  it('starts in German on a German computer', async () => {
    const booted = await bootMain({
      prepare: (electron) => electron.app.getPreferredSystemLanguages.mockReturnValueOnce(['de-AT', 'en-US']),
    });
    expect(menuItem(booted, 'Einstellungen …').accelerator).toBe('CmdOrCtrl+,');
    await vi.waitFor(() => expect(booted.electron.Tray.instances[0]!.labels).toContain('Cadence öffnen'));
  });

  it('on macOS starts with the app menu: About, Settings and Quit, and keeps Quit out of File', () => {
    const template = appMenuTemplate({
      platform: 'darwin',
      isPackaged: true,
      command: () => undefined,
      updateReady: false,
      restartToUpdate: () => undefined,
      words: wordsIn('en'),
    }) as FakeMenuItem[];
    expect(template.map((item) => item.label)).toEqual(['Cadence', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template[0]!.submenu)).toEqual(
      expect.arrayContaining(['(about)', 'Settings…', '(hide)', 'Quit Cadence']),
    );
    expect(labels(template[1]!.submenu)).toEqual(['New Post', '(close)']);
  });

  it('hands its commands to the window, bringing it back from the tray first', async () => {
    const booted = await bootMain();
    const window = booted.electron.BrowserWindow.instances[0]!;
    window.emit('ready-to-show');
    window.hide();
    menuItem(booted, 'New Post').click!();
    expect(window.isVisible()).toBe(true);
    expect(window.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, {
      type: 'app.command',
      command: 'new-post',
    });
    menuItem(booted, 'Keyboard Shortcuts').click!();
    expect(window.webContents.send).toHaveBeenLastCalledWith(EVENT_CHANNEL, {
      type: 'app.command',
      command: 'shortcuts',
    });

    // A window still loading gets the command once its page is there.
    window.webContents.loading = true;
    menuItem(booted, 'Settings…').click!();
    expect(commandsSent(window)).toEqual(['new-post', 'shortcuts']);
    window.webContents.emit('did-finish-load');
    expect(commandsSent(window)).toEqual(['new-post', 'shortcuts', 'preferences']);
  });
});

describe('settings main carries out', () => {
  it('follows the theme chosen in Settings, and the computer again with "system"', async () => {
    const booted = await bootMain();
    await vi.waitFor(() => expect(booted.electron.nativeTheme.themeSource).toBe('system'));
    await update({ theme: 'dark' });
    await vi.waitFor(() => expect(booted.electron.nativeTheme.themeSource).toBe('dark'));
    await update({ theme: 'system' });
    await vi.waitFor(() => expect(booted.electron.nativeTheme.themeSource).toBe('system'));
  });

  it('starts at login in a packaged app: an autostart entry on Linux, the OS login item elsewhere', async () => {
    const file = join(autostart.dir, 'autostart', AUTOSTART_FILE);
    const booted = await bootMain({ prepare: packaged });
    await update({ openAtLogin: true });
    await vi.waitFor(() => expect(existsSync(file)).toBe(true));
    expect(readFileSync(file, 'utf8')).toContain(`Exec="${process.execPath}" ${OPENED_AT_LOGIN_ARG}`);
    await update({ openAtLogin: false });
    await vi.waitFor(() => expect(existsSync(file)).toBe(false));

    // The module as the booted main entry has it, on the same fake Electron.
    const { electronLoginItem } = await import('../../src-main/login-item');
    electronLoginItem('darwin').set(true);
    expect(booted.electron.app.setLoginItemSettings).toHaveBeenCalledWith({
      openAtLogin: true,
      args: [OPENED_AT_LOGIN_ARG],
    });
  });

  it('leaves the login item alone in development', async () => {
    const booted = await bootMain();
    await update({ openAtLogin: true });
    await vi.waitFor(() => expect(booted.electron.nativeTheme.themeSource).toBe('system'));
    expect(existsSync(join(autostart.dir, 'autostart', AUTOSTART_FILE))).toBe(false);
  });

  it('opens no window when started by the login item; the tray opens it', async () => {
    process.argv.push(OPENED_AT_LOGIN_ARG);
    try {
      const booted = await bootMain();
      expect(booted.electron.BrowserWindow.instances).toHaveLength(0);
      booted.electron.Tray.instances[0]!.clickItem('Open Cadence');
      expect(booted.electron.BrowserWindow.instances).toHaveLength(1);
    } finally {
      process.argv.splice(process.argv.indexOf(OPENED_AT_LOGIN_ARG), 1);
    }
  });
});

describe('updates in a packaged app', () => {
  it('checks at start, then offers "Restart to Update" in the menu once one is downloaded', async () => {
    const booted = await bootMain({ prepare: packaged });
    const updater = world.updater as FakeUpdater;
    await vi.waitFor(() => expect(updater.checkForUpdates).toHaveBeenCalledTimes(1));
    expect(updater.autoDownload).toBe(true);
    await vi.waitFor(() =>
      expect(labels(booted.electron.Menu.applicationMenu!.items[4]!.submenu)).toContain('Check for Updates…'),
    );

    updater.emit('update-downloaded', { version: '0.2.0' });
    menuItem(booted, 'Restart to Update').click!();
    await vi.waitFor(() => expect(updater.quitAndInstall).toHaveBeenCalledTimes(1));
  });
});
