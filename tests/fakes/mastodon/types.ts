// Shapes shared by the fake Mastodon's modules and the tests that drive it.
import type { FakeReply, RecordedRequest } from '../http-fake-kit';
import type { CheckedRequest } from '../openapi-validator';
import type { StoredAccount } from './store';

export type StatusVisibility = 'public' | 'unlisted' | 'private' | 'direct';

export interface MastodonInstanceLimits {
  maxCharacters: number;
  charactersReservedPerUrl: number;
  maxMediaAttachments: number;
  imageSizeLimit: number;
  videoSizeLimit: number;
  descriptionLimit: number;
  supportedMimeTypes: string[];
}

export interface MastodonFakeConfig {
  instance: MastodonInstanceLimits;
  /** How many GET /api/v1/media/:id polls answer 206 before an upload is ready; 0 answers the upload 200. */
  mediaProcessingPolls: number;
  /** Refuse authorization requests without an S256 code_challenge. */
  requirePkce: boolean;
  /** What the signed-in owner does on the authorization page. */
  authorization: 'approve' | 'deny';
  /** Requests per window for each token (or anonymous caller), as Mastodon's rack-attack counts them. */
  rateLimit: { limit: number; windowSeconds: number };
}

export type MastodonFault =
  | { kind: 'rate-limited'; resetInSeconds?: number }
  | { kind: 'unprocessable'; error?: string }
  | { kind: 'server-error'; status?: 500 | 503 }
  /** Never answer; with afterHandling the request takes effect first (the reply is what gets lost). */
  | { kind: 'hang'; afterHandling?: boolean };

export interface MastodonToken {
  accountId: string;
  scopes: string[];
  applicationName: string | null;
}

export interface RouteContext {
  request: RecordedRequest;
  checked: CheckedRequest;
  /** The signed-in account, when a valid token came with the request. */
  viewer?: StoredAccount;
  token?: MastodonToken;
  /** Where a route notes a request the fake cannot honour faithfully. */
  violations: string[];
}

export type RouteHandler = (context: RouteContext) => FakeReply;

export function mastodonError(status: number, error: string, headers?: Record<string, string>): FakeReply {
  return { status, json: { error }, headers };
}
