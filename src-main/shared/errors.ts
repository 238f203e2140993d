import { z } from 'zod';
import { MessageParams, type OwnerMessage } from './messages/owner-message';

export const ERROR_CODES = [
  'INVALID_INPUT',
  'UNKNOWN_CHANNEL',
  'FORBIDDEN_SENDER',
  'NOT_FOUND',
  'CONFLICT',
  'TIME_NEEDS_CHOICE',
  'CONNECTION_FAILED',
  /** The disk refused a write (full, read-only, failing): nothing was saved; storage.status says more. */
  'STORAGE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every failure that crosses the bridge: a code for code, a message for people (in English), and
 * where the core wrote it, the message's key and values for the owner's language.
 */
export const AppErrorShape = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  key: z.string().optional(),
  params: MessageParams.optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

declare const notOurs: unique symbol;
/** Words Cadence did not write (a network's own error text), shown as they are in every language. */
export type ForeignWords = string & { readonly [notOurs]: true };

/**
 * The one way to make an error from words that are not in the catalogs: for text a network or a
 * library wrote, never for Cadence's own words (those go through say(), so the owner reads them
 * in their language). A bare string does not compile as an AppError's message.
 */
export function foreignWords(text: string): ForeignWords {
  return text as ForeignWords;
}

/** An error's words as a message, when they were written with say(); null for plain text. */
export function saidBy(error: {
  readonly owner: Omit<OwnerMessage, 'message'> | null;
  readonly message: string;
}): OwnerMessage | null {
  return error.owner ? { ...error.owner, message: error.message } : null;
}

export class AppError extends Error {
  /** The catalog key and values, when the message was written with say(). */
  readonly owner: Omit<OwnerMessage, 'message'> | null;

  constructor(
    readonly code: ErrorCode,
    message: ForeignWords | OwnerMessage,
  ) {
    super(typeof message === 'string' ? message : message.message);
    this.name = 'AppError';
    this.owner = typeof message === 'string' ? null : { key: message.key, params: message.params };
  }

  toShape(): AppErrorShape {
    const { code, message, owner } = this;
    if (!owner) return { code, message };
    return { code, message, key: owner.key, ...(owner.params ? { params: owner.params } : {}) };
  }
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
