// Electron main: starts the core before any window, then opens one hardened window
// and connects it to the core. Everything the app does lives in ./core. The publishing
// timer runs here, so closing the window keeps the app in the tray unless the owner said no.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { keepRunningOnClose } from './close-to-tray';
import { systemClock } from './core/clock';
import { createCore, type Core } from './core/create-core';
import { isDataFolderInUse } from './core/db/data-folder-lock';
import { BACKUP_SUFFIX, DATABASE_FILE } from './core/db/open-database';
import { registerIpc } from './ipc';
import { handleMediaProtocol, registerMediaScheme } from './media-protocol';
import { electronFilePicker } from './ports/electron-file-picker';
import { electronNotifier } from './ports/electron-notifier';
import { electronDesktopFiles } from './ports/electron-desktop-files';
import { electronOnlineSignal, type ElectronOnlineSignal } from './ports/electron-online-signal';
import { safeStorageSecretStore } from './ports/safe-storage-secrets';
import { rendererLocation } from './renderer-location';
import { exposeTestHooks } from './test-hooks';
import { createTray, trayIconPath, type CadenceTray } from './tray';
import { wakeOnResume } from './wake-on-resume';
import { guardSleepAndQuit, type SleepAndQuitGuard } from './sleep-and-quit';
import { startDesktopShell, type DesktopShell } from './desktop-shell';
import { openedAtLogin } from './login-item';
import { ownerLanguage, type OwnerLanguage } from './owner-language';
import type { Words } from './shared/messages/words';
import { createMainWindow, hardenSession } from './window';
import { initialPlacement, rememberPlacement } from './window-state';

/** How long quitting waits for a send in flight to record its result; a later start reconciles it. */
const SHUTDOWN_GRACE_MS = 5_000;

