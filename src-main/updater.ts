// Updates through electron-updater from GitHub Releases (package.json's build.publish): checked
// at start and daily, downloaded in the background, and installed when the owner chooses
// "Restart to update", never while a post is being sent (core/desktop/update-policy decides).
import { dialog, Notification } from 'electron';
import type { Clock, TimerHandle } from './core/clock';
import type { Core } from './core/create-core';
import { nextCheckDelay, restartDecision, type RestartDecision } from './core/desktop/update-policy';
import type { Words } from './shared/messages/words';

/** The part of electron-updater's autoUpdater Cadence uses. */
export interface UpdaterPort {
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(): void;
  on(event: 'update-downloaded', listener: (info: { version: string }) => void): unknown;
  on(event: 'update-not-available', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

export interface AppUpdatesOptions {
  updater: UpdaterPort;
  clock: Clock;
  core: Pick<Core, 'sendsInFlight' | 'whenIdle'>;
  /** The version running now, for "you are up to date". */
  currentVersion: string;
  /** An update was downloaded: the menu and tray offer "Restart to update". */
  onReady(): void;
  /** Just before the restart into the update. */
  beforeRestart?(): void;
  /** Brings the window up (a click on the "update ready" notice). */
  openWindow(): void;
  /** The owner's language, read when something is said. */
  words(): Words;
}

export interface AppUpdates {
  /** Whether a downloaded update waits for a restart. */
  isReady(): boolean;
  /** Restarts into the update, at once or as soon as no post is being sent. */
  restartToUpdate(): Promise<RestartDecision['kind']>;
  /** "Check for Updates…": looks now and says what it found. */
  checkNow(): Promise<void>;
  stop(): void;
}

export function startAppUpdates(options: AppUpdatesOptions): AppUpdates {
  const { updater, clock, core } = options;
  let readyVersion: string | null = null;
  let lastCheckedAt: number | null = null;
  let timer: TimerHandle | null = null;
  let stopped = false;
  let waitingForSends: Promise<RestartDecision['kind']> | null = null;
  /** Set while the owner asked to check: the answer is then told, not only logged. */
  let asked = false;

  const check = async () => {
    lastCheckedAt = clock.now();
    try {
      await updater.checkForUpdates();
    } catch (error) {
      // Offline, or no release published yet: Cadence keeps working as it is.
      console.warn('[cadence] could not check for updates', error);
      if (asked) void tell(options.words(), 'failed');
    }
  };
  const arm = () => {
    if (stopped) return;
    timer = clock.setTimer(
      () => {
        timer = null;
        void check().finally(arm);
      },
      nextCheckDelay(lastCheckedAt, clock.now()),
    );
  };

  updater.on('update-downloaded', ({ version }) => {
    if (stopped) return;
    readyVersion = version;
    options.onReady();
    notifyReady(options.words(), version, () => {
      options.openWindow();
      void askToRestart(version);
    });
  });
  updater.on('update-not-available', () => {
    if (asked) void tell(options.words(), 'upToDate', options.currentVersion);
    asked = false;
  });
  updater.on('error', (error) => console.warn('[cadence] update failed', error));

  const restartToUpdate = async (): Promise<RestartDecision['kind']> => {
    const decision = restartDecision({
      updateReady: readyVersion !== null,
      sendsInFlight: core.sendsInFlight(),
    });
    if (decision.kind === 'restart') {
      options.beforeRestart?.();
      updater.quitAndInstall();
    }
    if (decision.kind !== 'wait') return decision.kind;
    if (!waitingForSends) {
      void tell(options.words(), 'waiting');
      waitingForSends = core.whenIdle().then(() => {
        waitingForSends = null;
        return stopped ? 'nothing-to-install' : restartToUpdate();
      });
    }
    return waitingForSends;
  };

  const askToRestart = async (version: string) => {
    const words = options.words();
    const { response } = await dialog.showMessageBox({
      type: 'info',
      title: words('desktop.update.readyTitle'),
      message: words('desktop.update.readyTitle'),
      detail: words('desktop.update.readyBody', { version }),
      buttons: [words('desktop.update.restart'), words('desktop.update.later')],
      defaultId: 0,
      cancelId: 1,
    });
    if (response === 0) await restartToUpdate();
  };

  void check().finally(arm);
  return {
    isReady: () => readyVersion !== null,
    restartToUpdate,
    async checkNow() {
      asked = true;
      await check();
    },
    stop() {
      stopped = true;
      if (timer) clock.clearTimer(timer);
    },
  };
}

function notifyReady(words: Words, version: string, onClick: () => void): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({
    title: words('desktop.update.readyTitle'),
    body: words('desktop.update.readyBody', { version }),
    silent: true,
  });
  notification.on('click', onClick);
  notification.show();
}

/** What a check found, told in a dialog: the update failed, none is needed, or it waits for a send. */
async function tell(words: Words, what: 'failed' | 'upToDate' | 'waiting', version = ''): Promise<void> {
  const title = words(`desktop.update.${what}Title`);
  const detail = words(`desktop.update.${what}Body`, { version });
  const ok = words('desktop.update.ok');
  await dialog.showMessageBox({ type: 'info', title, message: title, detail, buttons: [ok] });
}

/** electron-updater's updater, loaded only in a packaged app (it has nothing to update in development). */
export async function electronUpdater(): Promise<UpdaterPort> {
  const { default: updates } = await import('electron-updater');
  updates.autoUpdater.autoDownload = true;
  // Quitting (the tray's Quit, Cmd+Q) installs a downloaded update too; quitting waits for sends.
  updates.autoUpdater.autoInstallOnAppQuit = true;
  return updates.autoUpdater;
}
