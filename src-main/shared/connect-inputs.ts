// What the owner types to connect each network. Secrets in here go straight to the
// keychain in main; they are never stored in SQLite or sent back to the renderer.
import { z } from 'zod';
import { Id, LIMITS } from './entities';

const HttpUrl = z
  .string()
  .trim()
  .max(2_000)
  .url('Enter a full web address, starting with https://')
  .refine((value) => /^https?:\/\//i.test(value), 'The address must start with https:// or http://');
const Secret = (what: string) => z.string().trim().min(1, `Enter the ${what}`).max(4_000);
const Common = {
  /** Reconnecting keeps the channel (and its posts); omitted for a new channel. */
  channelId: Id.optional(),
  displayName: z.string().trim().max(LIMITS.name).optional(),
};

export const BlueskyConnect = z
  .object({
    network: z.literal('bluesky'),
    serviceUrl: HttpUrl.default('https://bsky.social'),
    identifier: z.string().trim().min(1, 'Enter your Bluesky handle or email').max(LIMITS.handle),
    appPassword: Secret('app password'),
    ...Common,
  })
  .strict();

export const MastodonTokenConnect = z
  .object({
    network: z.literal('mastodon'),
    instanceUrl: HttpUrl,
    accessToken: Secret('access token'),
    ...Common,
  })
  .strict();

export const TelegramConnect = z
  .object({
    network: z.literal('telegram'),
    botToken: Secret('bot token').regex(
      /^\d+:[\w-]+$/,
      'A bot token looks like 123456:ABC-DEF… (from @BotFather)',
    ),
    chat: z
      .string()
      .trim()
      .regex(/^(@[A-Za-z][\w]{3,}|-?\d+)$/, 'Enter the channel as @username or its numeric id'),
    apiBaseUrl: HttpUrl.default('https://api.telegram.org'),
    ...Common,
  })
  .strict();

export const DiscordConnect = z
  .object({
    network: z.literal('discord'),
    webhookUrl: HttpUrl.refine(
      (value) => /\/api\/webhooks\/\d+\/[\w-]+\/?$/.test(new URL(value).pathname),
      'Paste the webhook URL from Discord: Server Settings → Integrations → Webhooks → Copy Webhook URL',
    ),
    ...Common,
  })
  .strict();

export const WebhookConnect = z
  .object({
    network: z.literal('webhook'),
    url: HttpUrl,
    signingSecret: z.string().min(16, 'Use a signing secret of at least 16 characters').max(4_000),
    ...Common,
  })
  .strict();

export const ConnectInput = z.discriminatedUnion('network', [
  BlueskyConnect,
  MastodonTokenConnect,
  TelegramConnect,
  DiscordConnect,
  WebhookConnect,
]);
export type ConnectInput = z.infer<typeof ConnectInput>;
export type BlueskyConnect = z.infer<typeof BlueskyConnect>;
export type MastodonTokenConnect = z.infer<typeof MastodonTokenConnect>;
export type TelegramConnect = z.infer<typeof TelegramConnect>;
export type DiscordConnect = z.infer<typeof DiscordConnect>;
export type WebhookConnect = z.infer<typeof WebhookConnect>;

/** Mastodon's OAuth sign-in: Cadence registers itself on the instance and opens the browser. */
export const MastodonOAuthStart = z.object({ instanceUrl: HttpUrl, ...Common }).strict();
export type MastodonOAuthStart = z.infer<typeof MastodonOAuthStart>;
