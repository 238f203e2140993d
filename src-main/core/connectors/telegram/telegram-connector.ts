// Telegram channels, through a bot the owner made with @BotFather and added to the channel as
// an admin. Text goes out with sendMessage, one photo with sendPhoto, one video with sendVideo,
// an album with sendMediaGroup. Any Bot API server works, since Telegram lets people run their own.
import { z } from 'zod';
import type { TelegramConnect } from '../../../shared/connect-inputs';
import type { VideoFacts } from '../../../shared/entities';
import type {
  Account,
  AccountProfile,
  Connection,
  Connector,
  ConnectorContext,
  OutgoingPost,
} from '../connector';
import { say } from '../../../shared/messages/owner-message';
import { fitImagesFor } from '../media/fit-image';
import { ConnectorError } from '../connector-error';
import { imageBlob } from '../http/http-call';
import { readStoredSecret } from '../stored-secret';
import { validateOutgoing } from '../validate-post';
import {
  BotChat,
  BotChatMember,
  BotMessage,
  BotUser,
  TelegramBotApi,
  type BotApiStep,
} from './telegram-bot-api';

const StoredSecret = z.object({ botToken: z.string() });
const StoredSettings = z.object({
  chatId: z.number(),
  chatUsername: z.string().nullable(),
  botUsername: z.string().nullable(),
});
type StoredSettings = z.infer<typeof StoredSettings>;

export function telegramConnector(ctx: ConnectorContext): Connector<TelegramConnect> {
  /** The API for a connected channel, with the names its messages use. */
  const apiFor = (account: Account, step: BotApiStep) => {
    const settings = settingsOf(account);
    const api = new TelegramBotApi(
      ctx,
      account.serverUrl ?? 'https://api.telegram.org',
      tokenOf(account),
      { channel: account.handle, bot: settings.botUsername ? `@${settings.botUsername}` : undefined },
      step,
    );
    return { api, settings };
  };

  return {
    network: 'telegram',
    limitsOf: () => null,
    validate: (post) => validateOutgoing('telegram', post),

    async connect(input) {
      const baseUrl = input.apiBaseUrl.replace(/\/+$/, '');
      const api = new TelegramBotApi(ctx, baseUrl, input.botToken, { channel: input.chat }, 'sign-in');
      const checked = await checkChannel(api, parseChatRef(input.chat));
      const connection: Connection = {
        secret: JSON.stringify({ botToken: input.botToken }),
        serverUrl: baseUrl,
        settings: checked.settings,
        profile: checked.profile,
      };
      return connection;
    },

    async test(account) {
      const { api, settings } = apiFor(account, 'stored');
      return (await checkChannel(api, settings.chatId)).profile;
    },

    async profile(account) {
      const { api, settings } = apiFor(account, 'stored');
      const chat = await api.call('getChat', { chat_id: settings.chatId }, BotChat);
      return profileOf(chat, await memberCount(api, chat.id));
    },

    async publish(account, post) {
      const { api, settings } = apiFor(account, 'stored');
      if (post.replyTo) {
        // An answer goes where the message came from (the discussion group or a private chat).
        const parent = telegramMessageRef(post.replyTo.parent.id);
        const message = await send(api, parent.chatId, post, parent.messageId);
        return {
          remoteId: `${message.chat.id}:${message.message_id}`,
          remoteUrl: messageUrl(message.chat.username ?? null, message.message_id),
        };
      }
      const message = await send(api, settings.chatId, post);
      return {
        remoteId: String(message.message_id),
        remoteUrl: messageUrl(message.chat.username ?? settings.chatUsername, message.message_id),
      };
    },

    // Telegram has no idempotency keys, and a bot cannot read a channel's history, so after a
    // lost answer only the owner can see whether the post arrived.
    async verify(account, _post, remoteId) {
      if (remoteId !== null) {
        const settings = settingsOf(account);
        return {
          status: 'published',
          remoteId,
          // A reply's id names its chat ("<chat>:<message>"); only channel posts have a known link.
          remoteUrl: remoteId.includes(':') ? null : messageUrl(settings.chatUsername, Number(remoteId)),
        };
      }
      return {
        status: 'cannot-tell',
        reason: say('connectors.telegram.cannotTell', { handle: account.handle }),
      };
    },
  };
}

