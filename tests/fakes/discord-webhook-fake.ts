// A fake Discord webhook endpoint (Execute/Get/Edit/Delete Webhook Message), with Discord's
// per-webhook rate limit headers and its error bodies. Rule breaks land in `violations`.
import { randomBytes } from 'node:crypto';
import {
  FaultQueue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from './http-fake-kit';
import type { MultipartPart } from './multipart';
import { readPayload, type WebhookPayload } from './discord/payload';
import { TransportFaults } from './transport-faults';

export type DiscordFault =
  | { kind: 'rate-limited'; retryAfter: number; global?: boolean }
  | { kind: 'server-error' }
  /** Never answer; with afterHandling the message is posted first and only the reply is lost. */
  | { kind: 'hang'; afterHandling?: boolean };

export interface DiscordWebhookFakeOptions {
  now?: () => number;
  /** Discord allows about 5 requests per 2 seconds per webhook; null turns the limit off. */
  rateLimit?: { limit: number; windowMs: number } | null;
  /** The upload limit for a webhook message without a boosted server. */
  maxUploadBytes?: number;
}

export interface DiscordMessage {
  id: string;
  content: string;
  username: string;
  embeds: Record<string, unknown>[];
  attachments: Record<string, unknown>[];
  flags: number;
  tts: boolean;
  timestamp: string;
  editedTimestamp: string | null;
}

const DISCORD_EPOCH = 1_420_070_400_000n;
const ROUTE = /^\/api(?:\/v\d+)?\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/;

export async function startDiscordWebhookFake(options: DiscordWebhookFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const rateLimit = options.rateLimit === undefined ? { limit: 5, windowMs: 2000 } : options.rateLimit;
  const maxUploadBytes = options.maxUploadBytes ?? 10 * 1024 * 1024;
  let sequence = 0n;
  const snowflake = () => (((BigInt(now()) - DISCORD_EPOCH) << 22n) | (sequence++ & 0xfffn)).toString();
  const webhook = {
    id: snowflake(),
    token: randomBytes(51).toString('base64url').slice(0, 68),
    channelId: snowflake(),
    guildId: snowflake(),
    name: 'Cadence',
  };
  const messages = new Map<string, DiscordMessage>();
  const violations: string[] = [];
  const faults = new FaultQueue<DiscordFault>();
  const transport = new TransportFaults();
  const bucket = randomBytes(16).toString('hex');
  let window = { start: now(), used: 0 };

  const limitHeaders = (remaining: number, resetAt: number): Record<string, string> => ({
    'x-ratelimit-limit': String(rateLimit?.limit ?? 5),
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-reset': (resetAt / 1000).toFixed(3),
    'x-ratelimit-reset-after': (Math.max(0, resetAt - now()) / 1000).toFixed(3),
    'x-ratelimit-bucket': bucket,
  });

  const rateLimited = (retryAfter: number, global: boolean, resetAt: number): FakeReply => ({
    status: 429,
    headers: {
      ...limitHeaders(0, resetAt),
      'retry-after': String(Math.ceil(retryAfter)),
      'x-ratelimit-scope': global ? 'global' : 'shared',
      ...(global ? { 'x-ratelimit-global': 'true' } : {}),
    },
    json: {
      message: 'You are being rate limited.',
      retry_after: Math.round(retryAfter * 1000) / 1000,
      global,
    },
  });

  const attachmentsFrom = (files: MultipartPart[], payload: WebhookPayload): Record<string, unknown>[] =>
    files.map((file, index) => {
      const declared = payload.attachments?.find(
        (attachment) => String(attachment.id) === /\d+/.exec(file.name)?.[0],
      );
      const id = snowflake();
      const filename = declared?.filename ?? file.filename ?? `file${index}`;
      const url = `https://cdn.discordapp.com/attachments/${webhook.channelId}/${id}/${encodeURIComponent(filename)}`;
      return {
        id,
        filename,
        size: file.data.length,
        url,
        proxy_url: url.replace('cdn.discordapp.com', 'media.discordapp.net'),
        content_type: file.contentType,
        ...(declared?.description ? { description: declared.description } : {}),
      };
    });

  const render = (message: DiscordMessage) => ({
    id: message.id,
    type: 0,
    content: message.content,
    channel_id: webhook.channelId,
    author: {
      id: webhook.id,
      username: message.username,
      avatar: null,
      discriminator: '0000',
      bot: true,
      global_name: null,
      public_flags: 0,
    },
    attachments: message.attachments,
    embeds: message.embeds,
    mentions: [],
    mention_roles: [],
    pinned: false,
    mention_everyone: false,
    tts: message.tts,
    timestamp: message.timestamp,
    edited_timestamp: message.editedTimestamp,
    flags: message.flags,
    components: [],
    webhook_id: webhook.id,
  });

  const execute = (request: RecordedRequest, messageId: string | undefined): FakeReply => {
    const existing = messageId === undefined ? undefined : messages.get(messageId);
    if (messageId !== undefined && !existing)
      return { status: 404, json: { message: 'Unknown Message', code: 10008 } };
    if (request.method === 'GET')
      return existing
        ? { status: 200, json: render(existing) }
        : {
            status: 200,
            json: {
              id: webhook.id,
              type: 1,
              guild_id: webhook.guildId,
              channel_id: webhook.channelId,
              name: webhook.name,
              avatar: null,
              application_id: null,
              token: webhook.token,
            },
          };
    if (request.method === 'DELETE' && existing) {
      messages.delete(existing.id);
      return { status: 204 };
    }
    const read = readPayload(request, maxUploadBytes, !existing);
    violations.push(...read.violations.map((v) => `${request.method} ${request.path}: ${v}`));
    if (!read.ok) return { status: read.status, json: read.body };
    const { payload, files } = read;
    if (existing) {
      if (payload.content !== undefined) existing.content = payload.content;
      if (payload.embeds !== undefined) existing.embeds = payload.embeds;
      if (payload.flags !== undefined) existing.flags = payload.flags;
      if (payload.attachments !== undefined || files.length > 0) {
        const kept = existing.attachments.filter((a) =>
          payload.attachments?.some((b) => String(b.id) === a.id),
        );
        existing.attachments = [...kept, ...attachmentsFrom(files, payload)];
      }
      existing.editedTimestamp = new Date(now()).toISOString();
      return { status: 200, json: render(existing) };
    }
    const wait = request.query.get('wait');
    if (wait !== null && wait !== 'true' && wait !== 'false') {
      violations.push(`${request.path}: wait must be true or false`);
      return {
        status: 400,
        json: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            wait: {
              _errors: [{ code: 'BOOLEAN_TYPE_COERCE', message: `Value "${wait}" is not a valid boolean.` }],
            },
          },
        },
      };
    }
    const message: DiscordMessage = {
      id: snowflake(),
      content: payload.content ?? '',
      username: payload.username ?? webhook.name,
      embeds: payload.embeds ?? [],
      attachments: attachmentsFrom(files, payload),
      flags: payload.flags ?? 0,
      tts: payload.tts ?? false,
      timestamp: new Date(now()).toISOString(),
      editedTimestamp: null,
    };
    messages.set(message.id, message);
    return wait === 'true' ? { status: 200, json: render(message) } : { status: 204 };
  };

  const handle = async (request: RecordedRequest): Promise<FakeOutcome> => {
    const route = ROUTE.exec(request.path);
    const allowed = route?.[3] === undefined ? ['GET', 'POST'] : ['GET', 'PATCH', 'DELETE'];
    if (!route || !allowed.includes(request.method)) {
      violations.push(`${request.method} ${request.path}: not a webhook endpoint`);
      return { status: 404, json: { message: '404: Not Found', code: 0 } };
    }
    if (route[1] !== webhook.id) return { status: 404, json: { message: 'Unknown Webhook', code: 10015 } };
    if (route[2] !== webhook.token)
      return { status: 401, json: { message: 'Invalid Webhook Token', code: 50027 } };
    const fault = faults.take(request.method, request.path);
    if (fault?.kind === 'hang' && !fault.afterHandling) return 'hang';
    if (fault?.kind === 'rate-limited')
      return rateLimited(fault.retryAfter, fault.global ?? false, now() + fault.retryAfter * 1000);
    if (fault?.kind === 'server-error')
      return { status: 500, json: { message: '500: Internal Server Error', code: 0 } };
    let headers: Record<string, string> = {};
    if (rateLimit) {
      if (now() - window.start >= rateLimit.windowMs) window = { start: now(), used: 0 };
      const resetAt = window.start + rateLimit.windowMs;
      if (window.used >= rateLimit.limit) return rateLimited((resetAt - now()) / 1000, false, resetAt);
      window.used += 1;
      headers = limitHeaders(rateLimit.limit - window.used, resetAt);
    }
    const reply = await transport.apply(request, () => {
      const executed = execute(request, route[3]);
      return { ...executed, headers: { ...headers, ...executed.headers } };
    });
    return fault?.kind === 'hang' ? 'hang' : reply;
  };

  const server = await startHttpFake(handle, { now });
  return {
    url: server.url,
    /** The webhook URL a user would paste: https://discord.com/api/webhooks/<id>/<token>. */
    webhookUrl: `${server.url}/api/webhooks/${webhook.id}/${webhook.token}`,
    webhook,
    messages,
    faults,
    /** Lost answers after a request took effect: a dropped socket, a 502, a drop after a wait. */
    transport,
    violations,
    requests: server.requests,
    close: () => {
      transport.dispose();
      return server.close();
    },
  };
}

export type DiscordWebhookFake = Awaited<ReturnType<typeof startDiscordWebhookFake>>;
