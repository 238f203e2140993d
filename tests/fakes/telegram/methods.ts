// The Bot API methods Cadence uses, with Telegram's documented limits and error descriptions.
import { createHash } from 'node:crypto';
import type { MultipartPart } from '../multipart';
import { parseFormattedText } from './text';
import { UPDATE_TYPES, type TelegramChat, type TelegramMessage, type TelegramWorld } from './world';

export type MethodResult =
  { ok: true; result: unknown } | { ok: false; error_code: number; description: string };
export interface MethodCall {
  values: Record<string, unknown>;
  files: Map<string, MultipartPart>;
  /** Where a method notes a request that breaks a documented rule. */
  violation(message: string): void;
}

const TEXT_LIMIT = 4096;
const CAPTION_LIMIT = 1024;
const PHOTO_SIZE_LIMIT = 10 * 1024 * 1024;
/** "Bots can currently send video files of up to 50 MB in size" (Bot API, sendVideo). */
const VIDEO_SIZE_LIMIT = 50 * 1024 * 1024;

export const failure = (error_code: number, description: string): MethodResult => ({
  ok: false,
  error_code,
  description,
});
const badRequest = (description: string) => failure(400, `Bad Request: ${description}`);

export function telegramMethods(world: TelegramWorld) {
  const fileIds = new Map<string, Record<string, unknown>>();

  /** The chat the bot may post in, or the error Telegram gives for it. */
  const postableChat = (chatId: unknown): TelegramChat | MethodResult => {
    const chat = world.findChat(chatId as number | string);
    if (!chat || (chat.bot === 'left' && !chat.username)) return badRequest('chat not found');
    if (chat.type === 'channel') {
      if (chat.bot === 'left') return failure(403, 'Forbidden: bot is not a member of the channel chat');
      if (chat.bot !== 'administrator' || !chat.rights.can_post_messages) {
        return badRequest('need administrator rights in the channel chat');
      }
    } else if (chat.bot === 'left')
      return failure(403, `Forbidden: bot is not a member of the ${chat.type} chat`);
    return chat;
  };

  const replyTarget = (
    chat: TelegramChat,
    call: MethodCall,
  ): { fields: Record<string, unknown> } | { error: MethodResult } => {
    const reply = call.values.reply_parameters as
      { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
    if (!reply) return { fields: {} };
    if (typeof reply.message_id !== 'number')
      return { error: badRequest("can't parse reply parameters JSON object") };
    const target = world.findMessage(chat.id, reply.message_id);
    if (!target && !reply.allow_sending_without_reply)
      return { error: badRequest('message to be replied not found') };
    return { fields: target ? { reply_to_message: target } : {} };
  };

  /** The message as sent, and the automatic forward a linked discussion group receives. */
  const publish = (chat: TelegramChat, fields: Record<string, unknown>): TelegramMessage => {
    const sender = chat.type === 'channel' ? { sender_chat: world.chatObject(chat) } : { from: world.bot };
    const message = world.post(chat, { ...sender, ...fields });
    const discussion =
      chat.type === 'channel' && chat.linkedChatId ? world.chats.get(chat.linkedChatId) : undefined;
    if (discussion) {
      const { reply_to_message: _reply, ...content } = fields;
      const forward = world.post(discussion, {
        from: { id: 777000, is_bot: false, first_name: 'Telegram' },
        sender_chat: world.chatObject(chat),
        is_automatic_forward: true,
        forward_origin: {
          type: 'channel',
          chat: world.chatObject(chat),
          message_id: message.message_id,
          date: message.date,
        },
        ...content,
      });
      if (discussion.botReads) world.deliver('message', forward);
    }
    return message;
  };

  const formatted = (source: string, parseMode: unknown, limit: number, tooLong: string) => {
    const parsed = parseFormattedText(source, parseMode as string | undefined);
    if (!parsed.ok) return badRequest(parsed.description.replace(/^Bad Request: /, ''));
    return parsed.text.length > limit ? badRequest(tooLong) : parsed.text;
  };

  /** A photo's, video's or album item's caption: formatted and held to the caption limit. */
  const captionOf = (caption: unknown, parseMode: unknown) =>
    formatted(String(caption ?? ''), parseMode, CAPTION_LIMIT, 'message caption is too long');

  const photoSizes = (photo: unknown, call: MethodCall): Record<string, unknown>[] | MethodResult => {
    if (typeof photo === 'string') {
      const known = fileIds.get(photo);
      if (known) return [known];
      if (/^https?:\/\//.test(photo))
        call.violation('the fake does not download photos from URLs; upload the file');
      return badRequest('wrong file identifier/HTTP URL specified');
    }
    const part = photo as MultipartPart;
    if (part.data.length > PHOTO_SIZE_LIMIT) return badRequest('file is too big');
    const size = imageSize(part.data);
    if (!size) return badRequest('IMAGE_PROCESS_FAILED');
    if (
      size.width + size.height > 10_000 ||
      Math.max(size.width, size.height) / Math.min(size.width, size.height) > 20
    ) {
      return badRequest('PHOTO_INVALID_DIMENSIONS');
    }
    const digest = createHash('sha256').update(part.data).digest('base64url');
    const entry = {
      file_id: `AgAC${digest}`,
      file_unique_id: `AQAD${digest.slice(0, 12)}`,
      file_size: part.data.length,
      ...size,
    };
    fileIds.set(entry.file_id, entry);
    return [entry];
  };

  /** An uploaded mp4 as Telegram describes it; the sizes are what the sender declared. */
  const videoFile = (
    video: unknown,
    values: Record<string, unknown>,
  ): Record<string, unknown> | MethodResult => {
    const part = video as MultipartPart | string;
    if (typeof part === 'string') return badRequest('wrong file identifier/HTTP URL specified');
    if (part.data.length > VIDEO_SIZE_LIMIT) return badRequest('file is too big');
    if (part.data.subarray(4, 8).toString('latin1') !== 'ftyp')
      return badRequest('wrong type of the web page content');
    const digest = createHash('sha256').update(part.data).digest('base64url');
    return {
      file_id: `BAAC${digest}`,
      file_unique_id: `AgAD${digest.slice(0, 12)}`,
      file_size: part.data.length,
      mime_type: 'video/mp4',
      duration: values.duration ?? 0,
      width: values.width ?? 0,
      height: values.height ?? 0,
    };
  };

  return {
    getMe: (): MethodResult => ({
      ok: true,
      result: {
        ...world.bot,
        can_join_groups: true,
        can_read_all_group_messages: false,
        supports_inline_queries: false,
        can_connect_to_business: false,
        has_main_web_app: false,
      },
    }),

    getChat: (call: MethodCall): MethodResult => {
      const chat = world.findChat(call.values.chat_id as number | string);
      if (!chat || (chat.bot === 'left' && !chat.username)) return badRequest('chat not found');
      const linked = chat.linkedChatId ? { linked_chat_id: chat.linkedChatId } : {};
      return {
        ok: true,
        result: {
          ...world.chatObject(chat),
          ...linked,
          accent_color_id: 0,
          max_reaction_count: 11,
          accepted_gift_types: {
            unlimited_gifts: false,
            limited_gifts: false,
            unique_gifts: false,
            premium_subscription: false,
          },
        },
      };
    },

    getChatMember: (call: MethodCall): MethodResult => {
      const chat = world.findChat(call.values.chat_id as number | string);
      if (!chat || (chat.bot === 'left' && !chat.username)) return badRequest('chat not found');
      if (call.values.user_id !== world.bot.id) return badRequest('user not found');
      if (chat.bot !== 'administrator') return { ok: true, result: { status: chat.bot, user: world.bot } };
      const rights = {
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
      };
      return { ok: true, result: { status: 'administrator', user: world.bot, ...rights, ...chat.rights } };
    },

    getChatMemberCount: (call: MethodCall): MethodResult => {
      const chat = world.findChat(call.values.chat_id as number | string);
      if (!chat || (chat.bot === 'left' && !chat.username)) return badRequest('chat not found');
      return { ok: true, result: chat.memberCount ?? 0 };
    },

    sendMessage: (call: MethodCall): MethodResult => {
      const chat = postableChat(call.values.chat_id);
      if ('ok' in chat) return chat;
      const text = formatted(
        String(call.values.text),
        call.values.parse_mode,
        TEXT_LIMIT,
        'message is too long',
      );
      if (typeof text !== 'string') return text;
      if (text === '') return badRequest('message text is empty');
      const reply = replyTarget(chat, call);
      if ('error' in reply) return reply.error;
      return { ok: true, result: publish(chat, { ...reply.fields, text }) };
    },

    sendPhoto: (call: MethodCall): MethodResult => {
      const chat = postableChat(call.values.chat_id);
      if ('ok' in chat) return chat;
      const caption = captionOf(call.values.caption, call.values.parse_mode);
      if (typeof caption !== 'string') return caption;
      const photo = photoSizes(call.values.photo, call);
      if (!Array.isArray(photo)) return photo;
      const reply = replyTarget(chat, call);
      if ('error' in reply) return reply.error;
      return { ok: true, result: publish(chat, { ...reply.fields, photo, ...(caption ? { caption } : {}) }) };
    },

    sendVideo: (call: MethodCall): MethodResult => {
      const chat = postableChat(call.values.chat_id);
      if ('ok' in chat) return chat;
      const caption = captionOf(call.values.caption, call.values.parse_mode);
      if (typeof caption !== 'string') return caption;
      const video = videoFile(call.values.video, call.values);
      if ('ok' in video) return video as MethodResult;
      const reply = replyTarget(chat, call);
      if ('error' in reply) return reply.error;
      return { ok: true, result: publish(chat, { ...reply.fields, video, ...(caption ? { caption } : {}) }) };
    },

    sendMediaGroup: (call: MethodCall): MethodResult => {
      const chat = postableChat(call.values.chat_id);
      if ('ok' in chat) return chat;
      const media = call.values.media;
      if (!Array.isArray(media) || media.length < 2 || media.length > 10) {
        call.violation('sendMediaGroup: media must be an array of 2-10 items');
        return badRequest('wrong number of media specified: must include 2-10 items');
      }
      const items: Record<string, unknown>[] = [];
      for (const item of media as {
        type?: string;
        media?: string;
        caption?: string;
        parse_mode?: string;
        duration?: number;
        width?: number;
        height?: number;
      }[]) {
        if (item.type !== 'photo' && item.type !== 'video') {
          call.violation(`sendMediaGroup: the fake sends photos and videos only, not ${String(item.type)}`);
          return badRequest('unsupported media type');
        }
        const attach = /^attach:\/\/(.+)$/.exec(item.media ?? '')?.[1];
        const source = attach === undefined ? item.media : call.files.get(attach);
        if (attach !== undefined && !source) return badRequest(`wrong file identifier/HTTP URL specified`);
        let file: Record<string, unknown>;
        if (item.type === 'video') {
          const video = videoFile(source, item);
          if ('ok' in video) return video as MethodResult;
          file = { video };
        } else {
          const photo = photoSizes(source, call);
          if (!Array.isArray(photo)) return photo;
          file = { photo };
        }
        const caption = captionOf(item.caption, item.parse_mode);
        if (typeof caption !== 'string') return caption;
        items.push({ ...file, ...(caption ? { caption } : {}) });
      }
      const group = String(world.date() * 1000 + (world.messages.get(chat.id)?.length ?? 0));
      return { ok: true, result: items.map((item) => publish(chat, { media_group_id: group, ...item })) };
    },

    /** Returns the updates to hand out now, or undefined to keep the long poll waiting. */
    readUpdates: (call: MethodCall): MethodResult | undefined => {
      const {
        offset,
        limit,
        allowed_updates: allowed,
      } = call.values as { offset?: number; limit?: number; allowed_updates?: unknown };
      if (allowed !== undefined) {
        if (!Array.isArray(allowed) || allowed.some((type) => !UPDATE_TYPES.includes(type as string))) {
          call.violation('getUpdates: allowed_updates must list update types from the Update object');
        } else world.allowedUpdates = allowed as string[];
      }
      if (limit !== undefined && (limit < 1 || limit > 100))
        call.violation('getUpdates: limit must be 1-100');
      if (offset !== undefined) world.confirm(offset);
      const batch = world.updates.slice(0, Math.min(100, Math.max(1, limit ?? 100)));
      return batch.length > 0 ? { ok: true, result: batch } : undefined;
    },
  };
}

function imageSize(data: Buffer): { width: number; height: number } | undefined {
  if (data.length > 24 && data.readUInt32BE(0) === 0x89504e47)
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  if (data.length > 10 && data.toString('latin1', 0, 4) === 'GIF8')
    return { width: data.readUInt16LE(6), height: data.readUInt16LE(8) };
  if (data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  for (let at = 2; at + 9 < data.length;) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1] ?? 0;
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  return undefined;
}
