// Whether the computer is online, from Chromium's network state. Changes are noticed on
// wake and unlock (laptops change networks while asleep) and otherwise every 30 seconds.
import { net, powerMonitor } from 'electron';
import type { OnlineSignal } from '../core/ports';

export const ONLINE_RECHECK_MS = 30_000;

export interface ElectronOnlineSignal extends OnlineSignal {
  /** Stops watching; for app quit. */
  stop(): void;
}

export function electronOnlineSignal(): ElectronOnlineSignal {
  const listeners = new Set<(online: boolean) => void>();
  let online = net.isOnline();
  const recheck = () => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    for (const listener of listeners) listener(now);
  };
  powerMonitor.on('resume', recheck);
  powerMonitor.on('unlock-screen', recheck);
  const timer = setInterval(recheck, ONLINE_RECHECK_MS);

  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      clearInterval(timer);
      powerMonitor.off('resume', recheck);
      powerMonitor.off('unlock-screen', recheck);
      listeners.clear();
    },
  };
}
