// Threads' refusals in the owner's words (the catalog's) with their next step. Threads answers errors as the
// Graph API does ({error: {message, type, code, error_subcode, is_transient, error_user_msg}},
// developers.facebook.com/docs/threads/troubleshooting and docs/graph-api/guides/error-handling),
// so Meta's documented codes apply: 190 ended sign-in, 10 and 200-299 a missing permission, 4,
// 17, 32 and 613 rate limits, 368 a policy block, 9007 (and Threads' 24/4279009) media not
// ready, 100/33 an object that is missing or out of reach. Threads' own small mapping: the
// shared Meta one (connectors/meta-graph) did not exist yet when this was written.
import { z } from 'zod';
import { say, type MessageParams, type OwnerMessage } from '../../../shared/messages/owner-message';
import type { THREADS_MESSAGES } from '../../../shared/messages/threads-messages';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'container' | 'publish' | 'read' | 'verify';

type SaidWords = keyof typeof THREADS_MESSAGES.said;
/** A refusal's sentence, plurals by their base name. */
type RefusalWords = { [K in SaidWords]: K extends `${infer Base}_${'one' | 'other'}` ? Base : K }[SaidWords];

/** A refusal quoting Threads' own words when it gave some, else naming the HTTP status. */
export function refusalWords(
  words: RefusalWords,
  said: string | undefined,
  status: number,
  params: MessageParams = {},
): OwnerMessage {
  return said
    ? say(`connectors.threads.said.${words}`, { ...params, said })
    : say(`connectors.threads.http.${words}`, { ...params, status });
}

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
    message: OwnerMessage,
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
  const refusal = (
    kind: FailureKind,
    words: RefusalWords,
    params: MessageParams = {},
    extra: ConnectorError['details'] = {},
  ) =>
    new ThreadsRefusal(
      kind,
      refusalWords(words, said, answer.status, params),
      { ...details, ...extra },
      error,
    );
  const code = error?.code;
  if (code === 190) {
    return refusal('auth', during === 'sign-in' ? 'freshSignInRefused' : 'signInRejected');
  }
  if (code === 10 || (code !== undefined && code >= 200 && code <= 299)) {
    const permission = /threads_[a-z_]+/.exec(said ?? '')?.[0];
    return permission
      ? refusal('permission', 'lacksPermission', { permission })
      : refusal('permission', 'lacksAPermission');
  }
  if (code !== undefined && RATE_LIMIT_CODES.has(code)) {
    const retryAt = now + (regainAccessMs(answer.headers) ?? DEFAULT_RATE_WAIT_MS);
    const publishingCap = error?.error_subcode === 2207042;
    return publishingCap
      ? refusal('rate-limited', 'dailyCapUsed', {}, { retryAt })
      : refusal('rate-limited', 'slowDown', { count: minutesUntil(retryAt - now) }, { retryAt });
  }
  if (code === 368) return refusal('rejected', 'blocked');
  if (code === 9007 || (code === 24 && error?.error_subcode === 4279009)) {
    return refusal('server', 'notReady');
  }
  if (code === 100 && error?.error_subcode === 33) {
    return replying ? refusal('rejected', 'replyParentGone') : refusal('config', 'notFound');
  }
  if ((code === 1 || code === 2) && error?.is_transient) {
    // Meta's "unexpected error, retry": after a publish it may still have taken effect.
    return refusal(during === 'publish' ? 'unknown' : 'server', 'serverTrouble');
  }
  if (during === 'publish' || during === 'container') return refusal('rejected', 'postRefused');
  return refusal('rejected', 'requestRefused');
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

function minutesUntil(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
