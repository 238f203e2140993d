// Runs the real main entry (src-main/index.ts) against the fake Electron. The test file must
// mock 'electron' with ./fake-electron and point createCore at the committed migrations.
import { vi } from 'vitest';
import { tempDir } from '../support/temp-dir';
import type { FakeElectron } from './fake-electron';

export interface BootedMain {
  electron: FakeElectron;
  dataDir: string;
  /** Quits the way the app does (app.quit) and waits until the core has closed. */
  quit(): Promise<void>;
}

const running: BootedMain[] = [];
const folders: Array<() => void> = [];

/** Starts the main entry afresh, on a new data folder unless one is given (a restart). */
export async function bootMain(
  options: { dataDir?: string; prepare?: (electron: FakeElectron) => void } = {},
): Promise<BootedMain> {
  vi.resetModules();
  let dataDir = options.dataDir;
  if (!dataDir) {
    const data = tempDir();
    folders.push(data.cleanup);
    dataDir = data.dir;
  }
  process.env.CADENCE_DATA_DIR = dataDir;
  const electron = (await import('electron')) as unknown as FakeElectron;
  vi.clearAllMocks();
  electron.app.removeAllListeners();
  electron.powerMonitor.removeAllListeners();
  electron.app.exited = false;
  electron.app.requestSingleInstanceLock.mockReturnValue(true);
  electron.BrowserWindow.instances.length = 0;
  electron.BrowserWindow.onCreate = null;
  electron.Tray.instances.length = 0;
  electron.Notification.instances.length = 0;
  options.prepare?.(electron);
  await import('../../src-main/index');
  await new Promise((resolve) => setImmediate(resolve));
  const booted: BootedMain = {
    electron,
    dataDir,
    async quit() {
      // Asked whether to quit with posts due (sleep-and-quit.ts), the owner quits anyway.
      electron.dialog.showMessageBox.mockImplementation(async (...args: unknown[]) => {
        const options = args.at(-1) as { cancelId?: number };
        return { response: options.cancelId ?? 0, checkboxChecked: false };
      });
      if (!electron.app.exited) electron.app.quit();
      await vi.waitFor(() => {
        if (!electron.app.exited) throw new Error('the app has not quit yet');
      });
    },
  };
  running.push(booted);
  return booted;
}

/** For afterEach: quits whatever is still running, then removes the data folders. */
export async function shutDownBooted(): Promise<void> {
  for (const booted of running.splice(0)) await booted.quit();
  for (const cleanup of folders.splice(0)) cleanup();
  delete process.env.CADENCE_DATA_DIR;
}
