// What the owner types to connect each network. Secrets in here go straight to the
// keychain in main; they are never stored in SQLite or sent back to the renderer.
import { z } from 'zod';
import { HttpsUrl, Id, LIMITS, ReminderPresetId } from './entities';

const HttpUrl = z
  .string()
  .trim()
  .max(2_000)
  .url('input.webAddress')
  .refine((value) => /^https?:\/\//i.test(value), 'input.webAddressScheme');
/** A secret the owner pastes; `missing` is the input.* key that asks for it. */
const Secret = (missing: string) => z.string().trim().min(1, missing).max(4_000);
const Common = {
  /** Reconnecting keeps the channel (and its posts); omitted for a new channel. */
  channelId: Id.optional(),
  displayName: z.string().trim().max(LIMITS.name).optional(),
};

export const BlueskyConnect = z
  .object({
    network: z.literal('bluesky'),
    serviceUrl: HttpUrl.default('https://bsky.social'),
    identifier: z.string().trim().min(1, 'input.blueskyIdentifier').max(LIMITS.handle),
    appPassword: Secret('input.appPassword'),
    ...Common,
  })
  .strict();

export const MastodonTokenConnect = z
  .object({
    network: z.literal('mastodon'),
    instanceUrl: HttpUrl,
    accessToken: Secret('input.accessToken'),
    ...Common,
  })
  .strict();

export const TelegramConnect = z
  .object({
    network: z.literal('telegram'),
    botToken: Secret('input.botToken').regex(/^\d+:[\w-]+$/, 'input.botTokenShape'),
    chat: z
      .string()
      .trim()
      .regex(/^(@[A-Za-z][\w]{3,}|-?\d+)$/, 'input.telegramChat'),
    apiBaseUrl: HttpUrl.default('https://api.telegram.org'),
    ...Common,
  })
  .strict();

export const DiscordConnect = z
  .object({
    network: z.literal('discord'),
    webhookUrl: HttpUrl.refine(
      (value) => /\/api\/webhooks\/\d+\/[\w-]+\/?$/.test(new URL(value).pathname),
      'input.discordWebhook',
    ),
    ...Common,
  })
  .strict();

export const WebhookConnect = z
  .object({
    network: z.literal('webhook'),
    url: HttpUrl,
    signingSecret: z.string().min(16, 'input.signingSecret').max(4_000),
    ...Common,
  })
  .strict();

/**
 * A "Remind me" channel: no sign-in and no secret, only the network's preset. "Other" also needs
 * the network's name (displayName) and its composer's address (checked by the core, which says
 * which one is missing: a refinement here would not fit the union below).
 */
export const ReminderConnect = z
  .object({
    network: z.literal('reminder'),
    preset: ReminderPresetId,
    composerUrl: HttpsUrl.optional(),
    ...Common,
  })
  .strict();

export const ConnectInput = z.discriminatedUnion('network', [
  BlueskyConnect,
  MastodonTokenConnect,
  TelegramConnect,
  DiscordConnect,
  WebhookConnect,
  ReminderConnect,
]);
export type ConnectInput = z.infer<typeof ConnectInput>;
export type BlueskyConnect = z.infer<typeof BlueskyConnect>;
export type MastodonTokenConnect = z.infer<typeof MastodonTokenConnect>;
export type TelegramConnect = z.infer<typeof TelegramConnect>;
export type DiscordConnect = z.infer<typeof DiscordConnect>;
export type WebhookConnect = z.infer<typeof WebhookConnect>;
export type ReminderConnect = z.infer<typeof ReminderConnect>;

/** Mastodon's OAuth sign-in: Cadence registers itself on the instance and opens the browser. */
export const MastodonOAuthStart = z.object({ instanceUrl: HttpUrl, ...Common }).strict();
export type MastodonOAuthStart = z.infer<typeof MastodonOAuthStart>;
