// X's refusals in plain words with the owner's next step. X answers errors as RFC 7807
// problems (docs.x.com/x-api/fundamentals/response-codes-and-errors): a `type` naming the
// kind (client-forbidden for an API tier that lacks the call, usage-capped for a spent plan
// cap, invalid-request…), a `detail` in X's own words and sometimes `errors` with more. An
// answer Cadence has no words for shows X's own message, never "Unknown error".
import { z } from 'zod';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'publish' | 'upload' | 'read' | 'verify';

export const RECONNECT = 'Reconnect X in Settings.';
export const PROBLEM = 'https://api.x.com/2/problems/';

const Problem = z.object({
  type: z.string().optional(),
  title: z.string().optional(),
  detail: z.string().optional(),
  period: z.string().optional(),
  errors: z.array(z.object({ message: z.string().optional() })).optional(),
  /** OAuth answers from the token endpoint: { error, error_description }. */
  error: z.string().optional(),
  error_description: z.string().optional(),
});
export type XProblem = z.infer<typeof Problem>;

/** A refusal from X, with the problem it answered so callers can tell the tier from it. */
export class XRefusal extends ConnectorError {
  constructor(
    kind: FailureKind,
    message: string,
    details: ConnectorError['details'],
    readonly problem: XProblem | null,
  ) {
    super(kind, message, details);
  }

  /** The app's API tier does not include this call (403 client-forbidden). */
  get tierForbids(): boolean {
    return this.problem?.type === `${PROBLEM}client-forbidden`;
  }
}

export function problemOf(json: unknown): XProblem | null {
  const parsed = Problem.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** X's own words from an error answer: its detail, then any listed errors, else the OAuth description. */
export function xSaid(json: unknown): string | undefined {
  const problem = problemOf(json);
  if (!problem) return undefined;
  const listed = (problem.errors ?? []).map((e) => e.message).filter((m): m is string => !!m);
  const words = [problem.detail, ...listed].filter((w): w is string => !!w && w !== problem.title);
  if (words.length > 0) return [...new Set(words)].join(' ');
  return problem.error_description ?? problem.detail ?? problem.title ?? problem.error;
}

const WHAT: Record<During, string> = {
  'sign-in': 'reading your X account',
  publish: 'posting through your app',
  upload: 'uploading photos through your app',
  read: 'reading your X account',
  verify: 'reading your recent posts',
};

/** A 4xx answer (other than 429) in plain words. */
export function refusalFor(answer: HttpAnswer, during: During, subject = 'the post'): XRefusal {
  const problem = problemOf(answer.json);
  const said = xSaid(answer.json);
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const quoted = said ? ` (“${said}”)` : ` (HTTP ${answer.status})`;
  const refusal = (kind: FailureKind, message: string) => new XRefusal(kind, message, details, problem);
  if (answer.status === 401) {
    return refusal(
      'auth',
      during === 'sign-in'
        ? `X did not accept the sign-in it had just given${quoted}. Connect X again.`
        : `X no longer accepts Cadence's sign-in. ${RECONNECT}`,
    );
  }
  if (answer.status === 403 && problem?.type === `${PROBLEM}client-forbidden`) {
    return refusal(
      'permission',
      `Your X API tier does not allow ${WHAT[during]}${quoted}. In developer.x.com, check that your app sits in a Project with API access, or change its plan.`,
    );
  }
  if (answer.status === 403 && (!said || said === 'Forbidden')) {
    // X's bare Forbidden: the token lacks a scope the call needs.
    return refusal(
      'permission',
      `X refused ${WHAT[during]}: Cadence's sign-in lacks a permission it needs. In developer.x.com, set your app's permissions to “Read and write”, then reconnect X in Settings.`,
    );
  }
  if (during === 'publish') {
    return refusal(
      'rejected',
      `X refused ${subject}${quoted}. Edit the post to fix that, then publish again.`,
    );
  }
  if (during === 'upload') {
    return refusal('rejected', `X refused ${subject}${quoted}. Change it, then publish again.`);
  }
  return refusal('rejected', `X refused the request${quoted}.`);
}

/**
 * A 429 or 5xx the HTTP layer already sorted (with its wait from x-rate-limit-reset), made
 * plainer where X said more: a spent monthly or daily plan cap, or the 24-hour post limit.
 */
export function troubleFor(error: ConnectorError, answer: HttpAnswer, now: number): ConnectorError {
  if (answer.status !== 429) return error;
  const problem = problemOf(answer.json);
  if (problem?.type === `${PROBLEM}usage-capped`) {
    const period = problem.period === 'Daily' ? 'daily' : 'monthly';
    return new XRefusal(
      'permission',
      `Your X API plan's ${period} cap is used up (“${xSaid(answer.json) ?? 'UsageCapExceeded'}”), so X takes no more posts from your app until it resets. Wait for the cap to reset (or change the plan in developer.x.com), then publish again.`,
      error.details,
      problem,
    );
  }
  for (const who of ['user', 'app'] as const) {
    if (answer.headers.get(`x-${who}-limit-24hour-remaining`) !== '0') continue;
    const limit = answer.headers.get(`x-${who}-limit-24hour-limit`) ?? 'its';
    const reset = Number(answer.headers.get(`x-${who}-limit-24hour-reset`));
    const retryAt = Number.isFinite(reset) && reset > 0 ? Math.max(now, reset * 1000) : error.details.retryAt;
    const whose = who === 'user' ? 'your account' : 'your app';
    return new XRefusal(
      'rate-limited',
      `X lets ${whose} post ${limit} time${limit === '1' ? '' : 's'} in 24 hours, and that is used up; Cadence will try again ${retryAt === undefined ? 'later' : `in ${hoursUntil(retryAt - now)}`}.`,
      { ...error.details, retryAt },
      problem,
    );
  }
  return error;
}

function hoursUntil(ms: number): string {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 90) return `${minutes} minute${minutes === 1 ? '' : 's'}`;
  return `about ${Math.round(minutes / 60)} hours`;
}
