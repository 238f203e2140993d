// The plan for now, re-read whenever anything it is checked from changes.
import { useCallback, useEffect, useState } from 'react';
import type { Plan } from '@shared/plan';
import { call, messageOf, subscribe } from '../../lib/api';

export type PlanState =
  { kind: 'loading' } | { kind: 'ready'; plan: Plan } | { kind: 'failed'; message: string };

const REFRESHING_EVENTS = new Set([
  'post.changed',
  'post.deleted',
  'plan.changed',
  'profile.changed',
  'channels.changed',
  'brandKit.changed',
]);

export function usePlan() {
  const [state, setState] = useState<PlanState>({ kind: 'loading' });
  const [tickError, setTickError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Replies can cross: a refresh started later must not be overwritten by an earlier one.
    let latest = 0;
    const load = () => {
      const request = ++latest;
      call('plan.get').then(
        (plan) => current && request === latest && setState({ kind: 'ready', plan }),
        (error: unknown) =>
          current &&
          request === latest &&
          setState((previous) => failedUnlessShown(previous, messageOf(error))),
      );
    };
    load();
    const unsubscribe = subscribe((event) => {
      if (REFRESHING_EVENTS.has(event.type)) load();
    });
    return () => {
      current = false;
      unsubscribe();
    };
  }, []);

  const tick = useCallback(async (itemId: string, periodKey: string, done: boolean) => {
    setTickError(null);
    try {
      const plan = await call('plan.tick', { itemId, periodKey, done });
      setState({ kind: 'ready', plan });
    } catch (error) {
      setTickError(messageOf(error));
    }
  }, []);

  return { state, tick, tickError };
}

/** A failed refresh keeps the plan on screen; only a first load that fails shows the error. */
function failedUnlessShown(previous: PlanState, message: string): PlanState {
  return previous.kind === 'ready' ? previous : { kind: 'failed', message };
}
