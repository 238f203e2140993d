// Helpers for the OpenAPI validator: turning strings from queries, headers and forms into
// typed values, and the few corrections the reference description needs.
import type { OpenApiDocument } from './openapi-validator';

/** Stands in for an uploaded file inside a form object, so `format: binary` can tell files from text. */
export const FILE_MARKER = '\u0000file:';

type Schema = Record<string, unknown> | undefined;

function typesOf(schema: Schema): string[] {
  const type = schema?.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === 'string' ? [type] : [];
}

function coerceScalar(schema: Schema, raw: string): unknown {
  const types = typesOf(schema);
  if ((types.includes('integer') && /^-?\d+$/.test(raw)) || (types.includes('number') && raw.trim() !== '')) {
    const value = Number(raw);
    if (Number.isFinite(value)) return value;
  }
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  // Anything else stays a string, so the schema check names the type it should have been.
  return raw;
}

export function coerceParameter(
  schema: Schema,
  raw: string[],
): { ok: true; value: unknown } | { ok: false; error: string } {
  if (typesOf(schema).includes('array')) {
    const items = schema?.items as Schema;
    return { ok: true, value: raw.map((value) => coerceScalar(items, value)) };
  }
  if (raw.length > 1) return { ok: false, error: 'given more than once but is not an array' };
  return { ok: true, value: coerceScalar(schema, raw[0] ?? '') };
}

/**
 * Builds an object from form fields the way Rails reads them: `a[]` appends to an array and
 * `a[b]` nests. Top-level values are typed from the body schema's properties.
 */
export function formToObject(
  fields: [string, string][],
  schema: Schema,
  fail: (message: string) => void,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const properties = (schema?.properties ?? {}) as Record<string, Schema>;
  for (const [name, raw] of fields) {
    const keys = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(name);
    if (!keys?.[1]) {
      fail(`form field name ${JSON.stringify(name)} is malformed`);
      continue;
    }
    const path = [keys[1], ...[...(keys[2] ?? '').matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1] ?? '')];
    const property = properties[keys[1]];
    const leafSchema = path.length === 2 && path[1] === '' ? (property?.items as Schema) : property;
    const value = path.length <= 2 && !raw.startsWith(FILE_MARKER) ? coerceScalar(leafSchema, raw) : raw;
    let node: Record<string, unknown> = result;
    for (let i = 0; i < path.length; i += 1) {
      const key = path[i] ?? '';
      const next = path[i + 1];
      if (next === undefined) {
        if (key === '') continue;
        if (key in node) fail(`form field ${name} is given more than once`);
        node[key] = value;
      } else if (next === '') {
        const list = (node[key] ??= []);
        if (!Array.isArray(list)) fail(`form field ${name} mixes an array with a single value`);
        else list.push(value);
        break;
      } else {
        node = (node[key] ??= {}) as Record<string, unknown>;
      }
    }
  }
  return result;
}

/**
 * The reference description (abraham/mastodon-openapi 4.7.0) is generated from Mastodon's docs
 * and has a few mistakes that contradict the documented behaviour. Each is corrected here, and
 * only here, so the fake stays strict everywhere else.
 */
export function applyMastodonErrata(doc: OpenApiDocument): OpenApiDocument {
  const createStatus = doc.paths['/api/v1/statuses']?.post;
  const statusBody = createStatus?.requestBody?.content['application/json']?.schema;
  // The docs say `status` becomes optional when `media_ids` is given: text with images is one
  // status, which oneOf(TextStatus, MediaStatus) would refuse for matching both.
  if (statusBody && 'oneOf' in statusBody) {
    statusBody.anyOf = statusBody.oneOf;
    delete statusBody.oneOf;
  }
  // A header carries a string; the description types Idempotency-Key as an object.
  for (const parameter of createStatus?.parameters ?? []) {
    if ('in' in parameter && parameter.in === 'header' && parameter.name === 'Idempotency-Key')
      parameter.schema = { type: 'string' };
  }
  // Approving the app ends in a redirect to redirect_uri carrying ?code=, which the description omits.
  const authorize = doc.paths['/oauth/authorize']?.get;
  if (authorize) authorize.responses['302'] = {};
  // RFC 6749 §4.1.3 sends token requests form-encoded; Mastodon (Doorkeeper) takes both.
  const token = doc.paths['/oauth/token']?.post?.requestBody?.content;
  if (token?.['application/json']) token['application/x-www-form-urlencoded'] = token['application/json'];
  // While media is processing Mastodon answers 206 with the attachment (url null), on GET and on PUT.
  const media = doc.paths['/api/v1/media/{id}'];
  for (const operation of [media?.get, media?.put]) {
    const ok = operation?.responses['200'];
    if (ok) operation.responses['206'] = { content: ok.content, headers: ok.headers };
  }
  return doc;
}
