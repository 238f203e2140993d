// Scheduling from anywhere in the UI (composer, calendar drag) goes through here, so a
// time that the clocks skip or repeat always gets the same explicit choice.
import type { ChannelOutput } from '@shared/contract';
import type { TimeCheck } from '@shared/entities';
import { call } from './api';
import { requestTimeChoice } from '../components/time-choice-dialog';

/**
 * Schedules a post at a wall-clock time in a zone. Resolves to the updated post with the id that
 * undoes the move, or to null when the owner dismissed the choice for an ambiguous or skipped time.
 */
export async function scheduleAt(
  postId: string,
  local: string,
  timeZone: string,
): Promise<ChannelOutput<'posts.schedule'> | null> {
  const check: TimeCheck = await call('time.check', { local, timeZone });
  if (check.kind === 'exact') return call('posts.schedule', { id: postId, local, timeZone });
  const choice = await requestTimeChoice(check, timeZone);
  if (!choice) return null;
  return call('posts.schedule', { id: postId, local, timeZone, choice });
}
