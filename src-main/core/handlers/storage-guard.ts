// Every request passes through here on its way to its handler: a write the disk refused
// becomes a STORAGE error with plain words (not INTERNAL), and while saving fails, the owner's
// next successful request is the moment to check whether it works again.
import { AppError } from '../../shared/errors';
import type { StorageHealth } from '../storage/storage-health';
import type { Handler, Handlers } from './types';
import { say } from '../../shared/messages/owner-message';

export function guardStorage(handlers: Handlers, health: StorageHealth): Handlers {
  const guarded = Object.entries(handlers).map(([channel, handler]) => {
    const call = handler as Handler<never>;
    const wrapped = async (input: never) => {
      try {
        const value = await call(input);
        if (!health.canSave) health.probe();
        return value;
      } catch (error) {
        if (!health.report(error)) throw error;
        const status = health.status();
        throw new AppError('STORAGE', say(status.canSave ? 'storage.unknown' : `storage.${status.problem}`));
      }
    };
    return [channel, wrapped];
  });
  return Object.fromEntries(guarded) as Handlers;
}
