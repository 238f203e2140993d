// How a network said no, sorted by what the outbox should do about it.
import { AppError, foreignWords, saidBy } from '../../shared/errors';
import { keyOf, say, type KeyedText, type OwnerMessage } from '../../shared/messages/owner-message';
import { redactDeep, redactPatterns } from '../redact';

export type FailureKind =
  /** No address, connection refused, certificate refused: nothing left this computer. Retry with backoff. */
  | 'offline'
  /**
   * The request may have reached the server and its outcome is unknown: a timeout, a reset or
   * closed connection, an answer cut off, or a 5xx where a resend is not recognised. Never
   * retried blindly: reconcile with the network (or ask the owner) first.
   */
  | 'unknown'
  /** 5xx from a network that recognises a resend: the server failed. Retry with backoff. */
  | 'server'
  /** 429: wait until the server's reset time. */
  | 'rate-limited'
  /** Credentials rejected or revoked: the owner must reconnect. */
  | 'auth'
  /** The account lacks a permission (e.g. the bot cannot post in the channel). */
  | 'permission'
  /** The network refused this post's content: the owner must edit it. */
  | 'rejected'
  /** Something the owner configured is wrong (unknown instance, missing channel). */
  | 'config';

export interface ConnectorErrorDetails {
  httpStatus?: number;
  /** An absolute instant (ms) before which the server asked us not to retry. */
  retryAt?: number;
  serverAnswer?: string;
}

export class ConnectorError extends Error {
  readonly details: ConnectorErrorDetails;
  /** The catalog key and values, when the words were written with say(); null for plain text. */
  readonly owner: Omit<OwnerMessage, 'message'> | null;
  constructor(
    readonly kind: FailureKind,
    /** Plain words, including what to do: "Reconnect Mastodon in Settings." */
    message: string | OwnerMessage,
    details: ConnectorErrorDetails = {},
    /** Keyed sentences said after the words above; their English already ends `message`. */
    readonly followedBy: readonly KeyedText[] = [],
  ) {
    // A network's words can echo what it was sent (a token in a path): credential-shaped parts
    // never travel on, not even to a log. The stores redact again with the known secrets.
    super(redactPatterns(typeof message === 'string' ? message : message.message));
    this.name = 'ConnectorError';
    this.owner =
      typeof message === 'string'
        ? null
        : { key: message.key, params: message.params && redactDeep(message.params, redactPatterns) };
    this.details =
      details.serverAnswer === undefined
        ? details
        : { ...details, serverAnswer: redactPatterns(details.serverAnswer) };
  }

  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server' || this.kind === 'rate-limited';
  }
}

/**
 * A connector's failure as the owner meets it from a command: keyed when the connector wrote it
 * with say(); otherwise in the words it carries, which quote the network's own answer.
 */
export function appErrorOf(error: ConnectorError): AppError {
  return new AppError('CONNECTION_FAILED', saidBy(error) ?? foreignWords(error.message));
}

/**
 * A lost answer before the post itself was asked for (a photo uploaded, a container made) leaves
 * at most an unused upload, never a post: the send may simply be tried again.
 */
export function beforeThePost(error: unknown): unknown {
  if (!(error instanceof ConnectorError) || error.kind !== 'unknown') return error;
  return withNextStep(error, 'server', say('connectors.retry.noPostYet'));
}

/** A failure's own words then a keyed sentence about what comes next, as a failure of `kind`. */
export function withNextStep(error: ConnectorError, kind: FailureKind, next: OwnerMessage): ConnectorError {
  const said = saidBy(error);
  if (!said) return new ConnectorError(kind, `${error.message} ${next.message}`, error.details);
  const words = { ...said, message: `${said.message} ${next.message}` };
  return new ConnectorError(kind, words, error.details, [...error.followedBy, keyOf(next)]);
}
