// Reads the Graph API node descriptions in tests/reference/meta-graph-specs (from
// facebook-business-sdk-codegen) and checks request params and response fields against them:
// a param the edge does not list, or a value that is not of its type, is a violation.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type GraphNode = 'Page' | 'PagePost' | 'Photo' | 'IGUser' | 'IGMedia' | 'User';

interface Api {
  method: 'GET' | 'POST' | 'DELETE';
  endpoint?: string;
  name?: string;
  return?: string;
  params?: { name: string; type: string; required?: boolean }[];
}
interface NodeSpec {
  apis: Api[];
  fields: { name: string; type: string | null }[];
}

const SPEC_DIR = resolve(__dirname, '../../reference/meta-graph-specs');
const cache = new Map<GraphNode, NodeSpec>();

function spec(node: GraphNode): NodeSpec {
  let loaded = cache.get(node);
  if (!loaded) {
    loaded = JSON.parse(readFileSync(resolve(SPEC_DIR, `${node}.json`), 'utf8')) as NodeSpec;
    cache.set(node, loaded);
  }
  return loaded;
}

/**
 * Params every Graph request may carry whatever the edge: the token, its proof, the field
 * selection and cursor paging (https://developers.facebook.com/docs/graph-api/overview and
 * /docs/graph-api/results); the specs list only each edge's own params.
 */
const UNIVERSAL = {
  GET: ['access_token', 'appsecret_proof', 'fields', 'limit', 'after', 'before'],
  POST: ['access_token', 'appsecret_proof'],
  DELETE: ['access_token', 'appsecret_proof'],
};

export interface CheckedParams {
  values: Record<string, unknown>;
  violations: string[];
}

/** The typed params of `METHOD /{node}/{edge}` (edge undefined for the node itself). */
export function checkParams(
  node: GraphNode,
  method: 'GET' | 'POST' | 'DELETE',
  edge: string | undefined,
  raw: Record<string, string>,
  extra: Record<string, string> = {},
): CheckedParams {
  const where = `${method} /{${node}}${edge ? `/${edge}` : ''}`;
  const api = spec(node).apis.find((entry) => entry.method === method && entry.endpoint === edge);
  const violations: string[] = [];
  if (!api) return { values: {}, violations: [`${where}: no such edge in the ${node} spec`] };
  const declared = new Map((api.params ?? []).map((param) => [param.name, param.type]));
  for (const [name, type] of Object.entries(extra)) declared.set(name, type);
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    if ((UNIVERSAL[method] as string[]).includes(name)) {
      values[name] = value;
      continue;
    }
    const type = declared.get(name);
    if (!type) {
      violations.push(`${where}: param ${name} is not listed for this edge`);
      continue;
    }
    const parsed = parseValue(type, value);
    if (parsed.ok) values[name] = parsed.value;
    else violations.push(`${where}: param ${name} must be ${type} (${parsed.error})`);
  }
  for (const param of api.params ?? [])
    if (param.required && raw[param.name] === undefined)
      violations.push(`${where}: param ${param.name} is required`);
  return { values, violations };
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/** Parses a form or query value as the Graph API reads its type. */
export function parseValue(type: string, value: string): Parsed {
  const list = /^list<(.+)>$/.exec(type)?.[1] ?? (type === 'list' ? 'any' : undefined);
  if (list) {
    let items: unknown;
    try {
      items = JSON.parse(value);
    } catch {
      items = value.split(',');
    }
    if (!Array.isArray(items)) return { ok: false, error: 'not a list' };
    const parsed = items.map((item) =>
      list === 'any' || typeof item !== 'string'
        ? { ok: true as const, value: item }
        : parseValue(list, item),
    );
    const bad = parsed.find((item) => !item.ok);
    return bad ?? { ok: true, value: parsed.map((item) => (item as { value: unknown }).value) };
  }
  switch (type) {
    case 'string':
    case 'file':
      return { ok: true, value };
    case 'bool':
      return ['true', 'false', '1', '0'].includes(value)
        ? { ok: true, value: value === 'true' || value === '1' }
        : { ok: false, error: `"${value}" is not a boolean` };
    case 'int':
    case 'unsigned int':
      // Ids typed as integers (creation_id) exceed 2^53; those stay strings to keep every digit.
      return (type === 'int' ? /^-?\d+$/ : /^\d+$/).test(value)
        ? { ok: true, value: Number.isSafeInteger(Number(value)) ? Number(value) : value }
        : { ok: false, error: `"${value}" is not an ${type}` };
    case 'float':
      return Number.isFinite(Number(value)) && value.trim() !== ''
        ? { ok: true, value: Number(value) }
        : { ok: false, error: `"${value}" is not a number` };
    case 'datetime':
      // A UNIX timestamp or anything strtotime() reads; ISO 8601 stands in for the latter.
      if (/^\d+$/.test(value)) return { ok: true, value: Number(value) };
      return Number.isNaN(Date.parse(value))
        ? { ok: false, error: `"${value}" is not a timestamp` }
        : { ok: true, value: Math.floor(Date.parse(value) / 1000) };
    case 'map':
    case 'Object':
      try {
        const parsed: unknown = JSON.parse(value);
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
          ? { ok: true, value: parsed }
          : { ok: false, error: 'not a JSON object' };
      } catch {
        return { ok: false, error: 'not JSON' };
      }
    default:
      // Enum types (…_enum_param): the specs do not list their values, so any string passes.
      return { ok: true, value };
  }
}

/** Names in a `fields=` selection the node does not have. */
export function unknownFields(node: GraphNode, fields: string[], extra: string[] = []): string[] {
  const known = new Set([...spec(node).fields.map((field) => field.name), ...extra]);
  return fields.filter((field) => !known.has(field.replace(/[.{].*$/, '')));
}

/** Problems with a node as the fake renders it: unknown fields, or values not of the field's type. */
export function fieldViolations(node: GraphNode, rendered: Record<string, unknown>, label: string): string[] {
  const types = new Map(spec(node).fields.map((field) => [field.name, field.type]));
  const violations: string[] = [];
  for (const [name, value] of Object.entries(rendered)) {
    if (!types.has(name)) {
      violations.push(`${label}: field ${name} is not a ${node} field`);
      continue;
    }
    const type = types.get(name) ?? null;
    if (!matchesType(type, value)) violations.push(`${label}: field ${name} is not of type ${type}`);
  }
  return violations;
}

function matchesType(type: string | null, value: unknown): boolean {
  if (type === null) return true;
  if (type.startsWith('list')) return Array.isArray(value);
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'bool':
      return typeof value === 'boolean';
    case 'int':
    case 'unsigned int':
      return Number.isInteger(value);
    case 'float':
      return typeof value === 'number';
    case 'datetime':
      return typeof value === 'string' && !Number.isNaN(Date.parse(value));
    default:
      // A node type (IGUser, Album, …) or Object: an object, typically with an id.
      return typeof value === 'object' && value !== null;
  }
}