/** The bot, the channel and the bot's right to post there, as connect and "test connection" need them. */
async function checkChannel(
  api: TelegramBotApi,
  chatRef: string | number,
): Promise<{ settings: StoredSettings; profile: AccountProfile }> {
  const bot = await api.call('getMe', {}, BotUser);
  api.names.bot = bot.username ? `@${bot.username}` : bot.first_name;
  const chat = await api.call('getChat', { chat_id: chatRef }, BotChat);
  api.names.channel = chat.username ? `@${chat.username}` : (chat.title ?? String(chat.id));
  if (chat.type !== 'channel') {
    throw new ConnectorError(
      'config',
      say(chat.type === 'private' ? 'connectors.telegram.privateChat' : 'connectors.telegram.group', {
        channel: api.names.channel,
      }),
    );
  }
  const member = await api.call('getChatMember', { chat_id: chat.id, user_id: bot.id }, BotChatMember);
  if (member.status !== 'administrator' || member.can_post_messages !== true) {
    throw new ConnectorError('permission', api.adminAdvice());
  }
  return {
    settings: { chatId: chat.id, chatUsername: chat.username ?? null, botUsername: bot.username ?? null },
    profile: profileOf(chat, await memberCount(api, chat.id)),
  };
}

function memberCount(api: TelegramBotApi, chatId: number): Promise<number> {
  return api.call('getChatMemberCount', { chat_id: chatId }, z.number().int().nonnegative());
}

/**
 * sendMessage for text, sendPhoto for one photo, sendVideo for one video, sendMediaGroup
 * (caption on the first) for 2–10 photos and videos.
 */
async function send(
  api: TelegramBotApi,
  chatId: number,
  post: OutgoingPost,
  replyToMessageId?: number,
): Promise<z.infer<typeof BotMessage>> {
  const images = await fitImagesFor('telegram', post.images);
  const caption = post.text.trim() === '' ? undefined : post.text;
  const [first] = images;
  const reply = replyToMessageId === undefined ? undefined : { message_id: replyToMessageId };
  if (!first) {
    return api.call(
      'sendMessage',
      { chat_id: chatId, text: post.text, ...(reply ? { reply_parameters: reply } : {}) },
      BotMessage,
    );
  }
  const form = new FormData();
  form.append('chat_id', String(chatId));
  if (reply) form.append('reply_parameters', JSON.stringify(reply));
  if (images.length === 1 && first.video) {
    form.append('video', imageBlob(first), first.fileName);
    for (const [name, value] of Object.entries(videoFields(first.video))) form.append(name, String(value));
    if (caption) form.append('caption', caption);
    return api.call('sendVideo', form, BotMessage);
  }
  if (images.length === 1) {
    form.append('photo', imageBlob(first), first.fileName);
    if (caption) form.append('caption', caption);
    return api.call('sendPhoto', form, BotMessage);
  }
  const media = images.map((image, index) => {
    const type = image.video ? 'video' : 'photo';
    form.append(`${type}${index}`, imageBlob(image), image.fileName);
    return {
      type,
      media: `attach://${type}${index}`,
      ...(image.video ? videoFields(image.video) : {}),
      ...(index === 0 && caption ? { caption } : {}),
    };
  });
  form.append('media', JSON.stringify(media));
  const [album] = await api.call('sendMediaGroup', form, z.array(BotMessage).min(1));
  // An album is one post to the reader; its first message is the one to link to.
  return album!;
}

/** What Cadence read of a video, so Telegram shows its length and shape before it loads. */
function videoFields(video: VideoFacts) {
  return {
    duration: Math.round(video.durationMs / 1000),
    width: video.width,
    height: video.height,
    supports_streaming: true,
  };
}

function profileOf(chat: z.infer<typeof BotChat>, members: number): AccountProfile {
  return {
    handle: chat.username ? `@${chat.username}` : (chat.title ?? String(chat.id)),
    displayName: chat.title ?? null,
    // A channel photo is only reachable through a URL holding the bot token: never shown.
    avatarUrl: null,
    followersCount: members,
    remoteAccountId: String(chat.id),
  };
}

/** Public channels have t.me links; a private channel's messages have no link anyone could open. */
function messageUrl(username: string | null, messageId: number): string | null {
  return username ? `https://t.me/${username}/${messageId}` : null;
}

/** A Telegram message as inbox items and replies name it: "<chat id>:<message id>". */
export function telegramMessageRef(id: string): { chatId: number; messageId: number } {
  const match = /^(-?\d+):(\d+)$/.exec(id);
  if (!match) throw new ConnectorError('config', say('connectors.telegram.lostMessage'));
  return { chatId: Number(match[1]), messageId: Number(match[2]) };
}

function parseChatRef(chat: string): string | number {
  return /^-?\d+$/.test(chat) ? Number(chat) : chat;
}

export function tokenOf(account: Account): string {
  return readStoredSecret(StoredSecret, account.secret, 'Telegram').botToken;
}

export function settingsOf(account: Pick<Account, 'settings'>): StoredSettings {
  const parsed = StoredSettings.safeParse(account.settings);
  if (!parsed.success) {
    throw new ConnectorError('auth', say('connectors.telegram.lostChannel'));
  }
  return parsed.data;
}
