// The outbox: sending now, what is queued, and the owner's answer to an outcome Cadence cannot know.
import type { publishingContract } from '../../shared/contract/publishing';
import type { Outbox } from '../outbox/outbox';
import type { DomainModule } from './types';

const HOUR_MS = 60 * 60_000;

/** `background`: whether the publishing timer runs (off for tools that only read the database). */
export function publishingDomain(
  outbox: Outbox,
  background: boolean,
  /** The channels the owner set to hand off as the laptop goes to sleep. */
  handOffOnSleep: () => string[],
): DomainModule<typeof publishingContract> {
  return {
    handlers: {
      'posts.publishNow': ({ id }) => outbox.publishNow(id),
      'outbox.status': () => outbox.status(),
      'outbox.resolve': ({ targetId, resolution }) => outbox.resolve(targetId, resolution),
      'outbox.preflight': ({ hours }) => outbox.preflight(hours * HOUR_MS),
      'outbox.handOffNow': ({ hours, automatic }) =>
        outbox.handOffNow(hours * HOUR_MS, automatic ? new Set(handOffOnSleep()) : null),
    },
    start: () => {
      if (background) outbox.start();
    },
    stop: () => outbox.stop(),
    whenIdle: () => outbox.whenIdle(),
  };
}
