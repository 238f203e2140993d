// A stand-in for the `electron` module: records what the glue asks of Electron so tests can
// check it, without the Electron binary. Each test file gets its own copy (vitest isolates files).
import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { vi } from 'vitest';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

/** An Electron event whose default a listener may prevent (close, before-quit, will-quit). */
export function cancellableEvent() {
  const event = {
    defaultPrevented: false,
    preventDefault: vi.fn(() => void (event.defaultPrevented = true)),
  };
  return event;
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
  /** Not Electron: whether the page is still loading (commands wait for did-finish-load). */
  loading = false;
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isLoading(): boolean {
    return this.loading;
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
  readonly show = vi.fn(() => void (this.visible = true));
  readonly hide = vi.fn(() => void (this.visible = false));
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  /** Like Electron: 'close' first, which a listener may prevent; otherwise the window is gone. */
  readonly close = vi.fn(() => {
    if (this.destroyed) return;
    const event = cancellableEvent();
    this.emit('close', event);
    if (event.defaultPrevented) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  });
  readonly maximize = vi.fn(() => {
    this.maximized = true;
    this.emit('maximize');
  });
  minimized = false;
  maximized = false;
  destroyed = false;
  visible = false;
  /** The bounds the window has when not maximised: where it opened, until a test moves it. */
  normalBounds: FakeRect;

  constructor(readonly options: Record<string, unknown> & { webPreferences: Record<string, unknown> }) {
    super();
    const { x = 0, y = 0, width = 800, height = 600 } = options as Partial<FakeRect>;
    this.normalBounds = { x, y, width, height };
    FakeBrowserWindow.onCreate?.();
    FakeBrowserWindow.instances.push(this);
  }

  /** Not Electron: the owner drags or resizes the window to these bounds. */
  moveTo(bounds: FakeRect): void {
    this.normalBounds = bounds;
    this.emit('resize');
    this.emit('move');
  }

  getNormalBounds(): FakeRect {
    return { ...this.normalBounds };
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isVisible(): boolean {
    return this.visible;
  }
}

export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The displays attached now; tests replace them (a monitor unplugged between two starts). */
export const screen = {
  displays: [{ id: 1, workArea: { x: 0, y: 25, width: 1440, height: 875 } as FakeRect }],
  getPrimaryDisplay: vi.fn(() => screen.displays[0]!),
  getAllDisplays: vi.fn(() => screen.displays),
};

/** The OS theme and Cadence's override of it (themeSource). */
export const nativeTheme = Object.assign(new EventEmitter(), {
  themeSource: 'system' as 'system' | 'light' | 'dark',
  shouldUseDarkColors: false,
});

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

export const shell = {
  openExternal: vi.fn(async (_url: string) => undefined),
  showItemInFolder: vi.fn((_path: string) => undefined),
};

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

/** Blockers held now, by id, as Electron keeps them. */
const heldBlockers = new Set<number>();
let nextBlocker = 1;
export const powerSaveBlocker = {
  held: heldBlockers,
  start: vi.fn((_type: string) => {
    const id = nextBlocker++;
    heldBlockers.add(id);
    return id;
  }),
  stop: vi.fn((id: number) => heldBlockers.delete(id)),
  isStarted: (id: number) => heldBlockers.has(id),
};

export class Notification extends EventEmitter {
  static readonly shown: Array<Record<string, unknown>> = [];
  /** The notifications shown, so a test can click one. */
  static readonly instances: Notification[] = [];
  static isSupported = vi.fn(() => true);
  constructor(readonly options: Record<string, unknown>) {
    super();
  }
  show(): void {
    Notification.shown.push(this.options);
    Notification.instances.push(this);
  }
}

export interface FakeMenuItem {
  label?: string;
  type?: string;
  enabled?: boolean;
  click?: () => void;
  role?: string;
  accelerator?: string;
  submenu?: FakeMenuItem[];
}

export const Menu = {
  buildFromTemplate: vi.fn((template: FakeMenuItem[]) => ({ items: template })),
  /** Not Electron: the menu the app set as its application menu. */
  applicationMenu: null as { items: FakeMenuItem[] } | null,
  setApplicationMenu: vi.fn((menu: { items: FakeMenuItem[] } | null) => void (Menu.applicationMenu = menu)),
};

export class Tray extends EventEmitter {
  static readonly instances: Tray[] = [];
  tooltip = '';
  menu: { items: FakeMenuItem[] } | null = null;
  destroyed = false;
  readonly setToolTip = vi.fn((text: string) => void (this.tooltip = text));
  readonly setContextMenu = vi.fn((menu: { items: FakeMenuItem[] } | null) => void (this.menu = menu));
  readonly destroy = vi.fn(() => void (this.destroyed = true));

  constructor(readonly image: unknown) {
    super();
    Tray.instances.push(this);
  }

  /** Not Electron: the labels of the context menu, separators left out. */
  get labels(): string[] {
    return (this.menu?.items ?? []).flatMap((item) => (item.label === undefined ? [] : [item.label]));
  }

  /** Not Electron: clicks the menu item with this label, as the owner would. */
  clickItem(label: string): void {
    const item = this.menu?.items.find((candidate) => candidate.label === label);
    if (!item?.click) throw new Error(`no clickable tray menu item "${label}"`);
    item.click();
  }
}

/** Images remember where they came from; an image of a missing file is empty, as in Electron. */
export const nativeImage = {
  createFromPath: vi.fn((path: string) => fakeImage(path, existsSync(path))),
  createFromBuffer: vi.fn((_buffer: Buffer, options?: { scaleFactor?: number }) =>
    fakeImage('buffer', true, options?.scaleFactor),
  ),
};

function fakeImage(source: string, present: boolean, scaleFactor = 1) {
  const image = {
    source,
    scaleFactor,
    isEmpty: () => !present,
    toPNG: () => Buffer.alloc(0),
    resize: (_size: { width: number }) => image,
  };
  return image;
}

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, _input: unknown): Promise<unknown> => ({ ok: true, value: null })),
});

