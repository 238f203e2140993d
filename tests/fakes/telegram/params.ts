// Reading Bot API parameters the way Telegram does: from the query string, a JSON body, a
// urlencoded form or multipart (where files also arrive), then checking each against the
// method's documented type. Structured values in forms must be JSON-serialized strings.
import { headerValue, parseContentType, parseJson, type RecordedRequest } from '../http-fake-kit';
import { parseMultipart, type MultipartPart } from '../multipart';

export type ParamType = 'chat_id' | 'integer' | 'string' | 'boolean' | 'json' | 'input_file';

export interface MethodSpec {
  params: Record<string, ParamType>;
  required: string[];
}

const SEND_COMMON: Record<string, ParamType> = {
  business_connection_id: 'string',
  chat_id: 'chat_id',
  message_thread_id: 'integer',
  direct_messages_topic_id: 'integer',
  disable_notification: 'boolean',
  protect_content: 'boolean',
  allow_paid_broadcast: 'boolean',
  message_effect_id: 'string',
  suggested_post_parameters: 'json',
  reply_parameters: 'json',
  reply_markup: 'json',
};

export const METHODS: Record<string, MethodSpec> = {
  getMe: { params: {}, required: [] },
  getChat: { params: { chat_id: 'chat_id' }, required: ['chat_id'] },
  getChatMember: { params: { chat_id: 'chat_id', user_id: 'integer' }, required: ['chat_id', 'user_id'] },
  getChatMemberCount: { params: { chat_id: 'chat_id' }, required: ['chat_id'] },
  sendMessage: {
    params: {
      ...SEND_COMMON,
      text: 'string',
      parse_mode: 'string',
      entities: 'json',
      link_preview_options: 'json',
    },
    required: ['chat_id', 'text'],
  },
  sendPhoto: {
    params: {
      ...SEND_COMMON,
      photo: 'input_file',
      caption: 'string',
      parse_mode: 'string',
      caption_entities: 'json',
      show_caption_above_media: 'boolean',
      has_spoiler: 'boolean',
    },
    required: ['chat_id', 'photo'],
  },
  sendVideo: {
    params: {
      ...SEND_COMMON,
      video: 'input_file',
      duration: 'integer',
      width: 'integer',
      height: 'integer',
      caption: 'string',
      parse_mode: 'string',
      caption_entities: 'json',
      show_caption_above_media: 'boolean',
      has_spoiler: 'boolean',
      supports_streaming: 'boolean',
    },
    required: ['chat_id', 'video'],
  },
  sendMediaGroup: {
    params: { ...SEND_COMMON, media: 'json' },
    required: ['chat_id', 'media'],
  },
  getUpdates: {
    params: { offset: 'integer', limit: 'integer', timeout: 'integer', allowed_updates: 'json' },
    required: [],
  },
};

export interface ReadParams {
  values: Record<string, unknown>;
  files: Map<string, MultipartPart>;
  violations: string[];
}

export function readParams(method: string, spec: MethodSpec, request: RecordedRequest): ReadParams {
  const raw: Record<string, unknown> = Object.fromEntries(request.query);
  const files = new Map<string, MultipartPart>();
  const violations: string[] = [];
  const fail = (message: string) => violations.push(`${method}: ${message}`);
  const contentType = parseContentType(headerValue(request.headers, 'content-type'));
  if (request.body.length > 0) {
    if (contentType?.mediaType === 'application/json') {
      const parsed = parseJson(request.body);
      if (!parsed.ok) fail(parsed.error);
      else if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
        fail('a JSON body must be an object of parameters');
      } else Object.assign(raw, parsed.value);
    } else if (contentType?.mediaType === 'application/x-www-form-urlencoded') {
      Object.assign(raw, Object.fromEntries(new URLSearchParams(request.body.toString('utf8'))));
    } else if (contentType?.mediaType === 'multipart/form-data') {
      const parsed = parseMultipart(request.body, contentType.params.boundary);
      if (!parsed.ok) fail(parsed.error);
      else
        for (const part of parsed.parts) {
          if (part.filename === undefined) raw[part.name] = part.data.toString('utf8');
          else files.set(part.name, part);
        }
    } else fail(`content type ${contentType?.mediaType ?? '(none)'} is not one the Bot API reads`);
  }
  const values: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(raw)) {
    const type = spec.params[name];
    if (!type) {
      fail(`parameter ${name} is not a parameter of this method`);
      continue;
    }
    const typed = coerce(type, value);
    if (typed === undefined) fail(`parameter ${name} must be ${describe(type)}`);
    else values[name] = typed;
  }
  for (const name of files.keys()) {
    if (spec.params[name] === 'input_file') values[name] = files.get(name);
  }
  return { values, files, violations };
}

function coerce(type: ParamType, value: unknown): unknown {
  const text = typeof value === 'string' ? value : undefined;
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      return text !== undefined && /^-?\d+$/.test(text) ? Number(text) : undefined;
    case 'chat_id':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      if (text !== undefined && /^-?\d+$/.test(text)) return Number(text);
      return text !== undefined && /^@[A-Za-z][A-Za-z0-9_]{3,31}$/.test(text) ? text : undefined;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      return text === 'true' ? true : text === 'false' ? false : undefined;
    case 'json':
      if (typeof value === 'object' && value !== null) return value;
      if (text === undefined) return undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        return typeof parsed === 'object' && parsed !== null ? parsed : undefined;
      } catch {
        return undefined;
      }
    case 'input_file':
      // A file_id or an HTTP URL; uploads arrive as multipart file parts instead.
      return text !== undefined && text !== '' ? text : undefined;
  }
}

function describe(type: ParamType): string {
  return {
    chat_id: 'an Integer or an @channelusername String',
    integer: 'an Integer',
    string: 'a String',
    boolean: 'a Boolean',
    json: 'a JSON-serialized object or array',
    input_file: 'an uploaded file, a file_id or an HTTP URL',
  }[type];
}
