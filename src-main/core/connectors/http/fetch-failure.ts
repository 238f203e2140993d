// What a failed fetch proves. Only a failure that shows nothing left this machine (no address
// for the name, a refused connection, a certificate refused before the request was written)
// may be retried blindly. Anything later (a reset or closed socket, an answer cut off, a
// timeout, an answer Cadence cannot parse) may hide a request the server acted on, so its
// outcome is unknown. Codes are as Node's undici fetch reports them: `TypeError: fetch failed`
// whose `cause.code` names the socket error, tested against real sockets on 127.0.0.1.
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';

/** getaddrinfo's answers when a name has no address: no connection was attempted. */
const NAME_NOT_FOUND = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME']);
/** connect() failures: the connection never opened, so no byte of the request was written. */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
]);
/**
 * Certificate checks and handshake refusals happen before the TLS connection is up, and
 * undici writes the request only once it is. OpenSSL's verify errors (X509_V_ERR_*) reach
 * Node as these codes.
 */
const CERTIFICATE =
  /^(ERR_TLS_CERT_ALTNAME_INVALID|ERR_SSL_WRONG_VERSION_NUMBER|ERR_SSL_.*HANDSHAKE.*|.*CERT.*|.*CRL.*|UNABLE_TO_.*|HOSTNAME_MISMATCH|INVALID_CA|INVALID_PURPOSE|PATH_LENGTH_EXCEEDED)$/;

/** Nothing was sent because the server's certificate was refused: its own advice applies. */
export class CertificateRefused extends ConnectorError {}

/** Where the failure happened: before any answer, or while its body was being read. */
export type FetchStage = 'request' | 'answer';

/** Sorts a fetch that threw into `offline` (nothing left, retry freely) or `unknown`. */
export function fetchFailure(error: unknown, name: string, stage: FetchStage): ConnectorError {
  if (error instanceof ConnectorError) return error;
  const cause = rootCause(error);
  const said = summary(cause);
  const details = { serverAnswer: said };
  if (isTimeout(error))
    return new ConnectorError('unknown', say('connectors.common.noAnswerInTime', { name }), details);
  if (stage === 'answer') {
    // The server had begun to answer, so it had the whole request.
    return new ConnectorError('unknown', say('connectors.common.answerCutOff', { name, said }), details);
  }
  const left = nothingLeft(cause);
  if (left === 'certificate') {
    return new CertificateRefused(
      'offline',
      say('connectors.common.certificateRefused', { name, said }),
      details,
    );
  }
  if (left)
    return new ConnectorError('offline', say('connectors.common.unreachable', { name, said }), details);
  return new ConnectorError('unknown', say('connectors.common.connectionBroke', { name, said }), details);
}

function isTimeout(error: unknown): boolean {
  const name = error instanceof Error ? error.name : '';
  return name === 'TimeoutError' || name === 'AbortError';
}

/** undici wraps the socket's error: `TypeError('fetch failed', { cause })`. */
function rootCause(error: unknown): unknown {
  let current = error;
  for (let depth = 0; depth < 5; depth += 1) {
    if (!(current instanceof Error) || codeOf(current) || current instanceof AggregateError) return current;
    if (current.cause === undefined) return current;
    current = current.cause;
  }
  return current;
}

function nothingLeft(cause: unknown): 'no-connection' | 'certificate' | null {
  if (cause instanceof AggregateError && cause.errors.length > 0) {
    // Happy eyeballs tried several addresses: nothing left only if none of them connected.
    const each = cause.errors.map(nothingLeft);
    return each.every((left) => left !== null)
      ? (each.find((left) => left === 'certificate') ?? 'no-connection')
      : null;
  }
  if (!(cause instanceof Error)) return null;
  const code = codeOf(cause);
  // fetch refuses ports browsers block (e.g. 9) before it opens any connection.
  if (code === undefined) return cause.message === 'bad port' ? 'no-connection' : null;
  if (NAME_NOT_FOUND.has(code)) return 'no-connection';
  // ECONNREFUSED comes only from connect(); the others may also end a connection already in use.
  if (code === 'ECONNREFUSED' || (NOT_CONNECTED.has(code) && syscallOf(cause) === 'connect')) {
    return 'no-connection';
  }
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return 'no-connection';
  return CERTIFICATE.test(code) ? 'certificate' : null;
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function syscallOf(error: Error): string | undefined {
  const syscall = (error as { syscall?: unknown }).syscall;
  return typeof syscall === 'string' ? syscall : undefined;
}

function summary(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const code = codeOf(cause);
  return code && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}
