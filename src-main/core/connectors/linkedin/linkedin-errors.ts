// LinkedIn's refusals in plain words with the owner's next step. LinkedIn answers errors as
// {status, serviceErrorCode, code, message} (learn.microsoft.com/linkedin/shared/api-guide/
// concepts/error-handling): 401 an ended or withdrawn sign-in, 403 a permission the token
// lacks, 422 content LinkedIn will not take, 429 a daily limit, and 426 NONEXISTENT_VERSION
// when the LinkedIn-Version Cadence sends has been retired (learn.microsoft.com/linkedin/
// marketing/versioning). An answer Cadence has no words for shows LinkedIn's own message.
import { z } from 'zod';
import { ConnectorError, type FailureKind } from '../connector-error';
import type { HttpAnswer } from '../http/http-network';
import { LINKEDIN_API_VERSION } from './linkedin-version';

export const RECONNECT = 'Reconnect LinkedIn in Settings.';

/** What Cadence was doing, so a refusal can name what was refused. */
export type During = 'sign-in' | 'publish' | 'upload' | 'read' | 'verify';

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
    message: string,
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

export const VERSION_RETIRED = `LinkedIn retired the API version Cadence uses (${LINKEDIN_API_VERSION}). Update Cadence.`;

const WHAT: Record<During, string> = {
  'sign-in': 'reading your LinkedIn account',
  publish: 'the post',
  upload: 'the photo upload',
  read: 'reading your LinkedIn account',
  verify: 'reading your recent posts',
};

/** A non-2xx answer (other than 429 and 5xx, which the HTTP layer sorts) in plain words. */
export function refusalFor(answer: HttpAnswer, during: During, needs?: Needs): LinkedInRefusal {
  const body = ErrorBody.safeParse(answer.json);
  const code = body.success ? body.data.code : undefined;
  const said = linkedInSaid(answer.json);
  const details = { httpStatus: answer.status, serverAnswer: said ?? `HTTP ${answer.status}` };
  const quoted = said ? ` (“${said}”)` : ` (HTTP ${answer.status})`;
  const refusal = (kind: FailureKind, message: string) => new LinkedInRefusal(kind, message, details, code);
  if (answer.status === 426 || code === 'NONEXISTENT_VERSION') return refusal('config', VERSION_RETIRED);
  if (code === 'VERSION_MISSING' || code === 'INVALID_VERSION') {
    return refusal('config', `LinkedIn refused the API version Cadence sent${quoted}. Update Cadence.`);
  }
  if (answer.status === 401) {
    if (code === 'REVOKED_ACCESS_TOKEN') {
      return refusal('auth', `Cadence's access to LinkedIn was withdrawn${quoted}. ${RECONNECT}`);
    }
    if (code === 'EXPIRED_ACCESS_TOKEN') {
      return refusal('auth', `LinkedIn's 60-day sign-in for Cadence has ended${quoted}. ${RECONNECT}`);
    }
    return refusal('auth', `LinkedIn no longer accepts Cadence's sign-in${quoted}. ${RECONNECT}`);
  }
  if (answer.status === 403) {
    const scope = needs ? `the ${needs.scope} permission` : 'a permission it needs';
    const fix = needs
      ? `In your LinkedIn app, add the “${needs.product}” product${needs.scope.includes('organization') ? ' (and check that you are an administrator of the Page)' : ''}, then reconnect LinkedIn in Settings.`
      : RECONNECT;
    return refusal(
      'permission',
      `LinkedIn refused ${WHAT[during]}: Cadence's sign-in lacks ${scope}${quoted}. ${fix}`,
    );
  }
  if (answer.status === 422 || during === 'publish') {
    return refusal(
      'rejected',
      `LinkedIn refused the post${quoted}. Edit the post to fix that, then publish again.`,
    );
  }
  if (during === 'upload')
    return refusal('rejected', `LinkedIn refused a photo${quoted}. Change it, then publish again.`);
  return refusal('rejected', `LinkedIn refused the request${quoted}.`);
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
  const hours = Math.max(1, Math.round((retryAt - now) / 3_600_000));
  return new ConnectorError(
    'rate-limited',
    `LinkedIn's daily limit for your app is used up${said ? ` (“${said}”)` : ''}; Cadence will try again after midnight UTC, in about ${hours} hour${hours === 1 ? '' : 's'}.`,
    { ...error.details, retryAt },
  );
}
