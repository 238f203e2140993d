// Meta's refusals in the owner's words (the catalog's) with their next step. The Graph API answers every error
// as {error: {message, type, code, error_subcode, error_user_title, error_user_msg}}
// (developers.facebook.com/docs/graph-api/guides/error-handling), mostly with HTTP 400 whatever
// the cause, so the code decides. An answer Cadence has no words for shows Meta's own message,
// never "Unknown error".
import { z } from 'zod';
import { say, type MessageParams, type OwnerMessage } from '../../../shared/messages/owner-message';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';
import { GRAPH_API_VERSION } from './meta-endpoints';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'publish' | 'upload' | 'reply' | 'read' | 'verify';

/** The network as the owner knows the channel; both sign in through Facebook. */
export type MetaLabel = 'Facebook' | 'Instagram';

/** What a refusal names: the post (unless told), the reply, the photos, or one photo by its name. */
export type Subject = 'post' | 'reply' | 'photos' | { photo: string };

const GraphErrorBody = z.object({
  error: z.object({
    message: z.string().optional(),
    type: z.string().optional(),
    code: z.number().optional(),
    error_subcode: z.number().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    is_transient: z.boolean().optional(),
  }),
});
export type GraphError = z.infer<typeof GraphErrorBody>['error'];

/** Rate limits: application (4), user (17), Page (32), a call's own (613), business use cases (80001-80014). */
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
const isRateLimit = (code: number) => RATE_LIMIT_CODES.has(code) || (code >= 80_001 && code <= 80_014);
/** Meta's windows roll over an hour; when it names no wait, Cadence checks again after one. */
const DEFAULT_WAIT_MS = 60 * 60 * 1000;
/** Instagram's 24-hour posting limit (code 4, subcode 2207042). */
const PUBLISHING_LIMIT_SUBCODE = 2_207_042;
/** Instagram: the photo's aspect ratio is outside 4:5 to 1.91:1. */
const ASPECT_RATIO_SUBCODE = 2_207_009;

export function graphErrorOf(json: unknown): GraphError | null {
  const parsed = GraphErrorBody.safeParse(json);
  return parsed.success ? parsed.data.error : null;
}

/** Meta's own words: the message meant for people where it gave one, else its technical one. */
export function metaSaid(json: unknown): string | undefined {
  const error = graphErrorOf(json);
  if (!error) return undefined;
  return error.error_user_msg || error.message || error.error_user_title || undefined;
}

/** For the activity log: "#190/463 Error validating access token: Session has expired." */
export function describeAnswer(answer: HttpAnswer): string {
  const error = graphErrorOf(answer.json);
  if (!error) return `HTTP ${answer.status}`;
  const code =
    error.code === undefined ? '' : `#${error.code}${error.error_subcode ? `/${error.error_subcode}` : ''} `;
  const words = [error.message, error.error_user_msg].filter((w): w is string => !!w);
  return `${code}${[...new Set(words)].join(' ') || `HTTP ${answer.status}`}`;
}

/** A refusal from Meta, with the error it answered so callers can tell 9007 or 100/33 apart. */
export class GraphRefusal extends ConnectorError {
  constructor(
    kind: FailureKind,
    message: OwnerMessage,
    details: ConnectorError['details'],
    readonly graph: GraphError | null,
  ) {
    super(kind, message, details);
  }

  get code(): number | undefined {
    return this.graph?.code;
  }
}

export interface RefusalContext {
  label: MetaLabel;
  during: During;
  /** Whether the request could have changed something had it gone through. */
  write: boolean;
  subject?: Subject;
  /** The Page or Instagram account the request was about, whose usage header tells the wait. */
  objectId?: string;
  now: number;
}

