// Checks requests and responses against the Mastodon OpenAPI description kept in
// tests/reference, so the fake Mastodon accepts only what the real API documents.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { IncomingHttpHeaders } from 'node:http';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { headerValue, parseContentType, parseJson } from './http-fake-kit';
import { parseMultipart, type MultipartPart } from './multipart';
import { applyMastodonErrata, FILE_MARKER, coerceParameter, formToObject } from './openapi-support';

export const MASTODON_SCHEMA_PATH = resolve(import.meta.dirname, '../reference/mastodon-openapi/schema.json');

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Record<string, unknown>;
  /** OpenAPI's `style: form, explode: false`: an array sent as one comma-separated value. */
  explode?: boolean;
}
interface Operation {
  parameters?: (Parameter | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: Record<string, unknown> }> };
  responses: Record<
    string,
    { content?: Record<string, { schema?: unknown }>; headers?: Record<string, unknown> }
  >;
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: Record<string, Record<string, unknown>>;
}

export interface OpenApiRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface CheckedRequest {
  violations: string[];
  /** The matched path template, e.g. /api/v1/statuses/{id}; absent when no operation matches. */
  template?: string;
  pathParams: Record<string, string>;
  query: Record<string, unknown>;
  /** The parsed body: JSON as sent, or form fields with file parts replaced by markers. */
  body: unknown;
  files: Record<string, MultipartPart>;
}

