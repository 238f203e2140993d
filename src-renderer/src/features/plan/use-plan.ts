// The plan for now, re-read whenever anything it is checked from changes.
import { useCallback, useState } from 'react';
import type { Plan } from '@shared/plan';
import { call, messageOf } from '../../lib/api';
import { useCoreQuery } from '../../lib/use-core-query';

export type PlanState =
  { kind: 'loading' } | { kind: 'ready'; plan: Plan } | { kind: 'failed'; message: string };

export function usePlan() {
  const { data, error, setData } = useCoreQuery('plan.get', undefined, {
    refreshOn: [
      'post.changed',
      'post.deleted',
      'plan.changed',
      'profile.changed',
      'channels.changed',
      'brandKit.changed',
    ],
  });
  const [tickError, setTickError] = useState<string | null>(null);

  const tick = useCallback(
    async (itemId: string, periodKey: string, done: boolean) => {
      setTickError(null);
      try {
        const plan = await call('plan.tick', { itemId, periodKey, done });
        setData(() => plan);
      } catch (error) {
        setTickError(messageOf(error));
      }
    },
    [setData],
  );

  // A failed refresh keeps the plan on screen; only a first load that fails shows the error.
  const state: PlanState = data
    ? { kind: 'ready', plan: data }
    : error !== null
      ? { kind: 'failed', message: error }
      : { kind: 'loading' };
  return { state, tick, tickError };
}
