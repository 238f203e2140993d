// How a network said no, sorted by what the outbox should do about it.

export type FailureKind =
  /** No connection, DNS failure, refused: nothing reached the server. Retry with backoff. */
  | 'offline'
  /** The request may have reached the server; its outcome is unknown. Reconcile first. */
  | 'timeout'
  /** 5xx: the server failed. Retry with backoff. */
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

export class ConnectorError extends Error {
  constructor(
    readonly kind: FailureKind,
    /** Plain words, including what to do: "Reconnect Mastodon in Settings." */
    message: string,
    readonly details: {
      httpStatus?: number;
      /** An absolute instant (ms) before which the server asked us not to retry. */
      retryAt?: number;
      serverAnswer?: string;
    } = {},
  ) {
    super(message);
    this.name = 'ConnectorError';
  }

  get retryable(): boolean {
    return this.kind === 'offline' || this.kind === 'server' || this.kind === 'rate-limited';
  }
}

/** Maps a failed fetch (no HTTP answer) to offline or timeout, keeping the cause in the message. */
export function fromFetchFailure(error: unknown, networkName: string): ConnectorError {
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError') {
    return new ConnectorError('timeout', `${networkName} did not answer in time.`);
  }
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
  return new ConnectorError('offline', `Could not reach ${networkName} (${cause}). Check the connection.`);
}
