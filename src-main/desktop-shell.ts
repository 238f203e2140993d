// What makes Cadence behave like the other apps on the owner's machine, around the one window:
// the application menu, the theme and the login item from Settings, and updates (packaged only).
import type { BrowserWindow } from 'electron';
import { installAppMenu } from './app-menu';
import type { Clock } from './core/clock';
import type { Core } from './core/create-core';
import { followDesktopPreferences } from './desktop-preferences';
import { electronLoginItem } from './login-item';
import type { OwnerLanguage } from './owner-language';
import type { AppCommand } from './shared/app-commands';
import { EVENT_CHANNEL, type CoreEvent } from './shared/contract';
import { electronUpdater, startAppUpdates, type AppUpdates, type UpdaterPort } from './updater';

export interface DesktopShellOptions {
  core: Pick<Core, 'invoke' | 'subscribe' | 'sendsInFlight' | 'whenIdle'>;
  clock: Clock;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  version: string;
  /** Shows the window, opening one if none is open. */
  focusWindow(): void;
  getWindow(): BrowserWindow | null;
  /** The owner's language, for the menu and the update prompts. */
  language: OwnerLanguage;
  /** Where updates come from; electron-updater unless a test gives another. */
  updater?: () => Promise<UpdaterPort>;
  /** Called just before restarting into an update: Cadence is back in seconds, so nothing is asked. */
  beforeRestart?(): void;
}

export interface DesktopShell {
  /** Brings the window up and has it carry out a command, as the menu does (the tray uses it too). */
  command(command: AppCommand): void;
  stop(): void;
}

export function startDesktopShell(options: DesktopShellOptions): DesktopShell {
  let updates: AppUpdates | null = null;
  let stopped = false;
  const installMenu = () =>
    installAppMenu({
      platform: options.platform,
      isPackaged: options.isPackaged,
      command: (command) => sendCommand(options, command),
      updateReady: updates?.isReady() ?? false,
      restartToUpdate: () => void updates?.restartToUpdate(),
      checkForUpdates: updates ? () => void updates?.checkNow() : undefined,
      words: options.language.words(),
    });
  installMenu();
  const stopFollowingLanguage = options.language.onChange(installMenu);
  // A development build must not register Electron itself as a login item.
  const stopPreferences = followDesktopPreferences({
    core: options.core,
    loginItem: options.isPackaged ? electronLoginItem(options.platform) : null,
    language: options.language,
  });
  if (options.isPackaged) {
    (options.updater ?? electronUpdater)()
      .then((updater) => {
        if (stopped) return;
        updates = startAppUpdates({
          updater,
          clock: options.clock,
          core: options.core,
          currentVersion: options.version,
          beforeRestart: options.beforeRestart,
          onReady: installMenu,
          openWindow: options.focusWindow,
          words: () => options.language.words(),
        });
        installMenu();
      })
      .catch((error: unknown) => console.error('[cadence] could not start updates', error));
  }
  return {
    command: (command) => sendCommand(options, command),
    stop() {
      stopped = true;
      stopPreferences();
      stopFollowingLanguage();
      updates?.stop();
    },
  };
}

/** Brings the window up and hands it the command, once its page has loaded. */
function sendCommand(options: DesktopShellOptions, command: AppCommand): void {
  options.focusWindow();
  const window = options.getWindow();
  if (!window || window.isDestroyed()) return;
  const event: CoreEvent = { type: 'app.command', command };
  const send = () => {
    if (!window.isDestroyed()) window.webContents.send(EVENT_CHANNEL, event);
  };
  if (window.webContents.isLoading()) window.webContents.once('did-finish-load', send);
  else send();
}
