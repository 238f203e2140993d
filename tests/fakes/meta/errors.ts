// Graph API errors as Meta sends them: {error: {message, type, code, error_subcode,
// fbtrace_id}} (https://developers.facebook.com/docs/graph-api/guides/error-handling), and the
// usage headers of rate limiting (https://developers.facebook.com/docs/graph-api/overview/rate-limiting).
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { FakeReply } from '../http-fake-kit';

export const GraphErrorBody = z.strictObject({
  error: z.strictObject({
    message: z.string(),
    type: z.enum(['OAuthException', 'GraphMethodException', 'IGApiException', 'FacebookApiException']),
    code: z.number().int(),
    error_subcode: z.number().int().optional(),
    is_transient: z.boolean().optional(),
    error_user_title: z.string().optional(),
    error_user_msg: z.string().optional(),
    fbtrace_id: z.string(),
  }),
});

/**
 * What a successful write answers: the new object's id (a Page post's is "{page-id}_{n}"), with
 * post_id for a published photo (developers.facebook.com/docs/graph-api/reference/page/photos#response),
 * or {success: true} for a delete (developers.facebook.com/docs/graph-api/reference/photo#deleting).
 */
export const WriteAnswer = z.union([
  z.strictObject({
    id: z.string().regex(/^\d+(_\d+)?$/),
    post_id: z
      .string()
      .regex(/^\d+_\d+$/)
      .optional(),
  }),
  z.strictObject({ success: z.literal(true) }),
]);

export type GraphError = Omit<z.infer<typeof GraphErrorBody>['error'], 'fbtrace_id'>;

export function graphError(error: GraphError, status = 400, headers?: Record<string, string>): FakeReply {
  return { status, headers, json: { error: { ...error, fbtrace_id: randomBytes(9).toString('base64url') } } };
}

export const ERRORS = {
  /** Code 190, subcode 463: the token's lifetime has passed. */
  expiredToken: (): GraphError => ({
    message: 'Error validating access token: Session has expired.',
    type: 'OAuthException',
    code: 190,
    error_subcode: 463,
  }),
  invalidToken: (): GraphError => ({
    message: 'Invalid OAuth access token - Cannot parse access token',
    type: 'OAuthException',
    code: 190,
  }),
  /** Code 368: blocked for policy reasons ("deemed abusive or otherwise disallowed"). */
  policyBlock: (): GraphError => ({
    message: 'The action attempted has been deemed abusive or is otherwise disallowed',
    type: 'OAuthException',
    code: 368,
    error_subcode: 1390008,
    error_user_title: "You Can't Use This Feature Right Now",
    error_user_msg: 'We limit how often you can post, comment or do other things in a given amount of time.',
  }),
  rateLimited: (code: 4 | 17 | 32 | 613): GraphError => ({
    message: {
      4: '(#4) Application request limit reached',
      17: '(#17) User request limit reached',
      32: '(#32) Page request limit reached',
      613: '(#613) Calls to this api have exceeded the rate limit.',
    }[code],
    type: 'OAuthException',
    code,
    is_transient: true,
  }),
  /** Code 100, subcode 33: no such object, or not visible to this token. */
  missingObject: (id: string): GraphError => ({
    message: `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation. Please read the Graph API documentation at https://developers.facebook.com/docs/graph-api`,
    type: 'GraphMethodException',
    code: 100,
    error_subcode: 33,
  }),
  invalidParameter: (detail: string): GraphError => ({
    message: `(#100) ${detail}`,
    type: 'OAuthException',
    code: 100,
  }),
  permission: (permission: string): GraphError => ({
    message: `(#200) Requires ${permission} permission to manage the object`,
    type: 'OAuthException',
    code: 200,
  }),
  /** Instagram, code 9007 subcode 2207027: media_publish before the container is FINISHED. */
  mediaNotReady: (): GraphError => ({
    message: 'Media ID is not available',
    type: 'OAuthException',
    code: 9007,
    error_subcode: 2207027,
    is_transient: false,
    error_user_title: 'Media not ready for publishing',
    error_user_msg: 'The media is not ready for publishing, please wait for a moment',
  }),
  /** Instagram, code 9004 subcode 2207052: the server could not download image_url. */
  mediaDownloadFailed: (url: string): GraphError => ({
    message: 'Only photo or video can be accepted as media type.',
    type: 'OAuthException',
    code: 9004,
    error_subcode: 2207052,
    is_transient: false,
    error_user_title: 'Media download has failed.',
    error_user_msg: `The media could not be fetched from this uri: ${url}`,
  }),
  /** Instagram, code 4 subcode 2207042: more API posts in 24 hours than content_publishing_limit allows. */
  publishingLimit: (): GraphError => ({
    message: 'Application request limit reached',
    type: 'OAuthException',
    code: 4,
    error_subcode: 2207042,
    is_transient: false,
    error_user_title: 'Max requests limit reached',
    error_user_msg:
      'You reached maximum number of posts that is allowed to be published by Content Publishing API.',
  }),
  serverError: (): GraphError => ({
    message: 'An unexpected error has occurred. Please retry your request later.',
    type: 'OAuthException',
    code: 2,
    is_transient: true,
  }),
};

/** X-App-Usage: percentages of the app's hourly call count, CPU time and total time. */
export function appUsageHeader(percent: number): Record<string, string> {
  const value = JSON.stringify({ call_count: percent, total_cputime: percent, total_time: percent });
  return { 'x-app-usage': value };
}

/** X-Business-Use-Case-Usage for a Page or Instagram account, keyed by its id. */
export function businessUseCaseHeader(
  id: string,
  type: 'pages' | 'instagram',
  percent: number,
  regainInMinutes: number,
): Record<string, string> {
  const value = JSON.stringify({
    [id]: [
      {
        type,
        call_count: percent,
        total_cputime: percent,
        total_time: percent,
        estimated_time_to_regain_access: regainInMinutes,
      },
    ],
  });
  return { 'x-business-use-case-usage': value };
}
