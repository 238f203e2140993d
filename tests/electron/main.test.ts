// Boots the real main entry against the fake Electron and a real core.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES } from '../../src-main/shared/contract';
import type * as CreateCore from '../../src-main/core/create-core';
import { lockDataFolder, type DataFolderLock } from '../../src-main/core/db/data-folder-lock';
import { MIGRATIONS_FOLDER } from '../support/test-core';
import { bootMain as boot, shutDownBooted } from './boot-main';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);
// Source runs from src-main, not out/main, so point the core at the committed migrations.
vi.mock('../../src-main/core/create-core', async (importOriginal) => {
  const real = await importOriginal<typeof CreateCore>();
  return {
    ...real,
    createCore: (options: Parameters<typeof real.createCore>[0]) =>
      real.createCore({ ...options, migrationsFolder: MIGRATIONS_FOLDER }),
  };
});

afterEach(shutDownBooted);

describe('main entry', () => {
  it('opens the database before the window, then wires IPC and the media protocol', async () => {
    let databaseAtWindow: boolean | null = null;
    const { electron, dataDir } = await boot({
      prepare: ({ BrowserWindow }) => {
        const folder = process.env.CADENCE_DATA_DIR!;
        BrowserWindow.onCreate = () => (databaseAtWindow = existsSync(join(folder, 'cadence.db')));
      },
    });
    expect(databaseAtWindow).toBe(true);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.protocol.handle).toHaveBeenCalledWith('cadence-media', expect.any(Function));
    expect(electron.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(electron.ipcHandlers.size).toBe(CHANNEL_NAMES.length);

    const [window] = electron.BrowserWindow.instances;
    expect(window?.options.webPreferences.preload).toMatch(/preload[\\/]index\.cjs$/);
    const result = await electron.ipcHandlers.get('posts.create')?.(
      { sender: window?.webContents, senderFrame: window?.webContents.mainFrame },
      { body: 'typed in the window' },
    );
    expect(result).toMatchObject({ ok: true, value: { body: 'typed in the window', status: 'draft' } });
    expect(existsSync(join(dataDir, 'cadence.db-wal'))).toBe(true);
    expect(electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('focuses the existing window when a second copy starts', async () => {
    const { electron } = await boot();
    const [window] = electron.BrowserWindow.instances;
    window!.minimized = true;
    electron.app.emit('second-instance');
    expect(window?.restore).toHaveBeenCalled();
    expect(window?.focus).toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(1);
  });

  it('closes the core and its handlers on quit', async () => {
    const { electron, quit } = await boot();
    await quit();
    expect(electron.ipcHandlers.size).toBe(0);
    expect(electron.Tray.instances[0]?.destroyed).toBe(true);
    expect(electron.powerMonitor.listenerCount('resume')).toBe(0);
  });

  it('quits at once when another copy holds the lock', async () => {
    const { electron } = await boot({
      prepare: ({ app }) => app.requestSingleInstanceLock.mockReturnValue(false),
    });
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('says that another process has the data folder open, and opens no window', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let webMode: DataFolderLock | null = null;
    const { electron, dataDir } = await boot({
      prepare: () => (webMode = lockDataFolder(process.env.CADENCE_DATA_DIR!)),
    });
    webMode!.release();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Cadence is already open',
      `Cadence is already open on this data folder (process ${process.pid}). Close it first, or use another folder.\n\n${dataDir}`,
    );
    expect(electron.app.quit).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('says so in the computer’s language when that is German', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let webMode: DataFolderLock | null = null;
    const { electron, dataDir } = await boot({
      prepare: ({ app }) => {
        app.getPreferredSystemLanguages.mockReturnValueOnce(['de-DE']);
        webMode = lockDataFolder(process.env.CADENCE_DATA_DIR!);
      },
    });
    webMode!.release();
    expect(electron.dialog.showErrorBox).toHaveBeenCalledWith(
      'Cadence ist bereits geöffnet',
      `Cadence ist mit diesem Datenordner bereits geöffnet (Prozess ${process.pid}). Schließen Sie es zuerst oder verwenden Sie einen anderen Ordner.\n\n${dataDir}`,
    );
    logged.mockRestore();
  });

  it('explains a data folder it cannot open, touches nothing in it, and opens no window', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { electron, dataDir } = await boot({
      prepare: () => {
        writeFileSync(
          join(process.env.CADENCE_DATA_DIR!, 'cadence.db'),
          'this is not a SQLite database at all',
        );
      },
    });
    expect(electron.BrowserWindow.instances).toHaveLength(0);
    expect(electron.dialog.showErrorBox).toHaveBeenCalledTimes(1);
    const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(title).toBe('Cadence could not start');
    expect(message).toContain(dataDir);
    expect(message).toContain('Nothing was deleted.');
    // No copy is made of a file that is not a database, so none is named.
    expect(message).not.toContain('before-start');
    expect(readFileSync(join(dataDir, 'cadence.db'), 'utf8')).toBe('this is not a SQLite database at all');
    expect(electron.app.quit).toHaveBeenCalled();
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('names the copy saved before the last update of the database, when there is one', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { electron } = await boot({
      prepare: () => {
        const folder = process.env.CADENCE_DATA_DIR!;
        writeFileSync(join(folder, 'cadence.db'), 'this is not a SQLite database at all');
        writeFileSync(join(folder, 'cadence.db.before-start'), 'the copy');
      },
    });
    const [, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(message).toContain('is kept in that folder as cadence.db.before-start.');
    logged.mockRestore();
  });
});
