// Whether a post has anything to send at all, on any network: the core checks it before it
// schedules or publishes a post, and the composer before it saves a new one for that. What
// each network asks beyond this (lengths, Instagram's photo) is in text-rules.
import { AppError } from './errors';
import { say } from './messages/owner-message';

export type SendAction = 'scheduling' | 'publishing';

/** Refuses a post with neither words nor an image, saying what to do. */
export function assertSendable(post: { body: string; media: readonly unknown[] }, action: SendAction): void {
  if (post.body.trim() === '' && post.media.length === 0) {
    throw new AppError('INVALID_INPUT', say(`errors.post.nothingToSend.${action}`));
  }
}