const location = rendererLocation();
const clock = systemClock();
let mainWindow: BrowserWindow | null = null;
let running: {
  core: Core;
  online: ElectronOnlineSignal;
  tray: CadenceTray;
  disposeIpc: () => void;
  stopWaking: () => void;
  shell: DesktopShell;
  language: OwnerLanguage;
  guard: SleepAndQuitGuard;
} | null = null;
/** Set by a real quit (tray menu, Cmd+Q, shutdown), as opposed to closing the window. */
let quitting = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerMediaScheme();
  exposeTestHooks({ tray: () => running?.tray.shown() ?? null }, { isPackaged: app.isPackaged });
  app.on('second-instance', () => focusWindow());
  app.on('before-quit', (event) => {
    // Posts due while Cadence is closed: the owner is asked first (sleep-and-quit.ts).
    if (running?.guard.holdQuit(event)) return;
    quitting = true;
  });
  // Closing is decided by close-to-tray; a window that is gone anyway leaves nothing to run for.
  app.on('window-all-closed', () => app.quit());
  // macOS: clicking the dock icon brings the hidden window back.
  app.on('activate', () => focusWindow());
  app.on('will-quit', (event) => {
    if (!running) return;
    event.preventDefault();
    void shutDown().finally(() => app.quit());
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('[cadence] could not start', error);
      // The settings may be what failed, so the computer's language is used.
      const words = startWords();
      dialog.showErrorBox(
        words('desktop.start.failedTitle'),
        [
          words('desktop.start.crashed', { folder: dataDirectory() }),
          words('desktop.start.details', { detail: detailOf(error) }),
        ].join('\n\n'),
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
  const language = ownerLanguage(app.getPreferredSystemLanguages(), app.getLocale());
  let core: Core;
  try {
    core = createCore({
      clock,
      dataDir,
      migrationsFolder: join(import.meta.dirname, 'migrations'),
      secrets: safeStorageSecretStore(dataDir),
      online,
      notifier: electronNotifier(() => focusWindow(), language.words),
      automaticBackups: true,
      filePicker: electronFilePicker(() => mainWindow),
      desktopFiles: electronDesktopFiles(() => mainWindow),
    });
  } catch (error) {
    online.stop();
    failToOpenData(error, dataDir, language.words());
    return;
  }
  handleMediaProtocol((sha256) => core.mediaPath(sha256));
  hardenSession(location);
  const disposeIpc = registerIpc({ core, getWindow: () => mainWindow, location });
  const tray = createTray({
    core,
    clock,
    iconPath: trayIconPath({
      isPackaged: app.isPackaged,
      appPath: app.getAppPath(),
      resourcesPath: process.resourcesPath,
    }),
    openWindow: () => focusWindow(),
    // The tray's menu can only be clicked once this function has returned and the shell exists.
    openSettings: () => shell.command('preferences'),
    quit: () => app.quit(),
    language,
  });
  const shell = startDesktopShell({
    core,
    clock,
    isPackaged: app.isPackaged,
    platform: process.platform,
    version: app.getVersion(),
    focusWindow: () => focusWindow(),
    getWindow: () => mainWindow,
    language,
    beforeRestart: () => guard.allowQuit(),
  });
  const guard = guardSleepAndQuit({
    core,
    clock,
    words: language.words,
    getWindow: () => mainWindow,
    quit: () => app.quit(),
  });
  running = { core, online, tray, disposeIpc, stopWaking: wakeOnResume(core), shell, language, guard };
  // Started by the login item: Cadence runs in the tray, and the tray opens the window.
  if (!openedAtLogin()) openWindow(core, language);
}

function openWindow(core: Core, language: OwnerLanguage): void {
  const window = createMainWindow(location, initialPlacement(dataDirectory()));
  rememberPlacement(window, dataDirectory());
  keepRunningOnClose(window, {
    core,
    isQuitting: () => quitting,
    quit: () => app.quit(),
    words: language.words,
  });
  // Windows: a shutdown or log-off closes the window; that is a real quit.
  window.on('session-end', () => {
    quitting = true;
    running?.guard.allowQuit();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  mainWindow = window;
}

function focusWindow(): void {
  if (!mainWindow) {
    if (running) openWindow(running.core, running.language);
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function shutDown(): Promise<void> {
  if (!running) return;
  const { core, online, tray, disposeIpc, stopWaking, shell, guard } = running;
  running = null;
  guard.dispose();
  shell.stop();
  tray.destroy();
  stopWaking();
  disposeIpc();
  online.stop();
  let grace: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      core.close(),
      new Promise((resolve) => (grace = setTimeout(resolve, SHUTDOWN_GRACE_MS))),
    ]);
  } catch (error) {
    console.error('[cadence] could not close the core cleanly', error);
  } finally {
    clearTimeout(grace);
  }
}

function failToOpenData(error: unknown, dataDir: string, words: Words): void {
  console.error('[cadence] could not open the data folder', error);
  if (isDataFolderInUse(error)) {
    // Web mode, or a copy started with another CADENCE_DATA_DIR, has this folder.
    const { holderPid } = error;
    dialog.showErrorBox(
      words('desktop.start.inUseTitle'),
      holderPid === null
        ? words('desktop.start.inUse', { folder: dataDir })
        : words('desktop.start.inUseByProcess', { folder: dataDir, pid: String(holderPid) }),
    );
    app.quit();
    return;
  }
  const copy = `${DATABASE_FILE}${BACKUP_SUFFIX}`;
  const noData = words('desktop.start.noData', { folder: dataDir });
  // Made only before an update of the database, so there may be none.
  const kept = existsSync(join(dataDir, copy)) ? ` ${words('desktop.start.copyKept', { copy })}` : '';
  dialog.showErrorBox(
    words('desktop.start.failedTitle'),
    [
      noData + kept,
      words('desktop.start.whatToDo'),
      words('desktop.start.details', { detail: detailOf(error) }),
    ].join('\n\n'),
  );
  app.quit();
}

/** The computer's language, for what is said before the settings can be read. */
function startWords(): Words {
  return ownerLanguage(app.getPreferredSystemLanguages(), app.getLocale()).words();
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
