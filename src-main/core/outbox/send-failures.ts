// What a send that failed before or outside the network's answer says: the post's own checks
// refusing it, or a fault in Cadence's code, each as a ConnectorError the retry policy sorts.
import type { Problem } from '../../shared/text-rules';
import { say, type CoreMessageKey, type KeyedText } from '../../shared/messages/owner-message';
import { ConnectorError } from '../connectors/connector-error';

/** A fault in Cadence's own code, logged, in words the owner can pass on; `unknown` if a request may have left. */
export function unexpected(error: unknown, kind: 'unknown' | 'config' = 'config'): ConnectorError {
  console.error('[cadence] unexpected publishing error', error);
  const detail = error instanceof Error ? error.message : String(error);
  return new ConnectorError(kind, say('outbox.unexpected', { said: detail }));
}

/**
 * The post's own checks refused it: each problem's words in turn, keyed as its sentences when
 * every check was keyed (half a translated failure reads worse than English).
 */
export function refusedByChecks(problems: readonly Problem[]): ConnectorError {
  const message = problems.map((p) => p.message).join(' ');
  const [first, ...rest] = problems;
  if (!first?.key || rest.some((p) => !p.key)) return new ConnectorError('rejected', message);
  const keyed = (p: Problem): KeyedText => ({ key: p.key!, ...(p.params ? { params: p.params } : {}) });
  // A problem's key was written with say() by the shared checks (problems.*), so it is a catalog key.
  const said = {
    key: first.key as CoreMessageKey,
    ...(first.params ? { params: first.params } : {}),
    message,
  };
  return new ConnectorError('rejected', said, {}, rest.map(keyed));
}
