// Reads a Graph request's params the way the Graph API does: from the query string and from
// the body (form-encoded, multipart or JSON) alike, with PHP-style indexed names such as
// attached_media[0] folded into one JSON list. Then checks them against the node spec.
import {
  headerValue,
  parseContentType,
  parseJson,
  type FakeReply,
  type RecordedRequest,
} from '../http-fake-kit';
import { parseMultipart, type MultipartPart } from '../multipart';
import type { MetaToken } from './oauth';
import { ERRORS, graphError } from './errors';
import { checkParams, type GraphNode } from './graph-spec';
import type { GraphObject } from './world';

export interface GraphContext {
  request: RecordedRequest;
  raw: Record<string, string>;
  files: Record<string, MultipartPart>;
  token: MetaToken;
  tokenString: string;
  object: GraphObject;
  violations: string[];
}

export type GraphRoute = (context: GraphContext) => FakeReply | Promise<FakeReply>;

export function readParams(
  request: RecordedRequest,
):
  | { ok: true; raw: Record<string, string>; files: Record<string, MultipartPart> }
  | { ok: false; error: string } {
  const pairs: [string, string][] = [...request.query];
  const files: Record<string, MultipartPart> = {};
  if (request.body.length > 0) {
    const contentType = parseContentType(headerValue(request.headers, 'content-type'));
    if (contentType?.mediaType === 'application/x-www-form-urlencoded') {
      pairs.push(...new URLSearchParams(request.body.toString('utf8')));
    } else if (contentType?.mediaType === 'multipart/form-data') {
      const parsed = parseMultipart(request.body, contentType.params.boundary);
      if (!parsed.ok) return { ok: false, error: parsed.error };
      for (const part of parsed.parts) {
        if (part.filename === undefined) pairs.push([part.name, part.data.toString('utf8')]);
        else files[part.name] = part;
      }
    } else if (contentType?.mediaType === 'application/json') {
      const parsed = parseJson(request.body);
      if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null)
        return { ok: false, error: 'body is not a JSON object' };
      for (const [key, value] of Object.entries(parsed.value))
        pairs.push([key, typeof value === 'string' ? value : JSON.stringify(value)]);
    } else {
      return {
        ok: false,
        error: `content type ${contentType?.mediaType ?? '(none)'} is not form, multipart or JSON`,
      };
    }
  }
  const raw: Record<string, string> = {};
  const indexed = new Map<string, unknown[]>();
  for (const [key, value] of pairs) {
    const item = /^([a-z_]+)\[(\d+)\]$/.exec(key);
    if (item?.[1]) {
      const list = indexed.get(item[1]) ?? [];
      list[Number(item[2])] = parseMaybeJson(value);
      indexed.set(item[1], list);
    } else raw[key] = value;
  }
  for (const [name, list] of indexed) raw[name] = JSON.stringify(list);
  return { ok: true, raw, files };
}

function parseMaybeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** The edge's params typed by the spec, or the Graph error the request earns. */
export function specParams(
  context: GraphContext,
  node: GraphNode,
  method: 'GET' | 'POST' | 'DELETE',
  edge: string | undefined,
  extra: Record<string, string> = {},
): { values: Record<string, unknown> } | { reply: FakeReply } {
  const checked = checkParams(node, method, edge, context.raw, extra);
  if (checked.violations.length > 0) {
    context.violations.push(...checked.violations);
    return { reply: graphError(ERRORS.invalidParameter(checked.violations.join('; '))) };
  }
  return { values: checked.values };
}

/** The names in `fields=`, or the given defaults when the request names none. */
export function requestedFields(context: GraphContext, defaults: string[]): string[] {
  const fields = context.raw.fields;
  return fields
    ? fields
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean)
    : defaults;
}
