// Telegram's inbox, through the bot: comments in the channel's linked discussion group and
// messages people send the bot, read with getUpdates. The cursor holds the next offset, which
// confirms everything before it to Telegram, so each update is read once. Telegram shows a bot
// only what it has access to; what is missing is said in the channel's notice.
import { z } from 'zod';
import type { ConnectorContext } from '../../connectors/connector';
import { ConnectorError } from '../../connectors/connector-error';
import { settingsOf, tokenOf } from '../../connectors/telegram/telegram-connector';
import { BotChatMember, BotUser, TelegramBotApi } from '../../connectors/telegram/telegram-bot-api';
import type { InboxSource, IncomingItem } from '../inbox-source';

/** getUpdates' most per call. */
const PAGE = 100;
/** Discussion-group copies of channel posts remembered, to place answers to answers. */
const MAX_FORWARDS = 1_000;

const Person = z.object({
  id: z.number(),
  is_bot: z.boolean().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});
const Chat = z.object({
  id: z.number(),
  type: z.string(),
  title: z.string().optional(),
  username: z.string().optional(),
});
const BaseMessage = z.object({
  message_id: z.number(),
  date: z.number(),
  chat: Chat,
  from: Person.optional(),
  sender_chat: Chat.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  message_thread_id: z.number().optional(),
  is_automatic_forward: z.boolean().optional(),
  forward_origin: z
    .object({ type: z.string(), chat: Chat.optional(), message_id: z.number().optional() })
    .optional(),
});
const Message = BaseMessage.extend({ reply_to_message: BaseMessage.optional() });
type Message = z.infer<typeof Message>;
const Update = z.object({ update_id: z.number(), message: Message.optional() });
const ChannelChat = Chat.extend({ linked_chat_id: z.number().optional() });

/** offset: the next update to read; forwards: discussion-group message id → channel post id. */
const Cursor = z.object({ offset: z.number().nullable(), forwards: z.record(z.string(), z.number()) });
type Cursor = z.infer<typeof Cursor>;

export function telegramInboxSource(ctx: ConnectorContext): InboxSource {
  return {
    network: 'telegram',
    async fetchSince(account, stored) {
      const settings = settingsOf(account);
      const api = new TelegramBotApi(
        ctx,
        account.serverUrl ?? 'https://api.telegram.org',
        tokenOf(account),
        { channel: account.handle, bot: settings.botUsername ? `@${settings.botUsername}` : undefined },
        'stored',
      );
      const cursor = parseCursor(stored);
      const bot = await api.call(
        'getMe',
        {},
        BotUser.extend({ can_read_all_group_messages: z.boolean().optional() }),
      );
      const channel = await api.call('getChat', { chat_id: settings.chatId }, ChannelChat);
      const groupId = channel.linked_chat_id ?? null;
      const notice = await accessNotice(api, bot, groupId, api.names.bot ?? 'your bot');
      const updates = await readUpdates(api, cursor.offset);
      const forwards = { ...cursor.forwards };
      const items: IncomingItem[] = [];
      for (const { message } of updates) {
        if (!message) continue;
        if (message.chat.id === groupId) {
          if (message.is_automatic_forward && message.forward_origin?.chat?.id === channel.id) {
            forwards[message.message_id] = message.forward_origin.message_id!;
            continue;
          }
          const item = commentOf(message, bot.id, channel, forwards);
          if (item) items.push(item);
        } else if (message.chat.type === 'private') {
          const item = directOf(message, bot.id);
          if (item) items.push(item);
        }
      }
      const last = updates[updates.length - 1];
      const next: Cursor = { offset: last ? last.update_id + 1 : cursor.offset, forwards: recent(forwards) };
      return { items, nextCursor: JSON.stringify(next), more: updates.length === PAGE, notice };
    },
  };
}

async function readUpdates(api: TelegramBotApi, offset: number | null) {
  try {
    return await api.call(
      'getUpdates',
      { ...(offset === null ? {} : { offset }), limit: PAGE, timeout: 0, allowed_updates: ['message'] },
      z.array(Update),
    );
  } catch (error) {
    if (error instanceof ConnectorError && error.details.httpStatus === 409) {
      throw new ConnectorError(
        'config',
        'Another program reads this bot’s messages (a webhook or another app). Telegram lets only one do that, so Cadence cannot read comments while it does.',
        error.details,
      );
    }
    throw error;
  }
}

