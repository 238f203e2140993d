// Reads and checks an Execute/Edit Webhook body the way Discord does: JSON, or multipart with
// payload_json and files[n]; problems come back in Discord's "Invalid Form Body" shape.
import { headerValue, parseContentType, parseJson, type RecordedRequest } from '../http-fake-kit';
import { parseMultipart, type MultipartPart } from '../multipart';

export interface WebhookPayload {
  content?: string;
  username?: string;
  avatar_url?: string;
  tts?: boolean;
  embeds?: Record<string, unknown>[];
  allowed_mentions?: Record<string, unknown>;
  components?: unknown[];
  attachments?: { id: string | number; filename?: string; description?: string }[];
  flags?: number;
  thread_name?: string;
  applied_tags?: string[];
  poll?: Record<string, unknown>;
}

const KNOWN_FIELDS = new Set([
  'content',
  'username',
  'avatar_url',
  'tts',
  'embeds',
  'allowed_mentions',
  'components',
  'attachments',
  'flags',
  'thread_name',
  'applied_tags',
  'poll',
]);
// SUPPRESS_EMBEDS, SUPPRESS_NOTIFICATIONS and IS_COMPONENTS_V2 are the only flags a webhook may set.
const WEBHOOK_FLAGS = (1 << 2) | (1 << 12) | (1 << 15);

export type FormErrors = Record<string, { _errors: { code: string; message: string }[] }>;

export type ReadPayload =
  | { ok: true; payload: WebhookPayload; files: MultipartPart[]; violations: string[] }
  | { ok: false; status: number; body: Record<string, unknown>; violations: string[] };

const length = (text: string) => [...text].length;

