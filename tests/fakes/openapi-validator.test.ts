import { describe, expect, test } from 'vitest';
import { mastodonValidator, type OpenApiRequest } from './openapi-validator';

const validator = mastodonValidator();

function request(
  method: string,
  path: string,
  init: Partial<OpenApiRequest> & { json?: unknown } = {},
): OpenApiRequest {
  const body =
    init.json === undefined ? (init.body ?? Buffer.alloc(0)) : Buffer.from(JSON.stringify(init.json));
  const headers =
    init.json === undefined ? (init.headers ?? {}) : { 'content-type': 'application/json', ...init.headers };
  return { method, path, query: init.query ?? new URLSearchParams(), headers, body };
}

async function multipart(
  fields: Record<string, string | Blob>,
): Promise<Pick<OpenApiRequest, 'body' | 'headers'>> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) form.append(name, value, 'photo.png');
    else form.append(name, value);
  }
  const encoded = new Request('http://127.0.0.1/', { method: 'POST', body: form });
  return {
    body: Buffer.from(await encoded.arrayBuffer()),
    headers: { 'content-type': encoded.headers.get('content-type') ?? '' },
  };
}

describe('Mastodon OpenAPI validator: requests', () => {
  test('accepts a valid status, with and without media, and an Idempotency-Key header', () => {
    const headers = { 'idempotency-key': 'post-1' };
    const text = validator.checkRequest(
      request('POST', '/api/v1/statuses', { headers, json: { status: 'Hello', visibility: 'public' } }),
    );
    expect(text.violations).toEqual([]);
    expect(text.template).toBe('/api/v1/statuses');
    const withMedia = validator.checkRequest(
      request('POST', '/api/v1/statuses', { json: { status: 'Caption', media_ids: ['1'] } }),
    );
    expect(withMedia.violations).toEqual([]);
  });

  test('rejects a wrong type, an unknown enum value and a missing body', () => {
    const wrongType = validator.checkRequest(request('POST', '/api/v1/statuses', { json: { status: 5 } }));
    expect(wrongType.violations.join('\n')).toContain('request body at /status must be string');
    const badVisibility = validator.checkRequest(
      request('POST', '/api/v1/statuses', { json: { status: 'hi', visibility: 'everyone' } }),
    );
    expect(badVisibility.violations.join('\n')).toContain('must be equal to one of the allowed values');
    expect(validator.checkRequest(request('POST', '/api/v1/statuses')).violations).toEqual([
      'POST /api/v1/statuses: request body is required',
    ]);
  });

  test('rejects an unknown path or method, and a body in the wrong content type', () => {
    expect(validator.checkRequest(request('GET', '/api/v1/timelines/nowhere')).violations).toEqual([
      'GET /api/v1/timelines/nowhere: no such operation in the Mastodon API',
    ]);
    expect(validator.checkRequest(request('PATCH', '/api/v1/statuses')).violations).toHaveLength(1);
    const form = validator.checkRequest(
      request('POST', '/api/v1/statuses', {
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: Buffer.from('status=hi'),
      }),
    );
    expect(form.violations).toEqual([
      'POST /api/v1/statuses: content type application/x-www-form-urlencoded is not one of application/json',
    ]);
  });

  test('rejects missing required query and body parameters', () => {
    const authorize = validator.checkRequest(
      request('GET', '/oauth/authorize', { query: new URLSearchParams('response_type=code&redirect_uri=x') }),
    );
    expect(authorize.violations).toEqual([
      'GET /oauth/authorize: missing required query parameter client_id',
    ]);
    const app = validator.checkRequest(request('POST', '/api/v1/apps', { json: { client_name: 'Cadence' } }));
    expect(app.violations.join('\n')).toContain("must have required property 'redirect_uris'");
  });

  test('reads array query parameters in both spellings and types scalars', () => {
    const ok = validator.checkRequest(
      request('GET', '/api/v1/notifications', {
        query: new URLSearchParams('types[]=mention&types[]=reblog&limit=5'),
      }),
    );
    expect(ok.violations).toEqual([]);
    expect(ok.query).toEqual({ types: ['mention', 'reblog'], limit: 5 });
    const bad = validator.checkRequest(
      request('GET', '/api/v1/notifications', {
        query: new URLSearchParams('types=mentions&limit=many&tyeps[]=x'),
      }),
    );
    expect(bad.violations).toEqual([
      'GET /api/v1/notifications: query parameter limit must be integer',
      'GET /api/v1/notifications: query parameter types at /0 must be equal to one of the allowed values',
      'GET /api/v1/notifications: query parameter tyeps[] is not part of this operation',
    ]);
  });

  test('matches literal path segments before templated ones and reads path parameters', () => {
    expect(validator.match('GET', '/api/v1/accounts/verify_credentials')?.template).toBe(
      '/api/v1/accounts/verify_credentials',
    );
    expect(validator.match('GET', '/api/v1/statuses/123/context')).toEqual({
      template: '/api/v1/statuses/{id}/context',
      pathParams: { id: '123' },
    });
  });

  test('checks multipart uploads: the file must be a file part', async () => {
    const png = new Blob([Buffer.from('89504e47', 'hex')], { type: 'image/png' });
    const upload = validator.checkRequest(
      request('POST', '/api/v2/media', await multipart({ file: png, description: 'A cat' })),
    );
    expect(upload.violations).toEqual([]);
    expect(upload.files.file?.filename).toBe('photo.png');
    const textInstead = validator.checkRequest(
      request('POST', '/api/v2/media', await multipart({ file: 'not a file' })),
    );
    expect(textInstead.violations.join('\n')).toContain('must match format "binary"');
    const missing = validator.checkRequest(
      request('POST', '/api/v2/media', await multipart({ description: 'x' })),
    );
    expect(missing.violations.join('\n')).toContain("must have required property 'file'");
    const broken = validator.checkRequest(
      request('POST', '/api/v2/media', {
        headers: { 'content-type': 'multipart/form-data; boundary=abc' },
        body: Buffer.from('--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nunterminated'),
      }),
    );
    expect(broken.violations).toEqual([
      'POST /api/v2/media: multipart body is not closed with its final boundary',
    ]);
  });
});

describe('Mastodon OpenAPI validator: responses', () => {
  test('requires a documented status and a body matching its schema', () => {
    const headers = { 'content-type': 'application/json' };
    expect(
      validator.checkResponse('GET', '/api/v1/statuses/1', 404, headers, { error: 'Record not found' }),
    ).toEqual([]);
    expect(
      validator.checkResponse('GET', '/api/v1/statuses/1', 200, headers, { id: '1' }).join('\n'),
    ).toContain("must have required property 'account'");
    expect(validator.checkResponse('POST', '/api/v1/statuses', 500, headers, { error: 'x' })).toEqual([
      'POST /api/v1/statuses -> 500: status 500 is not a documented response',
    ]);
    expect(
      validator.checkResponse(
        'POST',
        '/api/v1/statuses',
        500,
        headers,
        { message: 'x' },
        { undocumentedStatus: true },
      ),
    ).toHaveLength(1);
  });

  test('checks documented headers such as X-RateLimit-Reset', () => {
    const headers = {
      'content-type': 'application/json',
      'x-ratelimit-reset': 'in a minute',
      'x-ratelimit-limit': '300',
    };
    expect(validator.checkResponse('GET', '/api/v1/notifications', 200, headers, [])).toEqual([
      'GET /api/v1/notifications -> 200: header X-RateLimit-Reset must match format "date-time"',
    ]);
  });
});
