// A fake Telegram Bot API server (https://core.telegram.org/bots/api) at /bot<token>/<method>.
// Requests are read and checked the way the Bot API reads them; anything that breaks a
// documented rule is answered as Telegram answers it and recorded in `violations`.
import { randomBytes } from 'node:crypto';
import {
  FaultQueue,
  startHttpFake,
  type FakeOutcome,
  type FakeReply,
  type RecordedRequest,
} from './http-fake-kit';
import { failure, telegramMethods, type MethodCall, type MethodResult } from './telegram/methods';
import { METHODS, readParams } from './telegram/params';
import { TelegramWorld, type TelegramChat, type TelegramMessage, type TelegramUser } from './telegram/world';
import { TransportFaults } from './transport-faults';

export type TelegramFault =
  | { kind: 'rate-limited'; retryAfter: number }
  | { kind: 'unauthorized' }
  | { kind: 'chat-not-found' }
  | { kind: 'not-member' }
  | { kind: 'server-error' }
  /** Never answer; with afterHandling the message is sent first and only the reply is lost. */
  | { kind: 'hang'; afterHandling?: boolean };

export interface TelegramFakeOptions {
  now?: () => number;
  channel?: {
    id?: number;
    username?: string;
    title?: string;
    bot?: TelegramChat['bot'];
    canPostMessages?: boolean;
    memberCount?: number;
    /** The linked discussion group where comments live; null for a channel without one. */
    discussion?: { id?: number; title?: string; botReads?: boolean } | null;
  };
}

const REQUIRED_MISSING: Record<string, string> = {
  chat_id: 'chat_id is empty',
  text: 'message text is empty',
  photo: 'there is no photo in the request',
  user_id: 'invalid user_id specified',
};

