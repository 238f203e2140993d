// The fake Bot API's world: the bot, its chats, the messages in them and the queue of updates
// getUpdates hands out, with Telegram's confirm-by-offset rule.

export interface TelegramUser {
  id: number;
  is_bot: boolean;
  first_name: string;
  username?: string;
}

export interface BotRights {
  can_post_messages: boolean;
  can_edit_messages: boolean;
  can_delete_messages: boolean;
}

export interface TelegramChat {
  id: number;
  type: 'channel' | 'supergroup' | 'private';
  title?: string;
  username?: string;
  first_name?: string;
  /** The discussion group of a channel, or the channel of a discussion group. */
  linkedChatId?: number;
  bot: 'administrator' | 'member' | 'left';
  rights: BotRights;
  /** Whether messages in this chat reach the bot (privacy mode off, or admin) */
  botReads: boolean;
  /** What getChatMemberCount answers. */
  memberCount?: number;
}

export type TelegramMessage = Record<string, unknown> & { message_id: number; chat: Record<string, unknown> };

/** By default getUpdates leaves out these kinds, which must be asked for. */
const OPT_IN_UPDATES = ['chat_member', 'message_reaction', 'message_reaction_count'];
export const UPDATE_TYPES = [
  'message',
  'edited_message',
  'channel_post',
  'edited_channel_post',
  'business_connection',
  'business_message',
  'edited_business_message',
  'deleted_business_messages',
  'message_reaction',
  'message_reaction_count',
  'inline_query',
  'chosen_inline_result',
  'callback_query',
  'shipping_query',
  'pre_checkout_query',
  'purchased_paid_media',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
];

export class TelegramWorld {
  readonly chats = new Map<number, TelegramChat>();
  readonly messages = new Map<number, TelegramMessage[]>();
  readonly updates: (Record<string, unknown> & { update_id: number })[] = [];
  allowedUpdates: string[] | null = null;
  private nextUpdateId = 100_000_001;
  private readonly waiters = new Set<() => void>();

  constructor(
    readonly bot: TelegramUser,
    private readonly now: () => number,
  ) {}

  date(): number {
    return Math.floor(this.now() / 1000);
  }

  findChat(chatId: number | string): TelegramChat | undefined {
    if (typeof chatId === 'number') return this.chats.get(chatId);
    const username = chatId.replace(/^@/, '').toLowerCase();
    return [...this.chats.values()].find((chat) => chat.username?.toLowerCase() === username);
  }

  chatObject(chat: TelegramChat): Record<string, unknown> {
    const fields: Record<string, unknown> = { id: chat.id, type: chat.type };
    for (const key of ['title', 'username', 'first_name'] as const) if (chat[key]) fields[key] = chat[key];
    return fields;
  }

  /** Stores a message with the chat's next message_id. */
  post(chat: TelegramChat, fields: Record<string, unknown>): TelegramMessage {
    const list = this.messages.get(chat.id) ?? [];
    this.messages.set(chat.id, list);
    const message: TelegramMessage = {
      message_id: list.length + 1,
      ...fields,
      chat: this.chatObject(chat),
      date: this.date(),
    };
    list.push(message);
    return message;
  }

  findMessage(chatId: number, messageId: number): TelegramMessage | undefined {
    return this.messages.get(chatId)?.find((message) => message.message_id === messageId);
  }

  /** Queues an update unless the bot's allowed_updates filter drops it when it is created. */
  deliver(type: string, payload: unknown): void {
    const allowed = this.allowedUpdates;
    const wanted = allowed && allowed.length > 0 ? allowed.includes(type) : !OPT_IN_UPDATES.includes(type);
    if (!wanted) return;
    this.updates.push({ update_id: this.nextUpdateId++, [type]: payload });
    for (const wake of this.waiters) wake();
  }

  /** Applies an offset: earlier updates are confirmed and forgotten; -N keeps only the last N. */
  confirm(offset: number): void {
    if (offset < 0) this.updates.splice(0, Math.max(0, this.updates.length + offset));
    else while ((this.updates[0]?.update_id ?? Infinity) < offset) this.updates.shift();
  }

  /** Resolves when an update arrives or after the given time, whichever is first. */
  waitForUpdate(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiters.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiters.add(done);
    });
  }

  wakeAll(): void {
    for (const wake of [...this.waiters]) wake();
  }
}
