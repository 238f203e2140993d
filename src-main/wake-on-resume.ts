// Timers run on a clock that stops while the computer sleeps, so after a wake the publishing
// timer may be hours late. The system's own resume and unlock signals catch it up at once.
import { powerMonitor } from 'electron';
import type { Core } from './core/create-core';

/** Wakes the core's timer on resume and unlock; returns the undo. */
export function wakeOnResume(core: Pick<Core, 'wake'>): () => void {
  const wake = () => core.wake('resume');
  powerMonitor.on('resume', wake);
  powerMonitor.on('unlock-screen', wake);
  return () => {
    powerMonitor.off('resume', wake);
    powerMonitor.off('unlock-screen', wake);
  };
}
