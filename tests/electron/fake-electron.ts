// A stand-in for the `electron` module: records what the glue asks of Electron so tests can
// check it, without the Electron binary. Each test file gets its own copy (vitest isolates files).
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** What Electron passes to will-navigate / will-redirect listeners. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame: FakeFrame = { url: 'about:blank', parent: null };
  readonly setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  readonly send = vi.fn();
  destroyed = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly instances: FakeBrowserWindow[] = [];
  /** Lets a test look at the world at the moment a window opens. */
  static onCreate: (() => void) | null = null;
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.instances.filter((window) => !window.destroyed);
  }
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (url: string) => void (this.webContents.mainFrame.url = url));
  readonly loadFile = vi.fn(
    async (file: string) => void (this.webContents.mainFrame.url = pathToFileURL(file).href),
  );
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  minimized = false;
  destroyed = false;

  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    FakeBrowserWindow.onCreate?.();
    FakeBrowserWindow.instances.push(this);
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

type InvokeHandler = (event: unknown, input: unknown) => Promise<unknown>;

export const ipcHandlers = new Map<string, InvokeHandler>();

export const ipcMain = {
  handle: vi.fn((channel: string, handler: InvokeHandler) => {
    if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => void ipcHandlers.delete(channel)),
};

export const session = {
  defaultSession: {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

// Reversible but never the plain text: enough to prove the store only writes what this returns.
const scramble = (bytes: Buffer) => Buffer.from(bytes.map((b) => b ^ 0x5a));
export const safeStorage = {
  isEncryptionAvailable: vi.fn(() => true),
  getSelectedStorageBackend: vi.fn(() => 'gnome_libsecret'),
  encryptString: vi.fn((plain: string) => Buffer.concat([Buffer.from('v10'), scramble(Buffer.from(plain))])),
  decryptString: vi.fn((encrypted: Buffer) => {
    if (encrypted.subarray(0, 3).toString() !== 'v10')
      throw new Error('Error while decrypting the ciphertext');
    return scramble(encrypted.subarray(3)).toString();
  }),
};

export const net = { isOnline: vi.fn(() => true) };
export const powerMonitor = new EventEmitter();

export class Notification {
  static readonly shown: Array<Record<string, unknown>> = [];
  static isSupported = vi.fn(() => true);
  constructor(readonly options: Record<string, unknown>) {}
  show(): void {
    Notification.shown.push(this.options);
  }
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: null })),
});

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const app = Object.assign(new EventEmitter(), {
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((_name: string): string => {
    throw new Error('tests set CADENCE_DATA_DIR');
  }),
  quit: vi.fn(),
});

export const dialog = { showErrorBox: vi.fn() };

export const fakeElectron = {
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  session,
  shell,
  protocol,
  safeStorage,
  net,
  powerMonitor,
  Notification,
  ipcRenderer,
  contextBridge,
  app,
  dialog,
  /** Not Electron: the handlers ipcMain.handle registered, for tests to call. */
  ipcHandlers,
};
export type FakeElectron = typeof fakeElectron;
