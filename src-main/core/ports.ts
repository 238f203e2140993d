// The core's outside world. Electron supplies real ones (safeStorage, net, Notification);
// web mode and tests supply the simple ones below.

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
  title: string;
  body: string;
  kind: 'info' | 'success' | 'failure';
}

export interface Notifier {
  notify(notice: Notice): void;
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
