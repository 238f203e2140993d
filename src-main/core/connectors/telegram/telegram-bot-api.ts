// Calls to the Telegram Bot API (https://core.telegram.org/bots/api) at any Bot API server,
// and Telegram's answers sorted into what the owner must do. The bot token is part of every
// method URL, so no URL ever goes into a message or the activity log.
import { z } from 'zod';
import type { ConnectorContext } from '../connector';
import { say, type OwnerMessage } from '../../../shared/messages/owner-message';
import { ConnectorError } from '../connector-error';
import { httpCall } from '../http/http-call';
import type { HttpNetwork } from '../http/http-network';

const BotApiReply = z.object({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().optional(),
  description: z.string().optional(),
  parameters: z.object({ retry_after: z.number().optional() }).optional(),
});

/** Telegram has no idempotency key: after a 5xx to a send, only the owner can say whether it arrived. */
const TELEGRAM: HttpNetwork = {
  name: 'Telegram',
  recognisesResend: false,
  // The bot token is part of every method URL.
  secretInEveryRequest: true,
  serverAnswer: (answer) => {
    const reply = BotApiReply.safeParse(answer.json);
    return reply.success
      ? `${reply.data.error_code ?? answer.status} ${reply.data.description ?? ''}`.trim()
      : `HTTP ${answer.status}`;
  },
  retryAfterInBody: (json) => BotApiReply.safeParse(json).data?.parameters?.retry_after,
};

export const BotUser = z.object({ id: z.number(), username: z.string().optional(), first_name: z.string() });
export const BotChat = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string().optional(),
  username: z.string().optional(),
});
export const BotChatMember = z.object({ status: z.string(), can_post_messages: z.boolean().optional() });
export const BotMessage = z.object({ message_id: z.number(), chat: BotChat });

/** Whom the messages name: filled in as the bot and channel become known. */
export interface TelegramNames {
  channel: string;
  bot?: string;
}

/** Credentials the owner just typed, or ones Cadence kept from an earlier sign-in. */
export type BotApiStep = 'sign-in' | 'stored';

export class TelegramBotApi {
  constructor(
    private readonly ctx: ConnectorContext,
    private readonly baseUrl: string,
    private readonly token: string,
    readonly names: TelegramNames,
    private readonly step: BotApiStep,
  ) {}

  /** Calls a method with JSON parameters, or multipart when files go along. */
  async call<T>(
    method: string,
    params: Record<string, unknown> | FormData,
    result: z.ZodType<T>,
  ): Promise<T> {
    // Every method is a POST; the get… ones only read.
    const effect = method.startsWith('get') ? 'read' : 'write';
    const answer = await httpCall(this.ctx, TELEGRAM, {
      url: `${this.baseUrl}/bot${this.token}/${method}`,
      body: params,
      effect,
    });
    const reply = BotApiReply.safeParse(answer.json);
    if (!reply.success) {
      throw new ConnectorError(
        'config',
        say('connectors.telegram.notABotApi', { address: this.baseUrl, status: answer.status }),
        { httpStatus: answer.status, serverAnswer: answer.excerpt },
      );
    }
    if (!reply.data.ok) throw this.failure(answer.status, reply.data);
    const parsed = result.safeParse(reply.data.result);
    if (!parsed.success) {
      // Telegram said ok: a message it sent must not be sent again blindly.
      throw new ConnectorError(
        effect === 'write' ? 'unknown' : 'server',
        say('connectors.telegram.oddAnswer', { method }),
        {
          httpStatus: answer.status,
        },
      );
    }
    return parsed.data;
  }

  private failure(httpStatus: number, reply: z.infer<typeof BotApiReply>): ConnectorError {
    const code = reply.error_code ?? httpStatus;
    const description = reply.description ?? `error ${code}`;
    const serverAnswer = `${code} ${description}`;
    const details = { httpStatus, serverAnswer };
    // Telegram answers 401 for an unknown token and 404 for one it cannot even read.
    if (code === 401 || code === 404) {
      return new ConnectorError(
        'auth',
        this.step === 'sign-in'
          ? say('connectors.telegram.tokenNotAccepted')
          : say('connectors.telegram.tokenRevoked'),
        details,
      );
    }
    if (/chat not found/i.test(description)) {
      return new ConnectorError(
        'config',
        say('connectors.telegram.channelNotFound', { channel: this.names.channel }),
        details,
      );
    }
    if (
      code === 403 ||
      /administrator rights|not enough rights|have no rights|CHAT_ADMIN_REQUIRED|CHAT_WRITE_FORBIDDEN/i.test(
        description,
      )
    ) {
      return new ConnectorError('permission', this.adminAdvice(), details);
    }
    const reason = description.replace(/^Bad Request: /i, '');
    return new ConnectorError('rejected', say('connectors.telegram.postRefused', { said: reason }), details);
  }

  adminAdvice(): OwnerMessage {
    const { bot, channel } = this.names;
    return bot
      ? say('connectors.telegram.makeBotAdmin', { bot, channel })
      : say('connectors.telegram.makeYourBotAdmin', { channel });
  }
}
