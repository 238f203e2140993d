// What a check finds, in words an owner can act on. Shared by the composer and the
// connectors, and shaped so it can cross the IPC boundary as it is.
import { z } from 'zod';
import { foreignWords, type ForeignWords } from '../errors';
import { MessageParams, type CoreMessageKey, type OwnerMessage } from '../messages/owner-message';

export const PROBLEM_CODES = [
  'empty',
  'text-too-long',
  'text-too-many-bytes',
  'invalid-characters',
  'too-many-images',
  'image-too-large',
  'image-will-be-resized',
  'alt-text-missing',
  'alt-text-too-long',
  'image-required',
  'too-many-hashtags',
  'video-not-sent',
  'video-too-large',
  'video-too-long',
  'video-codec',
] as const;

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
  /** The message's key in the catalogs and its values, for the owner's language. */
  key: z.string().optional(),
  params: MessageParams.optional(),
});
export type Problem = z.infer<typeof Problem>;
export type ProblemCode = Problem['code'];

const MEBIBYTE = 1024 * 1024;

/**
 * Megabytes in the unit the limit was set in: a limit in binary megabytes (Mastodon's
 * 16 MiB) reads as the round number the network writes, others in decimal megabytes.
 */
export function megabyteFor(limitBytes: number): number {
  return limitBytes % MEBIBYTE === 0 ? MEBIBYTE : 1_000_000;
}

/** 16, 12.5: megabytes to a tenth, rounded up so that a size just over a limit never reads as equal to it. */
export function megabytes(bytes: number, megabyte: number): number {
  return Math.ceil((bytes / megabyte) * 10) / 10;
}

/** A problem as an error says it: with its catalog key and values when the check wrote it with say(). */
export function problemMessage(problem: Problem): OwnerMessage | ForeignWords {
  // A problem that crossed the bridge without its key is shown in the words it came with.
  if (problem.key === undefined) return foreignWords(problem.message);
  return { key: problem.key as CoreMessageKey, params: problem.params, message: problem.message };
}
