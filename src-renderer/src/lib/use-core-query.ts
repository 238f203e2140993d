// Data from the core for one component: loading, the answer, the error, and freshness on core
// events, with the stale-answer guard of watchCore. `useCoreQuery` reads one channel, typed by
// the contract; `useCoreLoad` runs a read of several calls as one answer.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '@shared/contract';
import { call } from './api';
import { refreshes, watchCore, type CoreWatch, type RefreshOn } from './core-query';

export interface CoreQueryOptions {
  /** Core events after which the answer is read again. */
  refreshOn?: RefreshOn;
  /** Read once this long after the last of a burst of events, rather than once per event. */
  settleMs?: number;
  /** False: nothing is read (no post open yet, say); data is undefined and loading false. */
  enabled?: boolean;
  /** Keep showing the last answer, of whatever input, until the new input's answer lands. */
  keepPrevious?: boolean;
}

export interface CoreQuery<T> {
  /** The newest answer for the current input; undefined until it comes (see keepPrevious). */
  data: T | undefined;
  /** Why the newest read failed, in words for the owner; null once a read succeeds. */
  error: string | null;
  /** True until a read for the current input has answered, well or not. */
  loading: boolean;
  /** Reads again now; resolves when that answer has landed or been dropped as out of date. */
  reload(): Promise<void>;
  /** Changes the shown answer in place: an optimistic change, or an answer a write returned. */
  setData(update: (data: T | undefined) => T | undefined): void;
}

interface Landed<T> {
  /** The input the answer is for; null before the first. */
  key: string | null;
  data: T | undefined;
  error: string | null;
}

/**
 * Runs `load` for `key` (any string that changes exactly when what `load` reads changes) and
 * again on `refreshOn`; an answer for an older key, or an older read of the same key, never lands.
 */
export function useCoreLoad<T>(
  key: string,
  load: () => Promise<T>,
  options: CoreQueryOptions = {},
): CoreQuery<T> {
  const { refreshOn, settleMs, enabled = true, keepPrevious = false } = options;
  const [landed, setLanded] = useState<Landed<T>>({ key: null, data: undefined, error: null });
  // The newest render's reader and events; the watch below lives as long as the key.
  const latest = useRef({ key, load, refreshOn, keepPrevious });
  useEffect(() => {
    latest.current = { key, load, refreshOn, keepPrevious };
  });
  const watch = useRef<CoreWatch | null>(null);

  useEffect(() => {
    if (!enabled) return;
    const started = watchCore(
      () => latest.current.load(),
      (answer) =>
        setLanded((previous) =>
          answer.ok
            ? { key, data: answer.value, error: null }
            : // A failed re-read keeps what was shown for this key; the consumer decides what to show.
              {
                key,
                data: previous.key === key || keepPrevious ? previous.data : undefined,
                error: answer.message,
              },
        ),
      { refreshOn: (event) => refreshes(latest.current.refreshOn, event), settleMs },
    );
    watch.current = started;
    return () => {
      started.stop();
      if (watch.current === started) watch.current = null;
    };
  }, [key, enabled, settleMs, keepPrevious]);

  const reload = useCallback(() => watch.current?.reload() ?? Promise.resolve(), []);
  const setData = useCallback(
    (update: (data: T | undefined) => T | undefined) =>
      setLanded((previous) => {
        const { key: current, keepPrevious: keep } = latest.current;
        const shown = previous.key === current || keep;
        return {
          key: keep ? previous.key : current,
          data: update(shown ? previous.data : undefined),
          error: shown ? previous.error : null,
        };
      }),
    [],
  );

  const answered = enabled && landed.key === key;
  const shown = answered || (enabled && keepPrevious);
  return {
    data: shown ? landed.data : undefined,
    error: shown ? landed.error : null,
    loading: enabled && !answered,
    reload,
    setData,
  };
}

type Invoke<C extends ChannelName> = (channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>;

/** One channel of the contract, read with `input` and again on `refreshOn`. */
export function useCoreQuery<C extends ChannelName>(
  channel: C,
  input: ChannelInput<C>,
  options?: CoreQueryOptions,
): CoreQuery<ChannelOutput<C>> {
  const key = `${channel} ${JSON.stringify(input) ?? ''}`;
  return useCoreLoad(key, () => (call as Invoke<C>)(channel, input), options);
}

/** A screen's data as it shows it: loading, the failed read's message, or ready with its fields. */
export type QueryState<R> =
  { kind: 'loading' } | { kind: 'failed'; message: string } | ({ kind: 'ready' } & R);

/** A failed read shows its message (over older data); `ready` names the answer's fields. */
export function queryState<T, R extends object>(
  { data, error }: Pick<CoreQuery<T>, 'data' | 'error'>,
  ready: (data: T) => R,
): QueryState<R> {
  if (error !== null) return { kind: 'failed', message: error };
  return data === undefined ? { kind: 'loading' } : { kind: 'ready', ...ready(data) };
}
