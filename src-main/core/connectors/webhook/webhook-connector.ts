// The outgoing webhook, for Zapier, Make, n8n or the owner's own site. What a receiver can rely on:
//
//   POST <url>, Content-Type: application/json, body
//     { id, idempotencyKey, text, images: [{ fileName, mimeType, altText, dataBase64 }], channel: { name }, sentAt }
//   Idempotency-Key: the same on every retry of one post to this channel
//   X-Cadence-Event: "post", or "test" for "test connection" (body { "type": "cadence.test" })
//   X-Cadence-Timestamp: Unix seconds when the request was signed
//   X-Cadence-Signature: sha256=<lowercase hex HMAC-SHA256 of the raw body, keyed with the signing secret>
//
// A receiver answers any 2xx when it has the post, optionally with JSON { id, url } naming what
// it made. It must answer a repeated Idempotency-Key as it answered the first and act only once:
// that contract is what lets Cadence resend after a lost answer without making a duplicate.
// A test event must be answered 2xx and not acted on.
import { createHmac, randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { WebhookConnect } from '../../../shared/connect-inputs';
import type {
  Account,
  AccountProfile,
  Connection,
  Connector,
  ConnectorContext,
  OutgoingPost,
} from '../connector';
import { readStoredSecret } from '../stored-secret';
import { validateOutgoing } from '../validate-post';
import { deliver } from './webhook-delivery';

const StoredSecret = z.object({ url: z.string(), signingSecret: z.string() });
type StoredSecret = z.infer<typeof StoredSecret>;
const StoredSettings = z.object({ channelName: z.string() });

export function webhookConnector(ctx: ConnectorContext): Connector<WebhookConnect> {
  const sendTest = async (stored: StoredSecret): Promise<void> => {
    const body = JSON.stringify({ type: 'cadence.test' });
    // A fresh key: a test is never a retry of anything, and must not be answered from a cache.
    await deliver(
      ctx,
      stored.url,
      body,
      signedHeaders(stored.signingSecret, body, `cadence-test-${randomUUID()}`, 'test', ctx.clock.now()),
      'test',
    );
  };

  return {
    network: 'webhook',
    limitsOf: () => null,
    validate: (post) => validateOutgoing('webhook', post),

    async connect(input) {
      const stored: StoredSecret = { url: input.url, signingSecret: input.signingSecret };
      await sendTest(stored);
      const host = new URL(input.url).host;
      const connection: Connection = {
        // The whole URL is kept secret: services such as Zapier put their key in the path.
        secret: JSON.stringify(stored),
        serverUrl: new URL(input.url).origin,
        settings: { channelName: input.displayName?.trim() || host },
        profile: profileOf(host),
      };
      return connection;
    },

    async test(account) {
      const stored = readStoredSecret(StoredSecret, account.secret, 'the webhook');
      await sendTest(stored);
      return profileOf(new URL(stored.url).host);
    },

    profile: async (account) =>
      profileOf(new URL(readStoredSecret(StoredSecret, account.secret, 'the webhook').url).host),

    async publish(account, post) {
      const stored = readStoredSecret(StoredSecret, account.secret, 'the webhook');
      const body = JSON.stringify(deliveryBody(account, post));
      const answer = await deliver(
        ctx,
        stored.url,
        body,
        signedHeaders(stored.signingSecret, body, post.idempotencyKey, 'post', ctx.clock.now()),
        'publish',
      );
      return {
        remoteId: answer.id ?? post.idempotencyKey,
        remoteUrl: answer.url ?? null,
      };
    },

    // By contract the receiver dedupes by Idempotency-Key, and every retry sends the same key and
    // the same body, so resending after a lost answer cannot make a second post.
    verify: async () => ({ status: 'retry-safe', searched: false }),
  };
}

/** The same bytes on every retry: a receiver may check that a repeated key carries the same body. */
function deliveryBody(account: Account, post: OutgoingPost) {
  const settings = StoredSettings.safeParse(account.settings);
  return {
    id: post.targetId,
    idempotencyKey: post.idempotencyKey,
    text: post.text,
    images: post.images.map((image) => ({
      fileName: image.fileName,
      mimeType: image.mimeType,
      altText: image.altText,
      dataBase64: Buffer.from(image.bytes).toString('base64'),
    })),
    channel: { name: settings.success ? settings.data.channelName : account.handle },
    sentAt: new Date(post.firstAttemptAt).toISOString(),
  };
}

function signedHeaders(
  secret: string,
  body: string,
  idempotencyKey: string,
  event: 'post' | 'test',
  now: number,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'idempotency-key': idempotencyKey,
    'x-cadence-event': event,
    'x-cadence-timestamp': String(Math.floor(now / 1000)),
    'x-cadence-signature': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
  };
}

function profileOf(host: string): AccountProfile {
  return { handle: host, displayName: host, avatarUrl: null, followersCount: null, remoteAccountId: null };
}
