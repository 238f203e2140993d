// The core that Electron main, web mode and the tests hold: one object for the life of the
// process, whose running core may be stopped and started again on the same data folder (a restore
// or an import puts another database in place in between). Requests that arrive meanwhile wait
// for the new core; listeners stay subscribed across it.
import type { RestartCore } from '../backups/database-swap';
import type { Core } from '../create-core';
import { CoreEvents } from '../events';

/** `start` builds a running core; it is given the restart that the core's restores call. */
export function restartableCore(start: (restart: RestartCore) => Core): Core {
  const events = new CoreEvents();
  let restarting: Promise<void> | null = null;
  let current: Core;
  let unsubscribe: () => void;
  const run = (core: Core) => {
    current = core;
    unsubscribe = core.subscribe((event) => events.emit(event));
  };

  const restart: RestartCore = async (swap) => {
    if (restarting) throw new Error('The core is already restarting.');
    let done!: () => void;
    restarting = new Promise<void>((resolve) => (done = resolve));
    try {
      unsubscribe();
      await current.close();
      try {
        swap.apply();
      } catch (error) {
        run(start(restart));
        throw error;
      }
      try {
        run(start(restart));
      } catch (error) {
        // The data goes back as it was, and Cadence goes on with it.
        swap.undo();
        run(start(restart));
        throw error;
      }
      swap.finish();
    } finally {
      restarting = null;
      done();
    }
  };

  /** Waits out a restart under way, so each call reaches a running core. */
  const settled = async (): Promise<Core> => {
    while (restarting) await restarting;
    return current;
  };

  run(start(restart));
  return {
    invoke: async (channel, input) => (await settled()).invoke(channel, input),
    subscribe: (listener) => events.subscribe(listener),
    mediaPath: (sha256) => current.mediaPath(sha256),
    get database() {
      return current.database;
    },
    wake: (reason) => {
      // A core starting again checks what is due by itself.
      if (!restarting) current.wake(reason);
    },
    whenIdle: async () => (await settled()).whenIdle(),
    // A core that is stopping lets its sends finish first, so none is in flight across a restart.
    sendsInFlight: () => (restarting ? 0 : current.sendsInFlight()),
    close: async () => (await settled()).close(),
  };
}