export async function startTelegramFake(options: TelegramFakeOptions = {}) {
  const now = options.now ?? Date.now;
  const bot: TelegramUser = {
    id: 7_000_000_001,
    is_bot: true,
    first_name: 'Cadence Bot',
    username: 'cadence_test_bot',
  };
  const token = `${bot.id}:${randomBytes(26).toString('base64url').slice(0, 35)}`;
  const world = new TelegramWorld(bot, now);
  const spec = options.channel ?? {};
  const channel: TelegramChat = {
    id: spec.id ?? -1_001_234_567_890,
    type: 'channel',
    title: spec.title ?? 'Cadence Bakery',
    username: spec.username ?? 'cadence_bakery',
    bot: spec.bot ?? 'administrator',
    rights: {
      can_post_messages: spec.canPostMessages ?? true,
      can_edit_messages: true,
      can_delete_messages: true,
    },
    botReads: true,
    memberCount: spec.memberCount ?? 128,
  };
  world.chats.set(channel.id, channel);
  if (spec.discussion !== null) {
    const group: TelegramChat = {
      id: spec.discussion?.id ?? -1_009_876_543_210,
      type: 'supergroup',
      title: spec.discussion?.title ?? 'Cadence Bakery Chat',
      linkedChatId: channel.id,
      bot: 'member',
      rights: { can_post_messages: true, can_edit_messages: false, can_delete_messages: false },
      botReads: spec.discussion?.botReads ?? true,
    };
    channel.linkedChatId = group.id;
    world.chats.set(group.id, group);
  }
  const methods = telegramMethods(world);
  const violations: string[] = [];
  const faults = new FaultQueue<TelegramFault>();
  const transport = new TransportFaults();
  let pollGeneration = 0;
  let closed = false;

  const reply = (result: MethodResult, extra: Record<string, unknown> = {}): FakeReply => ({
    status: result.ok ? 200 : result.error_code,
    json: { ...result, ...extra },
  });

  const faultReply = (fault: Exclude<TelegramFault, { kind: 'hang' }>): FakeReply => {
    switch (fault.kind) {
      case 'rate-limited':
        return reply(failure(429, `Too Many Requests: retry after ${fault.retryAfter}`), {
          parameters: { retry_after: fault.retryAfter },
        });
      case 'unauthorized':
        return reply(failure(401, 'Unauthorized'));
      case 'chat-not-found':
        return reply(failure(400, 'Bad Request: chat not found'));
      case 'not-member':
        return reply(failure(403, 'Forbidden: bot is not a member of the channel chat'));
      case 'server-error':
        return reply(failure(500, 'Internal Server Error'));
    }
  };

  const longPoll = async (call: MethodCall, timeoutSeconds: number): Promise<FakeReply> => {
    const generation = ++pollGeneration;
    world.wakeAll();
    const first = methods.readUpdates(call);
    if (first) return reply(first);
    const limit = Math.min(100, Math.max(1, (call.values.limit as number | undefined) ?? 100));
    const deadline = Date.now() + timeoutSeconds * 1000;
    while (!closed && Date.now() < deadline) {
      await world.waitForUpdate(deadline - Date.now());
      if (generation !== pollGeneration) {
        return reply(
          failure(
            409,
            'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
          ),
        );
      }
      if (world.updates.length > 0) break;
    }
    return reply({ ok: true, result: world.updates.slice(0, limit) });
  };

  const handle = async (request: RecordedRequest): Promise<FakeOutcome> => {
    const route = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(request.path);
    if (!route || !/^\d+:[A-Za-z0-9_-]+$/.test(route[1] ?? '')) return reply(failure(404, 'Not Found'));
    if (route[1] !== token) return reply(failure(401, 'Unauthorized'));
    const name = Object.keys(METHODS).find((method) => method.toLowerCase() === route[2]?.toLowerCase());
    if (!name || !['GET', 'POST'].includes(request.method)) {
      violations.push(`${request.method} ${route[2]}: not a Bot API method the fake serves`);
      return reply(failure(404, 'Not Found'));
    }
    const params = readParams(name, METHODS[name] as (typeof METHODS)[string], request);
    violations.push(...params.violations);
    const missing = METHODS[name]?.required.find((param) => params.values[param] === undefined);
    if (missing) {
      violations.push(`${name}: missing required parameter ${missing}`);
      return reply(
        failure(400, `Bad Request: ${REQUIRED_MISSING[missing] ?? `parameter "${missing}" is required`}`),
      );
    }
    const fault = faults.take(request.method, name);
    if (fault?.kind === 'hang' && !fault.afterHandling) return 'hang';
    if (fault && fault.kind !== 'hang') return faultReply(fault);
    const call: MethodCall = {
      values: params.values,
      files: params.files,
      violation: (message) => violations.push(message),
    };
    if (name === 'getUpdates') return longPoll(call, (params.values.timeout as number | undefined) ?? 0);
    const handler = methods[name as Exclude<keyof typeof methods, 'readUpdates'>];
    const result = await transport.apply(request, () => reply(handler(call)));
    return fault?.kind === 'hang' ? 'hang' : result;
  };

  const server = await startHttpFake(handle, { now });
  const discussion = channel.linkedChatId ? world.chats.get(channel.linkedChatId) : undefined;

  return {
    url: server.url,
    /** The Bot API base for this bot, as a client builds it: `${url}/bot${token}`. */
    apiBase: `${server.url}/bot${token}`,
    token,
    bot,
    channel,
    discussion,
    world,
    faults,
    /** Lost answers after a method took effect: a dropped socket, a 502, a drop after a wait. */
    transport,
    violations,
    requests: server.requests,
    /** Messages in the channel, as posted. */
    get channelPosts(): TelegramMessage[] {
      return world.messages.get(channel.id) ?? [];
    },
    /** A comment under a channel post, in the linked discussion group (reaches the bot only if it reads the group). */
    addComment(comment: {
      postId: number;
      from: Omit<TelegramUser, 'is_bot'>;
      text: string;
    }): TelegramMessage {
      const forward = (discussion && world.messages.get(discussion.id))?.find(
        (message) =>
          (message.forward_origin as { message_id?: number } | undefined)?.message_id === comment.postId,
      );
      if (!discussion || !forward) throw new Error(`channel post ${comment.postId} has no discussion thread`);
      const from = { ...comment.from, is_bot: false };
      const message = world.post(discussion, {
        from,
        text: comment.text,
        message_thread_id: forward.message_id,
        reply_to_message: forward,
      });
      if (discussion.botReads) world.deliver('message', message);
      return message;
    },
    /** Someone writes to the bot in private, optionally replying to one of its messages there. */
    addDirectMessage(direct: {
      from: Omit<TelegramUser, 'is_bot'>;
      text: string;
      replyTo?: number;
    }): TelegramMessage {
      const chat: TelegramChat = world.chats.get(direct.from.id) ?? {
        id: direct.from.id,
        type: 'private',
        first_name: direct.from.first_name,
        username: direct.from.username,
        bot: 'member',
        rights: { can_post_messages: true, can_edit_messages: false, can_delete_messages: false },
        botReads: true,
      };
      world.chats.set(chat.id, chat);
      const target = direct.replyTo === undefined ? undefined : world.findMessage(chat.id, direct.replyTo);
      const message = world.post(chat, {
        from: { ...direct.from, is_bot: false },
        text: direct.text,
        ...(target ? { reply_to_message: target } : {}),
      });
      world.deliver('message', message);
      return message;
    },
    close: async () => {
      closed = true;
      world.wakeAll();
      transport.dispose();
      await server.close();
    },
  };
}

export type TelegramFake = Awaited<ReturnType<typeof startTelegramFake>>;
