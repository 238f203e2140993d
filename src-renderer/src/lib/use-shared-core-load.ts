// One answer per key, however many components read it: the first to read a key starts its
// watch (watchCore), the others see the same answer at once, and the last to stop reading it
// ends it. The calendar reads a period from its pane, drawn ahead of time while hidden, and from
// the page once that period is on screen; with a reader each (useCoreLoad) the page would wait for
// a second read of an answer already drawn.
import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react';
import { watchCore, type Answer, type CoreWatch, type WatchOptions } from './core-query';
import type { CoreQuery } from './use-core-query';

interface Landed {
  data: unknown;
  error: string | null;
  answered: boolean;
}

const NOT_READ: Landed = { data: undefined, error: null, answered: false };

/** One key's answer, its readers, and the watch that keeps it fresh while it has any. */
class Entry {
  landed: Landed = NOT_READ;
  readonly listeners = new Set<() => void>();
  readonly watch: CoreWatch;
  /** Settles once the first answer has landed, well or not. */
  readonly answered: Promise<void>;
  private settleAnswered: () => void = () => undefined;

  constructor(load: () => Promise<unknown>, options: WatchOptions) {
    this.answered = new Promise((resolve) => (this.settleAnswered = resolve));
    this.watch = watchCore(load, (answer) => this.land(answer), options);
  }

  private land(answer: Answer<unknown>): void {
    // A failed re-read keeps what was shown; the reader shows the message over it.
    this.landed = answer.ok
      ? { data: answer.value, error: null, answered: true }
      : { data: this.landed.data, error: answer.message, answered: true };
    this.settleAnswered();
    this.notify();
  }

  notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

const entries = new Map<string, Entry>();
/** How long an answer read ahead waits for its first reader before it is dropped. */
const UNREAD_KEPT_MS = 10_000;

function start(key: string, load: () => Promise<unknown>, options: WatchOptions): Entry {
  const entry = new Entry(load, options);
  entries.set(key, entry);
  return entry;
}

/**
 * Starts reading `key` before any component reads it, so the first reader finds the answer in,
 * or on its way; one read nobody takes up within a few seconds is stopped and dropped. Settles
 * once the first answer has landed.
 */
export function preloadShared(
  key: string,
  load: () => Promise<unknown>,
  options: WatchOptions = {},
): Promise<void> {
  const known = entries.get(key);
  if (known) return known.answered;
  const entry = start(key, load, options);
  setTimeout(() => {
    if (entry.listeners.size > 0 || entries.get(key) !== entry) return;
    entry.watch.stop();
    entries.delete(key);
  }, UNREAD_KEPT_MS);
  return entry.answered;
}

/**
 * Like useCoreLoad, for a `key` that other components may be reading too. Unlike it, there is no
 * previous answer to keep: a reader that changes key sees the new key's answer, or none yet.
 */
export function useSharedCoreLoad<T>(
  key: string,
  load: () => Promise<T>,
  options: WatchOptions = {},
): CoreQuery<T> {
  const latest = useRef({ load, options });
  useEffect(() => {
    latest.current = { load, options };
  });

  const subscribe = useCallback(
    (listener: () => void) => {
      const entry = entries.get(key) ?? start(key, () => latest.current.load(), latest.current.options);
      entry.listeners.add(listener);
      return () => {
        entry.listeners.delete(listener);
        // React drops a reader's old key before another reader takes it up in the same commit;
        // the answer waits for the end of that commit before it goes.
        queueMicrotask(() => {
          if (entry.listeners.size > 0 || entries.get(key) !== entry) return;
          entry.watch.stop();
          entries.delete(key);
        });
      };
    },
    [key],
  );
  const landed = useSyncExternalStore(subscribe, () => entries.get(key)?.landed ?? NOT_READ);

  const reload = useCallback(() => entries.get(key)?.watch.reload() ?? Promise.resolve(), [key]);
  const setData = useCallback(
    (update: (data: T | undefined) => T | undefined) => {
      const entry = entries.get(key);
      if (!entry) return;
      entry.landed = { ...entry.landed, data: update(entry.landed.data as T | undefined) };
      entry.notify();
    },
    [key],
  );

  return {
    data: landed.data as T | undefined,
    error: landed.error,
    loading: !landed.answered,
    reload,
    setData,
  };
}
