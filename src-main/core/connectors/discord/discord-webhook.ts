// Calls to one Discord channel webhook (https://discord.com/developers/docs/resources/webhook)
// and Discord's answers sorted into what the owner must do. The webhook URL holds its token,
// so it never goes into a message or the activity log.
import { z } from 'zod';
import type { ConnectorContext } from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { httpCall, type HttpRequest } from '../http/http-call';
import type { HttpAnswer, HttpNetwork } from '../http/http-network';

/** Discord's JSON error codes that mean the webhook itself is gone or its token is wrong. */
const UNKNOWN_WEBHOOK = 10015;
const INVALID_WEBHOOK_TOKEN = 50027;
export const UNKNOWN_MESSAGE = 10008;

const DiscordError = z.object({
  message: z.string().optional(),
  code: z.number().optional(),
  errors: z.unknown().optional(),
  retry_after: z.number().optional(),
});

/** Webhooks have no idempotency key: after a 5xx to a post, only the owner can say whether it arrived. */
const DISCORD: HttpNetwork = {
  name: 'Discord',
  recognisesResend: false,
  // The webhook's token is part of its URL.
  secretInEveryRequest: true,
  serverAnswer,
  retryAfterInBody: (json) => DiscordError.safeParse(json).data?.retry_after,
};

export const WebhookInfo = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  guild_id: z.string().nullable().optional(),
  channel_id: z.string().nullable().optional(),
});
export const WebhookMessage = z.object({ id: z.string(), channel_id: z.string() });

/** A URL the owner just pasted, or one Cadence kept from an earlier connect. */
export type WebhookStep = 'sign-in' | 'stored';

export class DiscordWebhook {
  constructor(
    private readonly ctx: ConnectorContext,
    /** https://discord.com/api/webhooks/<id>/<token>, without a query or trailing slash. */
    private readonly webhookUrl: string,
    private readonly step: WebhookStep,
  ) {}

  async call<T>(path: string, request: Omit<HttpRequest, 'url'>, result: z.ZodType<T>): Promise<T> {
    return (await this.send(path, request, result, null))!;
  }

  /** A GET that answers null when Discord says the thing is gone with `absentCode`. */
  find<T>(path: string, result: z.ZodType<T>, absentCode: number): Promise<T | null> {
    return this.send(path, { method: 'GET' }, result, absentCode);
  }

  private async send<T>(
    path: string,
    request: Omit<HttpRequest, 'url'>,
    result: z.ZodType<T>,
    absentCode: number | null,
  ): Promise<T | null> {
    const answer = await httpCall(this.ctx, DISCORD, { ...request, url: `${this.webhookUrl}${path}` });
    const error = DiscordError.safeParse(answer.json);
    const body = error.success ? error.data : {};
    if (answer.status >= 200 && answer.status < 300) {
      const parsed = result.safeParse(answer.json);
      if (parsed.success) return parsed.data;
      // A post Discord accepted but answered oddly went out: it must not be retried blindly.
      const kind = (request.method ?? 'POST') === 'GET' ? 'server' : 'unknown';
      throw new ConnectorError(kind, say('connectors.discord.oddAnswer'), {
        httpStatus: answer.status,
      });
    }
    if (answer.status === 404 && absentCode !== null && body.code === absentCode) return null;
    throw this.failure(answer, body);
  }

  private failure(answer: HttpAnswer, body: z.infer<typeof DiscordError>): ConnectorError {
    const status = answer.status;
    const details = { httpStatus: status, serverAnswer: serverAnswer(answer) };
    if (body.code === UNKNOWN_WEBHOOK || body.code === INVALID_WEBHOOK_TOKEN) {
      return this.step === 'sign-in'
        ? new ConnectorError('config', say('connectors.discord.unknownWebhook'), details)
        : new ConnectorError('auth', say('connectors.discord.webhookGone'), details);
    }
    if (status === 404 || status === 405) {
      return new ConnectorError('config', say('connectors.discord.notAWebhook'), details);
    }
    if (status === 413) {
      return new ConnectorError('rejected', say('connectors.discord.photosTooLarge'), details);
    }
    if (status === 401 || status === 403) {
      return new ConnectorError(
        'permission',
        say('connectors.discord.webhookRefused', { said: body.message ?? `HTTP ${status}` }),
        details,
      );
    }
    const reasons = formErrors(body.errors);
    const reason = reasons.length > 0 ? reasons.join('; ') : (body.message ?? `HTTP ${status}`);
    return new ConnectorError('rejected', say('connectors.discord.postRefused', { said: reason }), details);
  }
}

/** Discord's error bodies never echo the token; anything else might, so only those are kept. */
function serverAnswer(answer: HttpAnswer): string {
  const error = DiscordError.safeParse(answer.json);
  return error.success
    ? `${answer.status} ${error.data.code ?? ''} ${error.data.message ?? ''}`.trim()
    : `HTTP ${answer.status}`;
}

/** Flattens Discord's "Invalid Form Body" tree into "content: Must be 2000 or fewer in length.". */
function formErrors(tree: unknown, path: string[] = []): string[] {
  if (typeof tree !== 'object' || tree === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(tree)) {
    if (key === '_errors' && Array.isArray(value)) {
      for (const item of value as { message?: unknown }[]) {
        if (typeof item.message === 'string') found.push(`${path.join('.') || 'post'}: ${item.message}`);
      }
    } else found.push(...formErrors(value, [...path, key]));
  }
  return found;
}
