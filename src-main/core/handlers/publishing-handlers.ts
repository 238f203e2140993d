// The outbox: sending now, what is queued, and the owner's answer to an outcome Cadence cannot know.
import type { publishingContract } from '../../shared/contract/publishing';
import type { Outbox } from '../outbox/outbox';
import type { DomainModule } from './types';

/** `background`: whether the publishing timer runs (off for tools that only read the database). */
export function publishingDomain(
  outbox: Outbox,
  background: boolean,
): DomainModule<typeof publishingContract> {
  return {
    handlers: {
      'posts.publishNow': ({ id }) => outbox.publishNow(id),
      'outbox.status': () => outbox.status(),
      'outbox.resolve': ({ targetId, resolution }) => outbox.resolve(targetId, resolution),
    },
    start: () => {
      if (background) outbox.start();
    },
    stop: () => outbox.stop(),
    whenIdle: () => outbox.whenIdle(),
  };
}