/** `requireBody` is for sending: an edit may change only some fields, a new message must say something. */
export function readPayload(
  request: RecordedRequest,
  maxUploadBytes: number,
  requireBody: boolean,
): ReadPayload {
  const violations: string[] = [];
  const contentType = parseContentType(headerValue(request.headers, 'content-type'));
  let raw: unknown;
  const files: MultipartPart[] = [];
  if (contentType?.mediaType === 'application/json') {
    const parsed = parseJson(request.body);
    if (!parsed.ok)
      return invalid(violations, parsed.error, { _json: 'The request body contains invalid JSON.' });
    raw = parsed.value;
  } else if (contentType?.mediaType === 'multipart/form-data') {
    const parsed = parseMultipart(request.body, contentType.params.boundary);
    if (!parsed.ok) return invalid(violations, parsed.error, { _multipart: 'Malformed multipart body.' });
    const fields: Record<string, unknown> = {};
    for (const part of parsed.parts) {
      if (part.filename !== undefined) {
        if (!/^files\[\d+\]$/.test(part.name))
          violations.push(`file part ${part.name} is not named files[n]`);
        files.push(part);
      } else if (part.name === 'payload_json') {
        const json = parseJson(part.data);
        if (!json.ok)
          return invalid(violations, `payload_json: ${json.error}`, {
            payload_json: 'The request body contains invalid JSON.',
          });
        Object.assign(fields, json.value);
      } else fields[part.name] = part.data.toString('utf8');
    }
    raw = fields;
  } else {
    violations.push(
      `content type ${contentType?.mediaType ?? '(none)'} is neither JSON nor multipart/form-data`,
    );
    return {
      ok: false,
      status: 400,
      body: { message: 'Cannot send an empty message', code: 50006 },
      violations,
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return invalid(violations, 'the body must be a JSON object', { _root: 'Must be an object.' });
  }
  const payload = raw as WebhookPayload & Record<string, unknown>;
  for (const key of Object.keys(payload))
    if (!KNOWN_FIELDS.has(key)) violations.push(`${key} is not a webhook message field`);
  const size = files.reduce((sum, file) => sum + file.data.length, 0);
  if (size > maxUploadBytes) {
    violations.push(`uploads total ${size} bytes, over the ${maxUploadBytes} byte limit`);
    return { ok: false, status: 413, body: { message: 'Request entity too large', code: 40005 }, violations };
  }
  const errors = checkFields(payload, files.length);
  if (Object.keys(errors).length > 0) {
    violations.push(...Object.entries(errors).map(([field, e]) => `${field}: ${e._errors[0]?.message}`));
    return {
      ok: false,
      status: 400,
      body: { message: 'Invalid Form Body', code: 50035, errors },
      violations,
    };
  }
  const hasBody =
    (payload.content ?? '').trim() !== '' ||
    (payload.embeds?.length ?? 0) > 0 ||
    (payload.components?.length ?? 0) > 0 ||
    files.length > 0 ||
    payload.poll !== undefined;
  if (requireBody && !hasBody) {
    violations.push('the message has no content, embeds, components, files or poll');
    return {
      ok: false,
      status: 400,
      body: { message: 'Cannot send an empty message', code: 50006 },
      violations,
    };
  }
  return { ok: true, payload, files, violations };
}

function checkFields(payload: WebhookPayload, fileCount: number): FormErrors {
  const errors: FormErrors = {};
  const add = (field: string, code: string, message: string) =>
    (errors[field] = { _errors: [{ code, message }] });
  const { content, username, embeds, flags } = payload;
  if (content !== undefined && typeof content !== 'string')
    add('content', 'BASE_TYPE_STRING', 'Must be a string.');
  else if (content !== undefined && length(content) > 2000)
    add('content', 'BASE_TYPE_MAX_LENGTH', 'Must be 2000 or fewer in length.');
  if (username !== undefined) {
    if (typeof username !== 'string' || length(username) < 1 || length(username) > 80) {
      add('username', 'BASE_TYPE_BAD_LENGTH', 'Must be between 1 and 80 in length.');
    } else if (/discord|clyde/i.test(username)) {
      add(
        'username',
        'USERNAME_INVALID_CONTAINS',
        `Username cannot contain "${/discord/i.test(username) ? 'discord' : 'clyde'}"`,
      );
    }
  }
  if (payload.tts !== undefined && typeof payload.tts !== 'boolean')
    add('tts', 'BASE_TYPE_BOOLEAN', 'Must be either true or false.');
  if (embeds !== undefined) {
    if (!Array.isArray(embeds)) add('embeds', 'BASE_TYPE_ARRAY', 'Must be an array.');
    else if (embeds.length > 10) add('embeds', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
    else {
      const text = (value: unknown) => (typeof value === 'string' ? length(value) : 0);
      let total = 0;
      embeds.forEach((embed, i) => {
        const limits: [string, number][] = [
          ['title', 256],
          ['description', 4096],
        ];
        for (const [field, max] of limits) {
          if (text(embed[field]) > max)
            add(`embeds.${i}.${field}`, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
        }
        total += text(embed.title) + text(embed.description);
        total +=
          text((embed.footer as { text?: string } | undefined)?.text) +
          text((embed.author as { name?: string } | undefined)?.name);
        for (const field of (embed.fields as { name?: string; value?: string }[] | undefined) ?? [])
          total += text(field.name) + text(field.value);
      });
      if (total > 6000) add('embeds', 'MAX_EMBED_SIZE_EXCEEDED', 'Embed size exceeds maximum size of 6000');
    }
  }
  if (flags !== undefined && (!Number.isInteger(flags) || (flags & ~WEBHOOK_FLAGS) !== 0)) {
    add('flags', 'MESSAGE_FLAGS_INVALID', 'Invalid flags for a webhook message.');
  }
  if (fileCount > 10) add('files', 'BASE_TYPE_MAX_LENGTH', 'Must be 10 or fewer in length.');
  return errors;
}

function invalid(violations: string[], violation: string, errors: Record<string, string>): ReadPayload {
  violations.push(violation);
  const formErrors: FormErrors = Object.fromEntries(
    Object.entries(errors).map(([k, message]) => [k, { _errors: [{ code: 'INVALID', message }] }]),
  );
  return {
    ok: false,
    status: 400,
    body: { message: 'Invalid Form Body', code: 50035, errors: formErrors },
    violations,
  };
}