/** A Graph error answer (any status the HTTP layer hands back) in the owner's words. */
export function refusalFor(answer: HttpAnswer, context: RefusalContext): GraphRefusal {
  const error = graphErrorOf(answer.json);
  const said = metaSaid(answer.json) ?? `HTTP ${answer.status}`;
  const details = { httpStatus: answer.status, serverAnswer: describeAnswer(answer) };
  const { label, during } = context;
  const network = label;
  const refusal = (kind: FailureKind, words: OwnerMessage, retryAt?: number) =>
    new GraphRefusal(kind, words, retryAt === undefined ? details : { ...details, retryAt }, error);
  const saying = (key: Parameters<typeof say>[0], params: MessageParams = {}) =>
    say(key, { network, ...params, said });
  const code = error?.code ?? -1;
  if (code === 190 || code === 102) {
    return refusal(
      'auth',
      saying(
        during === 'sign-in'
          ? 'connectors.metaGraph.freshSignInRefused'
          : 'connectors.metaGraph.signInRejected',
      ),
    );
  }
  if (during === 'sign-in' && (code === 1 || code === 101)) {
    // The token exchange's answer to an app id or secret Meta does not know.
    return refusal('auth', saying('connectors.metaGraph.appNotAccepted'));
  }
  if (code === 368) {
    return refusal('rejected', subjectWords('policy', context.subject, saying));
  }
  if (isRateLimit(code)) {
    if (error?.error_subcode === PUBLISHING_LIMIT_SUBCODE) {
      return refusal(
        'rate-limited',
        saying('connectors.metaGraph.dailyCapUsed'),
        context.now + DEFAULT_WAIT_MS,
      );
    }
    const retryAt = regainAt(answer.headers, context.objectId, context.now);
    return refusal('rate-limited', slowDown(retryAt - context.now, saying), retryAt);
  }
  if (code === 9007) {
    // Refused because Instagram is still processing the media: nothing was posted.
    return refusal('server', saying('connectors.metaGraph.stillPreparing'));
  }
  if (code === 100 && error?.error_subcode === 33) {
    const what = during === 'reply' ? 'comment' : 'account';
    return refusal(
      'config',
      saying(
        label === 'Instagram'
          ? `connectors.metaGraph.gone.instagram${what === 'comment' ? 'Comment' : 'Account'}`
          : `connectors.metaGraph.gone.${what}`,
      ),
    );
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    return refusal(
      'permission',
      saying(
        during === 'sign-in'
          ? 'connectors.metaGraph.lacksPermissionSignIn'
          : 'connectors.metaGraph.lacksPermission',
      ),
    );
  }
  if (code === 12 || code === 2635) {
    return refusal('config', saying('connectors.metaGraph.oldApiVersion', { version: GRAPH_API_VERSION }));
  }
  if ((code === 1 || code === 2) && error?.is_transient !== false) {
    // "Temporary issue, retry": a write may still have taken effect before it failed.
    return refusal(context.write ? 'unknown' : 'server', saying('connectors.metaGraph.temporaryTrouble'));
  }
  if (error?.error_subcode === ASPECT_RATIO_SUBCODE) {
    return refusal('rejected', saying('connectors.metaGraph.photoShape'));
  }
  if (during === 'sign-in') return refusal('auth', saying('connectors.metaGraph.signInUnfinished'));
  if (during === 'publish' || during === 'upload' || during === 'reply') {
    return refusal('rejected', subjectWords('refused', context.subject, saying));
  }
  return refusal('rejected', saying('connectors.metaGraph.requestRefused'));
}

type Saying = (key: Parameters<typeof say>[0], params?: MessageParams) => OwnerMessage;

/** A sentence that names what was refused: the post unless the request said otherwise. */
function subjectWords(
  words: 'policy' | 'refused',
  subject: Subject | undefined,
  saying: Saying,
): OwnerMessage {
  if (typeof subject === 'object')
    return saying(`connectors.metaGraph.${words}.photo`, { file: subject.photo });
  return saying(`connectors.metaGraph.${words}.${subject ?? 'post'}`);
}

/** Under 90 minutes the wait is said in minutes, beyond that in hours. */
function slowDown(ms: number, saying: Saying): OwnerMessage {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 90) return saying('connectors.metaGraph.slowDownMinutes', { count: minutes });
  return saying('connectors.metaGraph.slowDownHours', { count: Math.round(minutes / 60) });
}

/**
 * When Meta lets the app call again: X-Business-Use-Case-Usage names, per Page or Instagram
 * account, the minutes until access comes back (estimated_time_to_regain_access,
 * developers.facebook.com/docs/graph-api/overview/rate-limiting). X-App-Usage gives only
 * percentages, so without that the wait is Meta's one-hour window.
 */
export function regainAt(headers: Headers, objectId: string | undefined, now: number): number {
  const minutes = regainMinutes(headers.get('x-business-use-case-usage'), objectId);
  return now + (minutes > 0 ? minutes * 60_000 : DEFAULT_WAIT_MS);
}

const UsageEntries = z.record(
  z.string(),
  z.array(z.object({ estimated_time_to_regain_access: z.number().nonnegative().optional() })),
);

function regainMinutes(header: string | null, objectId: string | undefined): number {
  if (!header) return 0;
  let parsed: z.infer<typeof UsageEntries>;
  try {
    parsed = UsageEntries.parse(JSON.parse(header));
  } catch {
    return 0;
  }
  const entries = objectId && parsed[objectId] ? parsed[objectId] : Object.values(parsed).flat();
  return Math.max(0, ...entries.map((entry) => entry.estimated_time_to_regain_access ?? 0));
}
