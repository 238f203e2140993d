// Meta's refusals in plain words with the owner's next step. The Graph API answers every error
// as {error: {message, type, code, error_subcode, error_user_title, error_user_msg}}
// (developers.facebook.com/docs/graph-api/guides/error-handling), mostly with HTTP 400 whatever
// the cause, so the code decides. An answer Cadence has no words for shows Meta's own message,
// never "Unknown error".
import { z } from 'zod';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';
import { GRAPH_API_VERSION } from './meta-endpoints';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'publish' | 'upload' | 'reply' | 'read' | 'verify';

/** The network as the owner knows the channel; both sign in through Facebook. */
export type MetaLabel = 'Facebook' | 'Instagram';

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
    message: string,
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
  /** What a refusal names: "the post", "the photo “cake.jpg”". */
  subject?: string;
  /** The Page or Instagram account the request was about, whose usage header tells the wait. */
  objectId?: string;
  now: number;
}

/** A Graph error answer (any status the HTTP layer hands back) in plain words. */
export function refusalFor(answer: HttpAnswer, context: RefusalContext): GraphRefusal {
  const error = graphErrorOf(answer.json);
  const said = metaSaid(answer.json) ?? `HTTP ${answer.status}`;
  const details = { httpStatus: answer.status, serverAnswer: describeAnswer(answer) };
  const refusal = (kind: FailureKind, message: string, retryAt?: number) =>
    new GraphRefusal(kind, message, retryAt === undefined ? details : { ...details, retryAt }, error);
  const { label, during } = context;
  const subject = context.subject ?? 'the post';
  const reconnect = `Reconnect ${label} in Settings`;
  const code = error?.code ?? -1;
  if (code === 190 || code === 102) {
    return refusal(
      'auth',
      during === 'sign-in'
        ? `Facebook did not accept the sign-in it had just given (“${said}”). Connect again.`
        : `${label} no longer accepts Cadence's sign-in (“${said}”). ${reconnect}.`,
    );
  }
  if (during === 'sign-in' && (code === 1 || code === 101)) {
    // The token exchange's answer to an app id or secret Meta does not know.
    return refusal(
      'auth',
      `Meta did not accept your app's App ID and Secret (“${said}”). Check them in Settings (App settings → Basic in developers.facebook.com), then connect again.`,
    );
  }
  if (code === 368) {
    return refusal(
      'rejected',
      `Meta blocked this for policy reasons: “${said}”. Check ${subject} against Meta's Community Standards and edit it, or wait before trying again.`,
    );
  }
  if (isRateLimit(code)) {
    if (error?.error_subcode === PUBLISHING_LIMIT_SUBCODE) {
      return refusal(
        'rate-limited',
        `Instagram takes only so many posts a day from an app, and today's are used up (“${said}”). Cadence will try again in an hour.`,
        context.now + DEFAULT_WAIT_MS,
      );
    }
    const retryAt = regainAt(answer.headers, context.objectId, context.now);
    return refusal(
      'rate-limited',
      `Meta asked Cadence to slow down (“${said}”); it will try again in ${minutesUntil(retryAt - context.now)}.`,
      retryAt,
    );
  }
  if (code === 9007) {
    // Refused because Instagram is still processing the media: nothing was posted.
    return refusal(
      'server',
      `Instagram is still preparing the photos (“${said}”), and nothing was posted yet. Cadence will try again shortly.`,
    );
  }
  if (code === 100 && error?.error_subcode === 33) {
    const linked = label === 'Instagram' ? ' and that the Instagram account is still linked to it' : '';
    return refusal(
      'config',
      `${label} says ${during === 'reply' ? 'the comment' : 'the Page or account'} does not exist or Cadence may not reach it (“${said}”). Check that you still manage the Page${linked}, then ${reconnect.toLowerCase()}.`,
    );
  }
  if (code === 10 || (code >= 200 && code <= 299)) {
    const again = during === 'sign-in' ? 'Connect again' : reconnect;
    return refusal(
      'permission',
      `${label} refused: Cadence's sign-in lacks a permission it needs (“${said}”). ${again} and allow everything Cadence asks for.`,
    );
  }
  if (code === 12 || code === 2635) {
    return refusal(
      'config',
      `Meta no longer answers the Graph API version this Cadence speaks (${GRAPH_API_VERSION}): “${said}”. Update Cadence, then publish again.`,
    );
  }
  if ((code === 1 || code === 2) && error?.is_transient !== false) {
    // "Temporary issue, retry": a write may still have taken effect before it failed.
    return refusal(
      context.write ? 'unknown' : 'server',
      `${label} had a temporary problem (“${said}”). Cadence will check and try again.`,
    );
  }
  if (error?.error_subcode === ASPECT_RATIO_SUBCODE) {
    return refusal(
      'rejected',
      `Instagram refused a photo's shape (“${said}”). It takes photos from 4:5 (portrait) to 1.91:1 (landscape): crop the photo, then publish again.`,
    );
  }
  if (during === 'sign-in') {
    return refusal('auth', `Facebook did not finish the sign-in (“${said}”). Connect again.`);
  }
  if (during === 'publish' || during === 'upload' || during === 'reply') {
    return refusal(
      'rejected',
      `${label} refused ${subject} (“${said}”). Edit ${subject === 'the post' ? 'the post' : 'it'} to fix that, then publish again.`,
    );
  }
  return refusal('rejected', `${label} refused the request (“${said}”).`);
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

function minutesUntil(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `about ${Math.round(minutes / 60)} hours`;
}
