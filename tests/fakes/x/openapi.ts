// X API v2's OpenAPI document (tests/reference/x-openapi), with the corrections the fake needs
// to stay strict: the document leaves out some error types X's own reference lists.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OpenApiValidator, type OpenApiDocument } from '../openapi-validator';

export const X_OPENAPI_PATH = resolve(import.meta.dirname, '../../reference/x-openapi/openapi.json');

const PROBLEM_FIELDS = {
  type: 'object',
  required: ['type', 'title', 'detail'],
  properties: { detail: { type: 'string' }, status: { type: 'integer' }, title: { type: 'string' } },
};

/**
 * Problem types X answers with that the document's `Problem` does not list, from
 * https://docs.x.com/x-api/fundamentals/response-codes-and-errors ("Error types": about:blank,
 * client-forbidden, usage-capped). They are added to `Problem`, so every error body the fake
 * sends is still checked against a schema.
 */
function applyXErrata(doc: OpenApiDocument): OpenApiDocument {
  const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
  const withType = (type: string, extra: Record<string, unknown> = {}) => ({
    ...PROBLEM_FIELDS,
    properties: { ...PROBLEM_FIELDS.properties, type: { type: 'string', enum: [type] }, ...extra },
  });
  schemas.GenericProblem = withType('about:blank');
  schemas.ClientForbiddenProblem = withType('https://api.x.com/2/problems/client-forbidden', {
    client_id: { type: 'string' },
    reason: { type: 'string', enum: ['official-client-forbidden', 'client-not-enrolled'] },
    registration_url: { type: 'string', format: 'uri' },
    required_enrollment: { type: 'string' },
  });
  schemas.UsageCappedProblem = withType('https://api.x.com/2/problems/usage-capped', {
    period: { type: 'string', enum: ['Daily', 'Monthly'] },
    scope: { type: 'string', enum: ['Account', 'Product'] },
  });
  const problem = schemas.Problem as { oneOf: { $ref: string }[] };
  for (const name of ['GenericProblem', 'ClientForbiddenProblem', 'UsageCappedProblem'])
    problem.oneOf.push({ $ref: `#/components/schemas/${name}` });
  aliasTweetFields(doc);
  return doc;
}

/**
 * The document names the post-fields query parameter `post.fields`, while X's reference pages
 * (https://docs.x.com/x-api/posts/get-post-by-id, https://docs.x.com/x-api/users/get-posts) and
 * the live API use `tweet.fields`, with the data dictionary's field names (author_id,
 * referenced_tweets, in_reply_to_user_id, edit_history_tweet_ids). Both spellings are accepted.
 */
function aliasTweetFields(doc: OpenApiDocument): void {
  const parameters = doc.components.parameters as Record<string, { schema: { items: { enum: string[] } } }>;
  const postFields = parameters.PostFieldsParameter;
  if (!postFields) return;
  const tweetFields = structuredClone(postFields) as typeof postFields & { name: string };
  tweetFields.name = 'tweet.fields';
  tweetFields.schema.items.enum.push(
    'author_id',
    'referenced_tweets',
    'in_reply_to_user_id',
    'edit_history_tweet_ids',
  );
  parameters.TweetFieldsParameter = tweetFields;
  for (const operations of Object.values(doc.paths)) {
    for (const operation of Object.values(operations)) {
      const list = operation.parameters ?? [];
      if (list.some((p) => '$ref' in p && p.$ref === '#/components/parameters/PostFieldsParameter'))
        list.push({ $ref: '#/components/parameters/TweetFieldsParameter' });
    }
  }
}

interface RawDocument {
  paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
  components: { securitySchemes: { OAuth2UserToken: { flows: { authorizationCode: { scopes: object } } } } };
}

let raw: RawDocument | undefined;
let shared: OpenApiValidator | undefined;

const document = (): RawDocument => (raw ??= JSON.parse(readFileSync(X_OPENAPI_PATH, 'utf8')) as RawDocument);

/** One validator per test process: compiling the document once is enough. */
export function xValidator(): OpenApiValidator {
  shared ??= new OpenApiValidator(
    applyXErrata(structuredClone(document()) as unknown as OpenApiDocument),
    'X API',
  );
  return shared;
}

/** The OAuth 2.0 scopes an operation needs, from its `security` entry in the document. */
export function requiredScopes(template: string, method: string): string[] {
  const security = document().paths[template]?.[method.toLowerCase()]?.security ?? [];
  return security.find((entry) => entry.OAuth2UserToken)?.OAuth2UserToken ?? [];
}

/** Every scope the document's OAuth2UserToken scheme defines. */
export function knownScopes(): string[] {
  return Object.keys(document().components.securitySchemes.OAuth2UserToken.flows.authorizationCode.scopes);
}