export const contextBridge = { exposeInMainWorld: vi.fn() };

export const app = Object.assign(new EventEmitter(), {
  isPackaged: false,
  /** Not Electron: true once a quit got past will-quit, when the real process would exit. */
  exited: false,
  requestSingleInstanceLock: vi.fn(() => true),
  whenReady: vi.fn(() => Promise.resolve()),
  getPath: vi.fn((_name: string): string => {
    throw new Error('tests set CADENCE_DATA_DIR');
  }),
  getAppPath: vi.fn(() => resolve(__dirname, '../..')),
  getVersion: vi.fn(() => '0.1.0'),
  /** The system's locale as Electron reports it after ready. */
  getLocale: vi.fn(() => 'en-GB'),
  getPreferredSystemLanguages: vi.fn((): string[] => ['en-GB']),
  /** Not Electron: what the OS was last told about starting at login. */
  loginItem: { openAtLogin: false, args: [] as string[] },
  setLoginItemSettings: vi.fn((settings: { openAtLogin: boolean; args?: string[] }) => {
    app.loginItem = { openAtLogin: settings.openAtLogin, args: settings.args ?? [] };
  }),
  getLoginItemSettings: vi.fn(() => ({ ...app.loginItem, wasOpenedAtLogin: false })),
  quit: vi.fn(() => quitLikeElectron()),
});

/**
 * Electron's app.quit(): 'before-quit', then every window is closed (a window that prevents
 * its close cancels the quit), then 'will-quit', which may also be prevented.
 */
function quitLikeElectron(): void {
  const beforeQuit = cancellableEvent();
  app.emit('before-quit', beforeQuit);
  if (beforeQuit.defaultPrevented) return;
  for (const window of FakeBrowserWindow.getAllWindows()) {
    window.close();
    if (!window.isDestroyed()) return;
  }
  const willQuit = cancellableEvent();
  app.emit('will-quit', willQuit);
  if (!willQuit.defaultPrevented) app.exited = true;
}

export const dialog = {
  showErrorBox: vi.fn(),
  showMessageBox: vi.fn(async (_options: Record<string, unknown>) => ({
    response: 0,
    checkboxChecked: false,
  })),
};

export const fakeElectron = {
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  session,
  shell,
  protocol,
  safeStorage,
  net,
  powerMonitor,
  powerSaveBlocker,
  Notification,
  Menu,
  Tray,
  nativeImage,
  screen,
  nativeTheme,
  ipcRenderer,
  contextBridge,
  app,
  dialog,
  /** Not Electron: the handlers ipcMain.handle registered, for tests to call. */
  ipcHandlers,
};
export type FakeElectron = typeof fakeElectron;
