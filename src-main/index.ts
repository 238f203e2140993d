// Electron main: starts the core before any window, then opens one hardened window
// and connects it to the core. Everything the app does lives in ./core.
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { systemClock } from './core/clock';
import { createCore, type Core } from './core/create-core';
import { BACKUP_SUFFIX, DATABASE_FILE } from './core/db/open-database';
import { registerIpc } from './ipc';
import { handleMediaProtocol, registerMediaScheme } from './media-protocol';
import { electronNotifier } from './ports/electron-notifier';
import { electronOnlineSignal, type ElectronOnlineSignal } from './ports/electron-online-signal';
import { safeStorageSecretStore } from './ports/safe-storage-secrets';
import { rendererLocation } from './renderer-location';
import { createMainWindow, hardenSession } from './window';

const location = rendererLocation();
let mainWindow: BrowserWindow | null = null;
let running: { core: Core; online: ElectronOnlineSignal; disposeIpc: () => void } | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerMediaScheme();
  app.on('second-instance', () => focusWindow());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (running && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  app.on('will-quit', shutDown);
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[cadence] could not start', error);
      dialog.showErrorBox(
        'Cadence could not start',
        `Something went wrong while Cadence was starting. Nothing was deleted; your data stays in:\n${dataDirectory()}\n\nDetails: ${detailOf(error)}`,
      );
      app.quit();
    });
}

function dataDirectory(): string {
  return process.env.CADENCE_DATA_DIR || app.getPath('userData');
}

function start(): void {
  const dataDir = dataDirectory();
  const online = electronOnlineSignal();
  let core: Core;
  try {
    core = createCore({
      clock: systemClock(),
      dataDir,
      migrationsFolder: join(import.meta.dirname, 'migrations'),
      secrets: safeStorageSecretStore(dataDir),
      online,
      notifier: electronNotifier(),
    });
  } catch (error) {
    online.stop();
    failToOpenData(error, dataDir);
    return;
  }
  handleMediaProtocol((sha256) => core.mediaPath(sha256));
  hardenSession(location);
  const disposeIpc = registerIpc({ core, getWindow: () => mainWindow, location });
  running = { core, online, disposeIpc };
  openWindow();
}

function openWindow(): void {
  const window = createMainWindow(location);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function focusWindow(): void {
  if (!mainWindow) {
    if (running) openWindow();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function shutDown(): void {
  if (!running) return;
  const { core, online, disposeIpc } = running;
  running = null;
  disposeIpc();
  online.stop();
  core.close();
}

function failToOpenData(error: unknown, dataDir: string): void {
  console.error('[cadence] could not open the data folder', error);
  dialog.showErrorBox(
    'Cadence could not start',
    `Cadence could not open its data in this folder:\n${dataDir}\n\n` +
      `Nothing was deleted. A copy of your data from before this start is kept in that folder as ` +
      `${DATABASE_FILE}${BACKUP_SUFFIX}.\n\n` +
      `Quit other copies of Cadence, make sure the folder is not full or read-only, and start Cadence again. ` +
      `If it still fails, keep that copy safe and contact support.\n\nDetails: ${detailOf(error)}`,
  );
  app.quit();
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
