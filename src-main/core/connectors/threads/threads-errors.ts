// Threads' refusals in plain words with the owner's next step. Threads answers errors as the
// Graph API does ({error: {message, type, code, error_subcode, is_transient, error_user_msg}},
// developers.facebook.com/docs/threads/troubleshooting and docs/graph-api/guides/error-handling),
// so Meta's documented codes apply: 190 ended sign-in, 10 and 200-299 a missing permission, 4,
// 17, 32 and 613 rate limits, 368 a policy block, 9007 (and Threads' 24/4279009) media not
// ready, 100/33 an object that is missing or out of reach. Threads' own small mapping: the
// shared Meta one (connectors/meta-graph) did not exist yet when this was written.
import { z } from 'zod';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'container' | 'publish' | 'read' | 'verify';

export const RECONNECT = 'Reconnect Threads in Settings.';

/** Meta's usage headers give no reset time for app-level limits, which recover over an hour. */
const DEFAULT_RATE_WAIT_MS = 60 * 60 * 1000;
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);

const GraphError = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
  }),
});
export type GraphErrorFields = z.infer<typeof GraphError>['error'];

export function graphErrorOf(json: unknown): GraphErrorFields | null {
  const parsed = GraphError.safeParse(json);
  return parsed.success ? parsed.data.error : null;
}

/** Threads' own words from an error answer: the message meant for people first. */
export function threadsSaid(json: unknown): string | undefined {
  const error = graphErrorOf(json);
  return error?.error_user_msg ?? error?.message;
}

/** A refusal from Threads, with the Graph error it answered. */
export class ThreadsRefusal extends ConnectorError {
  constructor(
    kind: FailureKind,
    message: string,
    details: ConnectorError['details'],
    readonly error: GraphErrorFields | null,
  ) {
    super(kind, message, details);
  }

  /** The token lacks the permission the call needs (code 10, or 200-299). */
  get permissionMissing(): boolean {
    const code = this.error?.code;
    return code === 10 || (code !== undefined && code >= 200 && code <= 299);
  }
}

/** A non-2xx answer (other than 429 and 5xx, which the HTTP layer sorts) in plain words. */
export function refusalFor(
  answer: HttpAnswer,
  during: During,
  now: number,
  replying = false,
): ThreadsRefusal {
  const error = graphErrorOf(answer.json);
  const said = threadsSaid(answer.json);
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const quoted = said ? ` (“${said}”)` : ` (HTTP ${answer.status})`;
  const refusal = (kind: FailureKind, message: string, extra: ConnectorError['details'] = {}) =>
    new ThreadsRefusal(kind, message, { ...details, ...extra }, error);
  const code = error?.code;
  if (code === 190) {
    return refusal(
      'auth',
      during === 'sign-in'
        ? `Threads did not accept the sign-in it had just given${quoted}. Connect Threads again.`
        : `Threads no longer accepts Cadence's sign-in${quoted}. ${RECONNECT}`,
    );
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    const permission = /threads_[a-z_]+/.exec(said ?? '')?.[0];
    return refusal(
      'permission',
      `Threads refused: Cadence's sign-in lacks ${permission ? `the ${permission} permission` : 'a permission it needs'}${quoted}. In your Meta app, add ${permission ?? 'the permissions Cadence lists'} under Access the Threads API → Permissions, then reconnect Threads in Settings.`,
    );
  }
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    const retryAt = now + (regainAccessMs(answer.headers) ?? DEFAULT_RATE_WAIT_MS);
    const publishingCap = error?.error_subcode === 2207042;
    return refusal(
      'rate-limited',
      publishingCap
        ? `Threads allows 250 posts through its API in 24 hours, and that is used up${quoted}. Cadence will try again later.`
        : `Threads asked Cadence to slow down${quoted}; it will try again in ${minutesUntil(retryAt - now)}.`,
      { retryAt },
    );
  }
  if (code === 368) {
    return refusal(
      'rejected',
      `Threads blocked this for going against its rules${quoted}. Check the post and your Threads account, then publish again.`,
    );
  }
  if (code === 9007 || (code === 24 && error?.error_subcode === 4279009)) {
    return refusal(
      'server',
      `Threads has not finished preparing the post${quoted}. Cadence will try again shortly.`,
    );
  }
  if (code === 100 && error?.error_subcode === 33) {
    return refusal(
      replying ? 'rejected' : 'config',
      replying
        ? `The post this answers is gone from Threads, or Cadence cannot see it${quoted}.`
        : `Threads could not find what Cadence asked for, or Cadence may not see it${quoted}. ${RECONNECT}`,
    );
  }
  if ((code === 1 || code === 2) && error?.is_transient) {
    // Meta's "unexpected error, retry": after a publish it may still have taken effect.
    return refusal(
      during === 'publish' ? 'unknown' : 'server',
      `Threads had a problem on its side${quoted}.`,
    );
  }
  if (during === 'publish' || during === 'container') {
    return refusal(
      'rejected',
      `Threads refused the post${quoted}. Edit the post to fix that, then publish again.`,
    );
  }
  return refusal('rejected', `Threads refused the request${quoted}.`);
}

/**
 * Minutes until access returns, from X-Business-Use-Case-Usage's estimated_time_to_regain_access
 * (developers.facebook.com/docs/graph-api/overview/rate-limiting); undefined when not given.
 */
function regainAccessMs(headers: Headers): number | undefined {
  const raw = headers.get('x-business-use-case-usage');
  if (!raw) return undefined;
  try {
    const usage = JSON.parse(raw) as Record<string, Array<{ estimated_time_to_regain_access?: unknown }>>;
    const minutes = Object.values(usage)
      .flat()
      .map((entry) => entry.estimated_time_to_regain_access)
      .filter((value): value is number => typeof value === 'number' && value > 0);
    return minutes.length > 0 ? Math.max(...minutes) * 60_000 : undefined;
  } catch {
    return undefined;
  }
}

function minutesUntil(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  return `${minutes} minute${minutes === 1 ? '' : 's'}`;
}