async function accessNotice(
  api: TelegramBotApi,
  bot: z.infer<typeof BotUser> & { can_read_all_group_messages?: boolean },
  groupId: number | null,
  botName: string,
): Promise<string | null> {
  if (groupId === null) {
    return 'This channel has no discussion group, so it has no comments. Messages people send the bot still arrive.';
  }
  const member = await api.call('getChatMember', { chat_id: groupId, user_id: bot.id }, BotChatMember);
  if (member.status === 'left' || member.status === 'kicked') {
    return `${botName} is not in the channel’s discussion group, so Cadence cannot see comments. Add it to the group as an admin.`;
  }
  if (member.status !== 'administrator' && member.status !== 'creator' && !bot.can_read_all_group_messages) {
    return `Telegram may hide some comments from ${botName}. Make it an admin of the discussion group to see them all.`;
  }
  return null;
}

function commentOf(
  message: Message,
  botId: number,
  channel: z.infer<typeof ChannelChat>,
  forwards: Record<string, number>,
): IncomingItem | null {
  // Our own answers and posts made as the channel are not for the inbox.
  if (message.from?.id === botId || message.sender_chat?.id === channel.id) return null;
  const groupId = message.chat.id;
  const parent = message.reply_to_message;
  const threadId = message.message_thread_id ?? parent?.message_id;
  const postId =
    (threadId !== undefined ? forwards[threadId] : undefined) ??
    (parent?.is_automatic_forward ? parent.forward_origin?.message_id : undefined);
  const answersBot = parent?.from?.id === botId;
  const answersPost = parent?.is_automatic_forward === true;
  return {
    ...common(message),
    kind: answersBot ? 'reply' : 'comment',
    url:
      channel.username && postId !== undefined
        ? `https://t.me/${channel.username}/${postId}?comment=${message.message_id}`
        : null,
    parentRemoteId: parent ? `${groupId}:${parent.message_id}` : null,
    rootRemoteId: threadId !== undefined ? `${groupId}:${threadId}` : null,
    answersOurRemoteId: postId !== undefined ? String(postId) : null,
    parent: parent && !answersPost && !answersBot ? contextOf(parent) : null,
  };
}

function directOf(message: Message, botId: number): IncomingItem | null {
  if (message.from?.id === botId || /^\/start\b/.test(message.text ?? '')) return null;
  const parent = message.reply_to_message;
  return {
    ...common(message),
    kind: 'message',
    url: null,
    parentRemoteId: parent ? `${message.chat.id}:${parent.message_id}` : null,
    rootRemoteId: null,
    parent: null,
  };
}

function common(
  message: Message,
): Pick<IncomingItem, 'remoteId' | 'author' | 'text' | 'receivedAt' | 'replyTo'> {
  const ref = { id: `${message.chat.id}:${message.message_id}` };
  return {
    remoteId: ref.id,
    author: authorOf(message),
    text: message.text ?? message.caption ?? '',
    receivedAt: message.date * 1000,
    replyTo: { parent: ref, root: ref },
  };
}

function authorOf(message: Pick<Message, 'from' | 'sender_chat'>): IncomingItem['author'] {
  const from = message.from;
  if (!from) {
    const chat = message.sender_chat;
    return {
      name: chat?.title ?? null,
      handle: chat?.username ? `@${chat.username}` : (chat?.title ?? 'Telegram'),
      avatarUrl: null,
    };
  }
  const name = [from.first_name, from.last_name].filter(Boolean).join(' ') || null;
  // A profile photo is only reachable through a URL holding the bot token: never shown.
  return { name, handle: from.username ? `@${from.username}` : (name ?? String(from.id)), avatarUrl: null };
}

function contextOf(message: z.infer<typeof BaseMessage>): IncomingItem['parent'] {
  const author = authorOf(message);
  return {
    authorName: author.name,
    authorHandle: author.handle,
    text: message.text ?? message.caption ?? '',
    url: null,
    at: message.date * 1000,
  };
}

function parseCursor(stored: string | null): Cursor {
  try {
    const parsed = Cursor.safeParse(stored === null ? null : JSON.parse(stored));
    if (parsed.success) return parsed.data;
  } catch {
    // A damaged cursor starts over from what Telegram still holds; items are stored once anyway.
  }
  return { offset: null, forwards: {} };
}

function recent(forwards: Record<string, number>): Record<string, number> {
  const entries = Object.entries(forwards).sort(([a], [b]) => Number(a) - Number(b));
  return Object.fromEntries(entries.slice(-MAX_FORWARDS));
}
