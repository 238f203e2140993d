// The core's outside world. Electron supplies real ones (safeStorage, net, Notification);
// web mode and tests supply the simple ones below.
import { keyOf, type KeyedText, type OwnerMessage } from '../shared/messages/owner-message';

export interface SecretStore {
  /** Whether secrets are protected by the OS; false in web mode and tests. */
  readonly encrypted: boolean;
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
}

export interface OnlineSignal {
  isOnline(): boolean;
  /** Called with the new state whenever it changes. Returns an unsubscribe function. */
  subscribe(listener: (online: boolean) => void): () => void;
}

export interface Notice {
  /** In English, for logs and where no catalog reaches. */
  title: string;
  body: string;
  kind: 'info' | 'success' | 'failure';
  /** The keys of the title and body, so the notifier writes them in the owner's language. */
  said?: { title: KeyedText; body?: KeyedText };
}

/** A notice from keyed words; a body Cadence did not write (a network's address) goes as it is. */
export function noticeOf(kind: Notice['kind'], title: OwnerMessage, body: OwnerMessage | string): Notice {
  return {
    kind,
    title: title.message,
    body: typeof body === 'string' ? body : body.message,
    said: { title: keyOf(title), ...(typeof body === 'string' ? {} : { body: keyOf(body) }) },
  };
}

export interface Notifier {
  notify(notice: Notice): void;
}

/**
 * Files shown to the owner outside the window: the images of a "Remind me" post, to upload by
 * hand. Electron supplies it (shell, webContents.startDrag); web mode has none.
 */
export interface DesktopFiles {
  /** Opens the file manager with this file selected. */
  showInFolder(path: string): void;
  /** Starts dragging this file out of the window, as the owner's drag began. */
  startDrag(path: string): void;
}

export function memorySecretStore(): SecretStore {
  const values = new Map<string, string>();
  return {
    encrypted: false,
    get: async (key) => values.get(key) ?? null,
    set: async (key, value) => void values.set(key, value),
    delete: async (key) => void values.delete(key),
  };
}

/** An online signal that tests and web mode flip by hand. */
export class SwitchableOnlineSignal implements OnlineSignal {
  private readonly listeners = new Set<(online: boolean) => void>();

  constructor(private online = true) {}

  isOnline(): boolean {
    return this.online;
  }

  set(online: boolean): void {
    if (online === this.online) return;
    this.online = online;
    for (const listener of this.listeners) listener(online);
  }

  subscribe(listener: (online: boolean) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export class RecordingNotifier implements Notifier {
  readonly notices: Notice[] = [];
  notify(notice: Notice): void {
    this.notices.push(notice);
  }
}
