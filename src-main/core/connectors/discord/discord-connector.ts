// Discord, through a channel webhook the owner pastes from Server Settings → Integrations.
// Text goes as JSON; photos go as multipart (payload_json plus files[n]) with their alt text as
// the attachment description. `?wait=true` makes Discord answer with the message it created.
import { fitImagesFor } from '../media/fit-image';
import { z } from 'zod';
import type { DiscordConnect } from '../../../shared/connect-inputs';
import { say } from '../../../shared/messages/owner-message';
import type {
  Account,
  AccountProfile,
  Connection,
  Connector,
  ConnectorContext,
  OutgoingPost,
} from '../connector';
import { imageBlob, type HttpRequest } from '../http/http-call';
import { readStoredSecret } from '../stored-secret';
import { validateOutgoing } from '../validate-post';
import {
  DiscordWebhook,
  UNKNOWN_MESSAGE,
  WebhookInfo,
  WebhookMessage,
  type WebhookStep,
} from './discord-webhook';

const StoredSecret = z.object({ webhookUrl: z.string() });
const StoredSettings = z.object({ guildId: z.string().nullable() }).partial();
/** Discord's limit on an attachment's description. */
const DESCRIPTION_LIMIT = 1_024;

export function discordConnector(ctx: ConnectorContext): Connector<DiscordConnect> {
  const webhookFor = (account: Account, step: WebhookStep) =>
    new DiscordWebhook(ctx, readStoredSecret(StoredSecret, account.secret, 'Discord').webhookUrl, step);

  /** GET on the webhook: its name, server and channel. */
  const inspect = (webhook: DiscordWebhook) => webhook.call('', { method: 'GET' }, WebhookInfo);

  return {
    network: 'discord',
    limitsOf: () => null,
    validate: (post) => validateOutgoing('discord', post),

    async connect(input) {
      const url = new URL(input.webhookUrl);
      const webhookUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
      const info = await inspect(new DiscordWebhook(ctx, webhookUrl, 'sign-in'));
      const connection: Connection = {
        secret: JSON.stringify({ webhookUrl }),
        // Only the origin: the rest of the URL is the webhook's token.
        serverUrl: url.origin,
        settings: { guildId: info.guild_id ?? null },
        profile: profileOf(info),
      };
      return connection;
    },

    test: async (account) => profileOf(await inspect(webhookFor(account, 'stored'))),
    profile: async (account) => profileOf(await inspect(webhookFor(account, 'stored'))),

    async publish(account, post) {
      const message = await webhookFor(account, 'stored').call(
        '?wait=true',
        messageRequest({ ...post, images: await fitImagesFor('discord', post.images) }),
        WebhookMessage,
      );
      return { remoteId: message.id, remoteUrl: messageUrl(account, message) };
    },

    // Webhooks have no idempotency key: without the message id only the owner can tell
    // whether a post whose answer was lost reached the channel.
    async verify(account, _post, remoteId) {
      if (remoteId === null) {
        return {
          status: 'cannot-tell',
          reason: say('connectors.discord.cannotTell', { handle: account.handle }),
        };
      }
      const found = await webhookFor(account, 'stored').find(
        `/messages/${encodeURIComponent(remoteId)}`,
        WebhookMessage,
        UNKNOWN_MESSAGE,
      );
      return found
        ? { status: 'published', remoteId, remoteUrl: messageUrl(account, found) }
        : { status: 'absent' };
    },
  };
}

function messageRequest(post: OutgoingPost): Omit<HttpRequest, 'url'> {
  const content = post.text.trim() === '' ? {} : { content: post.text };
  if (post.images.length === 0) return { method: 'POST', body: content };
  const form = new FormData();
  const attachments = post.images.map((image, id) => ({
    id,
    filename: image.fileName,
    // Cadence allows longer alt text than Discord keeps; the start of it is better than none.
    ...(image.altText.trim() ? { description: [...image.altText].slice(0, DESCRIPTION_LIMIT).join('') } : {}),
  }));
  form.append('payload_json', JSON.stringify({ ...content, attachments }));
  post.images.forEach((image, id) => form.append(`files[${id}]`, imageBlob(image), image.fileName));
  return { method: 'POST', body: form };
}

function profileOf(info: z.infer<typeof WebhookInfo>): AccountProfile {
  const name = info.name ?? 'Discord webhook';
  return { handle: name, displayName: name, avatarUrl: null, followersCount: null, remoteAccountId: info.id };
}

/** A link only when the server is known; webhooks in a thread or DM have none to share. */
function messageUrl(account: Account, message: z.infer<typeof WebhookMessage>): string | null {
  const settings = StoredSettings.safeParse(account.settings);
  const guildId = settings.success ? settings.data.guildId : null;
  return guildId ? `https://discord.com/channels/${guildId}/${message.channel_id}/${message.id}` : null;
}