export class OpenApiValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly templates: { template: string; pattern: RegExp; names: string[]; literals: number }[];

  /** `apiName` names the API in violations, e.g. "no such operation in the X API". */
  constructor(
    private readonly doc: OpenApiDocument,
    private readonly apiName = 'Mastodon API',
  ) {
    addFormats(this.ajv);
    this.ajv.addFormat('binary', (value: string) => value.startsWith(FILE_MARKER));
    this.ajv.addFormat('iso-639-1', /^[a-z]{2}$/);
    this.ajv.addFormat('scopes', /^[a-z:_]+( [a-z:_]+)*$/);
    this.ajv.addSchema(doc, 'openapi');
    this.templates = Object.keys(doc.paths).map((template) => {
      const names: string[] = [];
      const source = template
        .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
        .replace(/\{([^}]+)\}/g, (_m, name: string) => {
          names.push(name);
          return '([^/]+)';
        });
      return {
        template,
        pattern: new RegExp(`^${source}$`),
        names,
        literals: template.split('/').length - names.length,
      };
    });
    // A literal segment beats a parameter: /accounts/verify_credentials is not /accounts/{id}.
    this.templates.sort((a, b) => b.literals - a.literals);
  }

  match(method: string, path: string): { template: string; pathParams: Record<string, string> } | undefined {
    for (const { template, pattern, names } of this.templates) {
      const found = pattern.exec(path);
      if (!found || !this.doc.paths[template]?.[method.toLowerCase()]) continue;
      const pathParams = Object.fromEntries(
        names.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]),
      );
      return { template, pathParams };
    }
    return undefined;
  }

  checkRequest(request: OpenApiRequest): CheckedRequest {
    const where = `${request.method} ${request.path}`;
    const result: CheckedRequest = { violations: [], pathParams: {}, query: {}, body: undefined, files: {} };
    const matched = this.match(request.method, request.path);
    if (!matched) {
      result.violations.push(`${where}: no such operation in the ${this.apiName}`);
      return result;
    }
    Object.assign(result, matched);
    const method = request.method.toLowerCase();
    const operation = this.operation(matched.template, method);
    const pointer = `/paths/${escapePointer(matched.template)}/${method}`;
    const fail = (message: string) => result.violations.push(`${where}: ${message}`);
    const declared = new Set<string>();
    (operation.parameters ?? []).forEach((declaredParameter, index) => {
      // A parameter may be shared through #/components/parameters; its schema lives there.
      const ref = '$ref' in declaredParameter ? declaredParameter.$ref : undefined;
      const parameter = (ref ? this.resolveSchema(declaredParameter) : declaredParameter) as Parameter;
      const schemaRef = ref ? `${ref.slice(1)}/schema` : `${pointer}/parameters/${index}/schema`;
      const schema = this.resolveSchema(parameter.schema);
      let raw: string[];
      if (parameter.in === 'query') {
        declared.add(parameter.name).add(`${parameter.name}[]`);
        raw = [...request.query.getAll(parameter.name), ...request.query.getAll(`${parameter.name}[]`)];
        if (parameter.explode === false && schema?.type === 'array') raw = raw.flatMap((v) => v.split(','));
      } else if (parameter.in === 'path') {
        raw = [matched.pathParams[parameter.name] ?? ''];
      } else if (parameter.in === 'header') {
        const value = headerValue(request.headers, parameter.name);
        raw = value === undefined ? [] : [value];
      } else return;
      if (raw.length === 0) {
        if (parameter.required) fail(`missing required ${parameter.in} parameter ${parameter.name}`);
        return;
      }
      const coerced = coerceParameter(schema, raw);
      if (!coerced.ok) return fail(`${parameter.in} parameter ${parameter.name}: ${coerced.error}`);
      this.validate(schemaRef, coerced.value, `${parameter.in} parameter ${parameter.name}`, fail);
      if (parameter.in === 'query') result.query[parameter.name] = coerced.value;
    });
    for (const name of new Set(request.query.keys())) {
      if (!declared.has(name)) fail(`query parameter ${name} is not part of this operation`);
    }
    this.checkBody(request, operation, pointer, result, fail);
    return result;
  }

  private checkBody(
    request: OpenApiRequest,
    operation: Operation,
    pointer: string,
    result: CheckedRequest,
    fail: (message: string) => void,
  ): void {
    const spec = operation.requestBody;
    if (request.body.length === 0) {
      if (spec?.required) fail('request body is required');
      return;
    }
    if (!spec) return fail('this operation takes no request body');
    const contentType = parseContentType(headerValue(request.headers, 'content-type'));
    const media = contentType && spec.content[contentType.mediaType];
    if (!contentType || !media) {
      return fail(
        `content type ${contentType?.mediaType ?? '(none)'} is not one of ${Object.keys(spec.content).join(', ')}`,
      );
    }
    const schemaRef = `${pointer}/requestBody/content/${escapePointer(contentType.mediaType)}/schema`;
    if (contentType.mediaType === 'application/json') {
      const parsed = parseJson(request.body);
      if (!parsed.ok) return fail(parsed.error);
      result.body = parsed.value;
    } else if (contentType.mediaType === 'multipart/form-data') {
      const parsed = parseMultipart(request.body, contentType.params.boundary);
      if (!parsed.ok) return fail(parsed.error);
      const fields: [string, string][] = [];
      for (const part of parsed.parts) {
        if (part.filename === undefined) fields.push([part.name, part.data.toString('utf8')]);
        else {
          result.files[part.name] = part;
          fields.push([part.name, `${FILE_MARKER}${part.filename}`]);
        }
      }
      result.body = formToObject(fields, this.resolveSchema(media.schema), fail);
    } else if (contentType.mediaType === 'application/x-www-form-urlencoded') {
      const fields = [...new URLSearchParams(request.body.toString('utf8'))];
      result.body = formToObject(fields, this.resolveSchema(media.schema), fail);
    } else return fail(`content type ${contentType.mediaType} cannot be checked`);
    this.validate(schemaRef, result.body, 'request body', fail);
  }

  /** Problems with a response: an undeclared status, a wrong content type, a body or header off-schema. */
  checkResponse(
    method: string,
    path: string,
    status: number,
    headers: Record<string, string>,
    body: unknown,
    options: { undocumentedStatus?: boolean } = {},
  ): string[] {
    const where = `${method} ${path} -> ${status}`;
    const violations: string[] = [];
    const fail = (message: string) => violations.push(`${where}: ${message}`);
    const matched = this.match(method, path);
    if (!matched) return [`${where}: no such operation in the ${this.apiName}`];
    const operation = this.operation(matched.template, method.toLowerCase());
    const key = operation.responses[String(status)] ? String(status) : 'default';
    const response = operation.responses[key];
    if (!response) {
      // Real servers answer some statuses the description omits (a 500, a scope 403); those must still carry Mastodon's error body.
      if (!options.undocumentedStatus) return [`${where}: status ${status} is not a documented response`];
      this.validate('/components/schemas/Error', body, 'response body', fail);
      return violations;
    }
    const pointer = `/paths/${escapePointer(matched.template)}/${method.toLowerCase()}/responses/${key}`;
    for (const name of Object.keys(response.headers ?? {})) {
      const value = Object.entries(headers).find(
        ([header]) => header.toLowerCase() === name.toLowerCase(),
      )?.[1];
      if (value === undefined) continue;
      const schema = this.resolveSchema(this.resolveSchema(response.headers?.[name])?.schema as object);
      const coerced = coerceParameter(schema, [value]);
      if (!coerced.ok) fail(`header ${name}: ${coerced.error}`);
      else this.validateSchema(schema ?? {}, coerced.value, `header ${name}`, fail);
    }
    if (!response.content) return violations;
    const contentType = parseContentType(headers['content-type'])?.mediaType;
    if (!contentType || !response.content[contentType]) {
      fail(
        `content type ${contentType ?? '(none)'} is not one of ${Object.keys(response.content).join(', ')}`,
      );
      return violations;
    }
    this.validate(`${pointer}/content/${escapePointer(contentType)}/schema`, body, 'response body', fail);
    return violations;
  }

  /** The component a response's JSON schema refers to, e.g. "Error" or "ValidationError". */
  responseComponent(template: string, method: string, status: number): string | undefined {
    const schema = this.doc.paths[template]?.[method.toLowerCase()]?.responses[String(status)]?.content?.[
      'application/json'
    ]?.schema as { $ref?: string } | undefined;
    return schema?.$ref?.split('/').pop();
  }

  /** A schema from components/schemas, e.g. the OAuthScope enum. */
  component(name: string): Record<string, unknown> | undefined {
    return this.doc.components.schemas?.[name] as Record<string, unknown> | undefined;
  }

  private operation(template: string, method: string): Operation {
    const operation = this.doc.paths[template]?.[method];
    if (!operation) throw new Error(`no operation ${method} ${template}`);
    return operation;
  }

  private validate(pointer: string, value: unknown, label: string, fail: (message: string) => void): void {
    let check = this.compiled.get(pointer);
    if (!check) {
      check = this.ajv.compile({ $ref: `openapi#${pointer}` });
      this.compiled.set(pointer, check);
    }
    if (!check(value)) for (const error of check.errors ?? []) fail(describeError(label, error));
  }

  private validateSchema(
    schema: object,
    value: unknown,
    label: string,
    fail: (message: string) => void,
  ): void {
    const check = this.ajv.compile(schema);
    if (!check(value)) for (const error of check.errors ?? []) fail(describeError(label, error));
  }

  /** Follows a local $ref ("#/components/...") one level, for reading parameter and form shapes. */
  private resolveSchema(schema: unknown): Record<string, unknown> | undefined {
    const ref = (schema as { $ref?: string } | undefined)?.$ref;
    if (!ref) return schema as Record<string, unknown> | undefined;
    let node: unknown = this.doc;
    for (const key of ref.replace(/^#\//, '').split('/'))
      node = (node as Record<string, unknown>)[unescapePointer(key)];
    return this.resolveSchema(node);
  }
}

function describeError(label: string, error: ErrorObject): string {
  return `${label}${error.instancePath ? ` at ${error.instancePath}` : ''} ${error.message ?? 'is invalid'}`;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

let shared: OpenApiValidator | undefined;

/** One validator per test process: compiling the 1.4 MB description once is enough. */
export function mastodonValidator(): OpenApiValidator {
  if (!shared) {
    const doc = JSON.parse(readFileSync(MASTODON_SCHEMA_PATH, 'utf8')) as OpenApiDocument;
    shared = new OpenApiValidator(applyMastodonErrata(doc));
  }
  return shared;
}
