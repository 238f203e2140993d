// The fakes' request log in a form tests can assert on: the body parsed by its content type
// (JSON as sent, form fields as an object, multipart fields with files summarised) next to the
// method, path, query and headers the kit recorded.
import type { IncomingHttpHeaders } from 'node:http';
import { headerValue, parseContentType, parseJson, type RecordedRequest } from './http-fake-kit';
import { parseMultipart } from './multipart';
import { fieldsOf } from './shape-check';

export interface LoggedCall {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: IncomingHttpHeaders;
  /** undefined for no body; the raw text when the content type is not one the fakes read. */
  body: unknown;
  receivedAt: number;
}

export function parseRequestBody(request: RecordedRequest): unknown {
  if (request.body.length === 0) return undefined;
  const type = parseContentType(headerValue(request.headers, 'content-type'));
  if (type?.mediaType === 'application/json') {
    const parsed = parseJson(request.body);
    return parsed.ok ? parsed.value : request.body.toString('utf8');
  }
  if (type?.mediaType === 'application/x-www-form-urlencoded')
    return fieldsOf(new URLSearchParams(request.body.toString('utf8')));
  if (type?.mediaType === 'multipart/form-data') {
    const parsed = parseMultipart(request.body, type.params.boundary);
    if (!parsed.ok) return request.body.toString('utf8');
    return Object.fromEntries(
      parsed.parts.map((part) => [
        part.name,
        part.filename === undefined
          ? part.data.toString('utf8')
          : { filename: part.filename, contentType: part.contentType, size: part.data.length },
      ]),
    );
  }
  if (type?.mediaType.startsWith('text/')) return request.body.toString('utf8');
  return { size: request.body.length, contentType: type?.mediaType };
}

export function logOf(requests: RecordedRequest[]): LoggedCall[] {
  return requests.map((request) => ({
    method: request.method,
    path: request.path,
    query: fieldsOf(request.query),
    headers: request.headers,
    body: parseRequestBody(request),
    receivedAt: request.receivedAt,
  }));
}
