// LinkedIn's refusals in the owner's words with the owner's next step. LinkedIn answers errors as
// {status, serviceErrorCode, code, message} (learn.microsoft.com/linkedin/shared/api-guide/
// concepts/error-handling): 401 an ended or withdrawn sign-in, 403 a permission the token
// lacks, 422 content LinkedIn will not take, 429 a daily limit, and 426 NONEXISTENT_VERSION
// when the LinkedIn-Version Cadence sends has been retired (learn.microsoft.com/linkedin/
// marketing/versioning). An answer Cadence has no words for shows LinkedIn's own message.
import { z } from 'zod';
import { REFUSED_DURING, refusalWords, type During } from '../refusal-words';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';
import { say, type CoreMessageKey, type OwnerMessage } from '../../../shared/messages/owner-message';
import { LINKEDIN_API_VERSION } from './linkedin-version';

export type { During } from '../refusal-words';

/** The permission a call needs, and the product of the LinkedIn app that grants it. */
export interface Needs {
  scope: string;
  product: string;
}

const ErrorBody = z.object({
  status: z.number().optional(),
  serviceErrorCode: z.number().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});

/** LinkedIn's own words from an error answer. */
export function linkedInSaid(json: unknown): string | undefined {
  const parsed = ErrorBody.safeParse(json);
  return parsed.success ? parsed.data.message : undefined;
}

/** A refusal from LinkedIn, with the code it gave (EXPIRED_ACCESS_TOKEN, ACCESS_DENIED…). */
export class LinkedInRefusal extends ConnectorError {
  constructor(
    kind: FailureKind,
    message: OwnerMessage,
    details: ConnectorError['details'],
    readonly code: string | undefined,
  ) {
    super(kind, message, details);
  }

  /** The access token's 60 days are over; a refresh token may renew it. */
  get tokenExpired(): boolean {
    return this.details.httpStatus === 401 && this.code === 'EXPIRED_ACCESS_TOKEN';
  }

  get forbidden(): boolean {
    return this.details.httpStatus === 403;
  }
}

/** A 403: the permission the call needs and the product that grants it, when Cadence knows them. */
function lacking(during: During, said: string | undefined, status: number, needs?: Needs): OwnerMessage {
  const what = REFUSED_DURING[during];
  if (!needs)
    return refusalWords(
      said,
      status,
      `connectors.linkedin.lacks.${what}.any`,
      `connectors.linkedin.lacks.${what}.anySaying`,
    );
  const params = { scope: needs.scope, product: needs.product };
  return needs.scope.includes('organization')
    ? refusalWords(
        said,
        status,
        `connectors.linkedin.lacks.${what}.pageScope`,
        `connectors.linkedin.lacks.${what}.pageScopeSaying`,
        params,
      )
    : refusalWords(
        said,
        status,
        `connectors.linkedin.lacks.${what}.scope`,
        `connectors.linkedin.lacks.${what}.scopeSaying`,
        params,
      );
}

/** A non-2xx answer (other than 429 and 5xx, which the HTTP layer sorts) in plain words. */
export function refusalFor(answer: HttpAnswer, during: During, needs?: Needs): LinkedInRefusal {
  const body = ErrorBody.safeParse(answer.json);
  const code = body.success ? body.data.code : undefined;
  const said = linkedInSaid(answer.json);
  const status = answer.status;
  const details = { httpStatus: status, serverAnswer: said ?? `HTTP ${status}` };
  const refusal = (kind: FailureKind, message: OwnerMessage) =>
    new LinkedInRefusal(kind, message, details, code);
  const words = (plain: CoreMessageKey, saying: CoreMessageKey) => refusalWords(said, status, plain, saying);
  if (status === 426 || code === 'NONEXISTENT_VERSION') {
    return refusal('config', say('connectors.linkedin.versionRetired', { version: LINKEDIN_API_VERSION }));
  }
  if (code === 'VERSION_MISSING' || code === 'INVALID_VERSION') {
    return refusal(
      'config',
      words('connectors.linkedin.versionRefused', 'connectors.linkedin.versionRefusedSaying'),
    );
  }
  if (status === 401) {
    if (code === 'REVOKED_ACCESS_TOKEN') {
      return refusal(
        'auth',
        words('connectors.linkedin.accessWithdrawn', 'connectors.linkedin.accessWithdrawnSaying'),
      );
    }
    if (code === 'EXPIRED_ACCESS_TOKEN') {
      return refusal(
        'auth',
        words('connectors.linkedin.signInEnded', 'connectors.linkedin.signInEndedSaying'),
      );
    }
    return refusal(
      'auth',
      words('connectors.linkedin.signInRejected', 'connectors.linkedin.signInRejectedSaying'),
    );
  }
  if (status === 403) return refusal('permission', lacking(during, said, status, needs));
  if (status === 422 || during === 'publish') {
    return refusal(
      'rejected',
      words('connectors.linkedin.postRefused', 'connectors.linkedin.postRefusedSaying'),
    );
  }
  if (during === 'upload') {
    return refusal(
      'rejected',
      words('connectors.linkedin.photoRefused', 'connectors.linkedin.photoRefusedSaying'),
    );
  }
  return refusal(
    'rejected',
    words('connectors.linkedin.requestRefused', 'connectors.linkedin.requestRefusedSaying'),
  );
}

/**
 * A 429 the HTTP layer already sorted, made plainer: LinkedIn's limits are per day and reset at
 * midnight UTC (learn.microsoft.com/linkedin/shared/api-guide/concepts/rate-limits), and it
 * sends no Retry-After, so Cadence waits for that midnight.
 */
export function troubleFor(error: ConnectorError, answer: HttpAnswer, now: number): ConnectorError {
  if (answer.status !== 429 || error.details.retryAt !== undefined) return error;
  const midnight = new Date(now);
  midnight.setUTCHours(24, 0, 0, 0);
  const retryAt = midnight.getTime();
  const said = linkedInSaid(answer.json);
  const count = Math.max(1, Math.round((retryAt - now) / 3_600_000));
  return new ConnectorError(
    'rate-limited',
    said
      ? say('connectors.linkedin.dailyLimitSaying', { said, count })
      : say('connectors.linkedin.dailyLimit', { count }),
    { ...error.details, retryAt },
  );
}
