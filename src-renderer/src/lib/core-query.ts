// The one way the renderer keeps data from the core fresh, for hooks and stores alike: read
// now, read again on every core event that can change the answer, and let only the newest
// request's answer land. Answers can cross when events come in bursts or the owner changes
// what is shown quickly; an older answer arriving last would otherwise overwrite a newer one.
import type { CoreEvent } from '@shared/contract';
import { messageOf, subscribe } from './api';

export type CoreEventType = CoreEvent['type'];

/** The core events that make an answer out of date: their types, or a test on each event. */
export type RefreshOn = readonly CoreEventType[] | ((event: CoreEvent) => boolean);

/** A read's outcome; `message` is written for the owner. */
export type Answer<T> = { ok: true; value: T } | { ok: false; message: string };

export interface WatchOptions {
  refreshOn?: RefreshOn;
  /** Read once this long after the last of a burst of events, rather than once per event. */
  settleMs?: number;
}

export interface CoreWatch {
  /** Reads again now; resolves when that answer has landed or been dropped as out of date. */
  reload(): Promise<void>;
  /** Nothing lands after this, and events are no longer followed. */
  stop(): void;
}

export function refreshes(refreshOn: RefreshOn | undefined, event: CoreEvent): boolean {
  if (!refreshOn) return false;
  if (event.type === 'events.resumed') return true;
  return typeof refreshOn === 'function' ? refreshOn(event) : refreshOn.includes(event.type);
}

/** Starts reading with `load` and hands each answer that is still the newest to `onAnswer`. */
export function watchCore<T>(
  load: () => Promise<T>,
  onAnswer: (answer: Answer<T>) => void,
  options: WatchOptions = {},
): CoreWatch {
  let newest = 0;
  let stopped = false;
  let settleTimer: ReturnType<typeof setTimeout> | undefined;

  const reload = async () => {
    const request = ++newest;
    let answer: Answer<T>;
    try {
      answer = { ok: true, value: await load() };
    } catch (error) {
      answer = { ok: false, message: messageOf(error) };
    }
    if (!stopped && request === newest) onAnswer(answer);
  };

  const unsubscribe = options.refreshOn
    ? subscribe((event) => {
        if (stopped || !refreshes(options.refreshOn, event)) return;
        if (options.settleMs === undefined) {
          void reload();
          return;
        }
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => void reload(), options.settleMs);
      })
    : () => undefined;

  void reload();
  return {
    reload,
    stop() {
      stopped = true;
      clearTimeout(settleTimer);
      unsubscribe();
    },
  };
}

export interface SharedWatch {
  /** Starts reading while anyone has it started; returns the function that stops it for them. */
  start(): () => void;
  /** Reads again now if started; resolves when that answer has landed or been dropped. */
  reload(): Promise<void>;
}

/**
 * For a store whose data several components show: one watch however many have started it,
 * reloadable from anywhere (after a write, say), stopped when the last of them stops it.
 */
export function sharedWatch<T>(
  load: () => Promise<T>,
  onAnswer: (answer: Answer<T>) => void,
  options: WatchOptions = {},
): SharedWatch {
  let running: CoreWatch | null = null;
  let users = 0;
  return {
    start() {
      users += 1;
      running ??= watchCore(load, onAnswer, options);
      let stopped = false;
      return () => {
        if (stopped) return;
        stopped = true;
        users -= 1;
        if (users > 0) return;
        running?.stop();
        running = null;
      };
    },
    reload: () => running?.reload() ?? Promise.resolve(),
  };
}
