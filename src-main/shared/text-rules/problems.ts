// What a check finds, in words an owner can act on. Shared by the composer and the
// connectors, and shaped so it can cross the IPC boundary as it is.
import { z } from 'zod';

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
] as const;

export const Problem = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.enum(PROBLEM_CODES),
  message: z.string(),
});
export type Problem = z.infer<typeof Problem>;
export type ProblemCode = Problem['code'];

const numberFormat = new Intl.NumberFormat('en-US');

/** 1,024 rather than 1024: owners read these numbers, they do not parse them. */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** "1 photo", "3 photos". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

const MEBIBYTE = 1024 * 1024;

/**
 * Megabytes in the unit the limit was set in: a limit in binary megabytes (Mastodon's
 * 16 MiB) reads as the round number the network writes, others in decimal megabytes.
 */
export function megabyteFor(limitBytes: number): number {
  return limitBytes % MEBIBYTE === 0 ? MEBIBYTE : 1_000_000;
}

/** "16 MB", "12.5 MB". Rounded up, so that a size just over a limit never reads as equal to it. */
export function formatMegabytes(bytes: number, megabyte: number): string {
  const tenths = Math.ceil((bytes / megabyte) * 10);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}
