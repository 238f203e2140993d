// Whether the computer is online, from Chromium's network state. Changes are noticed on
// wake and unlock (laptops change networks while asleep) and otherwise every 30 seconds.
import { net, powerMonitor } from 'electron';
import type { OnlineSignal } from '../core/ports';

export const ONLINE_RECHECK_MS = 30_000;
/**
 * After a wake the Wi-Fi often takes a few seconds to reconnect, so a check at the moment of
 * resume can still say offline. These follow-ups catch the reconnect without waiting 30 seconds.
 */
export const AFTER_WAKE_RECHECKS_MS = [2_000, 5_000, 10_000] as const;

export interface ElectronOnlineSignal extends OnlineSignal {
  /** Stops watching; for app quit. */
  stop(): void;
}

export function electronOnlineSignal(): ElectronOnlineSignal {
  const listeners = new Set<(online: boolean) => void>();
  let online = net.isOnline();
  let followUps: Array<ReturnType<typeof setTimeout>> = [];
  const recheck = () => {
    const now = net.isOnline();
    if (now === online) return;
    online = now;
    for (const listener of listeners) listener(now);
  };
  const cancelFollowUps = () => {
    followUps.forEach(clearTimeout);
    followUps = [];
  };
  const woke = () => {
    recheck();
    cancelFollowUps();
    followUps = AFTER_WAKE_RECHECKS_MS.map((delay) => setTimeout(recheck, delay));
  };
  powerMonitor.on('resume', woke);
  powerMonitor.on('unlock-screen', woke);
  const timer = setInterval(recheck, ONLINE_RECHECK_MS);

  return {
    isOnline: () => online,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      clearInterval(timer);
      cancelFollowUps();
      powerMonitor.off('resume', woke);
      powerMonitor.off('unlock-screen', woke);
      listeners.clear();
    },
  };
}
