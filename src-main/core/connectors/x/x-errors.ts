// X's refusals in the owner's words with the owner's next step. X answers errors as RFC 7807
// problems (docs.x.com/x-api/fundamentals/response-codes-and-errors): a `type` naming the
// kind (client-forbidden for an API tier that lacks the call, usage-capped for a spent plan
// cap, invalid-request…), a `detail` in X's own words and sometimes `errors` with more. An
// answer Cadence has no words for shows X's own message, never "Unknown error".
import { z } from 'zod';
import { REFUSED_DURING, refusalWords, type During } from '../refusal-words';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';
import { keyOf, say, type KeyedText, type OwnerMessage } from '../../../shared/messages/owner-message';

export type { During } from '../refusal-words';

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
    message: OwnerMessage,
    details: ConnectorError['details'],
    readonly problem: XProblem | null,
    followedBy: readonly KeyedText[] = [],
  ) {
    super(kind, message, details, followedBy);
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

/** What a refusal during an upload names: a photo, or the description (alt text) of one. */
export interface UploadSubject {
  part: 'photo' | 'description';
  file: string;
}

/** A 4xx answer (other than 429) in plain words. */
export function refusalFor(answer: HttpAnswer, during: During, subject?: UploadSubject): XRefusal {
  const problem = problemOf(answer.json);
  const said = xSaid(answer.json);
  const status = answer.status;
  const details = { httpStatus: status, serverAnswer: said ?? `HTTP ${status}` };
  const refusal = (kind: FailureKind, message: OwnerMessage) => new XRefusal(kind, message, details, problem);
  if (status === 401) {
    return refusal(
      'auth',
      during === 'sign-in'
        ? refusalWords(said, status, 'connectors.x.signInNotTaken', 'connectors.x.signInNotTakenSaying')
        : say('connectors.x.signInRejected'),
    );
  }
  const what = REFUSED_DURING[during];
  if (status === 403 && problem?.type === `${PROBLEM}client-forbidden`) {
    return refusal(
      'permission',
      refusalWords(
        said,
        status,
        `connectors.x.tierForbids.${what}`,
        `connectors.x.tierForbids.${what}Saying`,
      ),
    );
  }
  if (status === 403 && (!said || said === 'Forbidden')) {
    // X's bare Forbidden: the token lacks a scope the call needs.
    return refusal('permission', say(`connectors.x.lacksPermission.${what}`));
  }
  if (during === 'publish') {
    return refusal(
      'rejected',
      refusalWords(said, status, 'connectors.x.postRefused', 'connectors.x.postRefusedSaying'),
    );
  }
  if (during === 'upload') {
    const refused = subject
      ? refusalWords(
          said,
          status,
          `connectors.x.${subject.part}Refused`,
          `connectors.x.${subject.part}RefusedSaying`,
          { file: subject.file },
        )
      : refusalWords(said, status, 'connectors.x.uploadRefused', 'connectors.x.uploadRefusedSaying');
    return refusal('rejected', refused);
  }
  return refusal(
    'rejected',
    refusalWords(said, status, 'connectors.x.requestRefused', 'connectors.x.requestRefusedSaying'),
  );
}

/**
 * A 429 or 5xx the HTTP layer already sorted (with its wait from x-rate-limit-reset), made
 * plainer where X said more: a spent monthly or daily plan cap, or the 24-hour post limit.
 */
export function troubleFor(error: ConnectorError, answer: HttpAnswer, now: number): ConnectorError {
  if (answer.status !== 429) return error;
  const problem = problemOf(answer.json);
  if (problem?.type === `${PROBLEM}usage-capped`) {
    const said = xSaid(answer.json) ?? 'UsageCapExceeded';
    return new XRefusal(
      'permission',
      say(problem.period === 'Daily' ? 'connectors.x.dailyCapUsed' : 'connectors.x.monthlyCapUsed', { said }),
      error.details,
      problem,
    );
  }
  for (const who of ['account', 'app'] as const) {
    const header = `x-${who === 'account' ? 'user' : 'app'}-limit-24hour`;
    if (answer.headers.get(`${header}-remaining`) !== '0') continue;
    const limit = Number(answer.headers.get(`${header}-limit`));
    const reset = Number(answer.headers.get(`${header}-reset`));
    const retryAt = Number.isFinite(reset) && reset > 0 ? Math.max(now, reset * 1000) : error.details.retryAt;
    const usedUp =
      Number.isInteger(limit) && limit > 0
        ? say(`connectors.x.dayLimit.${who}`, { count: limit })
        : say(`connectors.x.dayLimit.${who}Uncounted`);
    const next =
      retryAt === undefined ? say('connectors.x.dayLimit.tryAgainLater') : tryAgainIn(retryAt - now);
    return new XRefusal(
      'rate-limited',
      { ...usedUp, message: `${usedUp.message} ${next.message}` },
      { ...error.details, retryAt },
      problem,
      [keyOf(next)],
    );
  }
  return error;
}

function tryAgainIn(ms: number): OwnerMessage {
  const minutes = Math.max(1, Math.ceil(ms / 60_000));
  if (minutes < 90) return say('connectors.x.dayLimit.tryAgainMinutes', { count: minutes });
  return say('connectors.x.dayLimit.tryAgainHours', { count: Math.round(minutes / 60) });
}
