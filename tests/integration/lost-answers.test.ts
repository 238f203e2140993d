// A post whose answer is lost after it reached the network: the fake takes the post, then
// (a) cuts the socket, (b) answers 502 as a gateway would, or (c) waits and then cuts the
// socket. Over a simulated hour the real outbox must deliver it exactly once. Networks that
// can tell (Mastodon by reading the account's statuses, webhooks by their Idempotency-Key)
// are asked before anything is sent again; Telegram and Discord cannot, so Cadence sends
// nothing more and asks the owner.
import { describe, expect, it, onTestFinished } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import type { ConnectInput } from '../../src-main/shared/connect-inputs';
import { startDiscordWebhookFake } from '../fakes/discord-webhook-fake';
import type { FaultMatch, RecordedRequest } from '../fakes/http-fake-kit';
import { startMastodonFake } from '../fakes/mastodon-fake';
import { startTelegramFake } from '../fakes/telegram-fake';
import { TRANSPORT_FAULTS, type TransportFaults } from '../fakes/transport-faults';
import { startWebhookReceiverFake } from '../fakes/webhook-receiver-fake';
import { attemptRows, targetRow } from '../support/outbox-harness';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';
import { HOUR } from '../support/time';

interface NetworkUnderTest {
  connectInput: ConnectInput;
  transport: TransportFaults;
  /** The request that publishes a post. */
  publish: FaultMatch & { method: string; path: string | RegExp };
  requests: RecordedRequest[];
  /** Posts that reached the channel, as its readers see them. */
  delivered(): number;
  violations: string[];
  close(): Promise<void>;
}

interface Network {
  label: 'Telegram' | 'Discord' | 'Webhook' | 'Mastodon';
  /** Whether the network can say if a post arrived; if not, the owner is asked. */
  canTell: boolean;
  /** Whether a resend with the same key is recognised however late it comes: a 5xx is then retried. */
  recognisesResend: boolean;
  start(clock: ManualClock): Promise<NetworkUnderTest>;
}

const SIGNING_SECRET = 'a-signing-secret-0123';

const NETWORKS: Network[] = [
  {
    label: 'Telegram',
    canTell: false,
    recognisesResend: false,
    async start(clock) {
      const tg = await startTelegramFake({ now: () => clock.now() });
      return {
        connectInput: {
          network: 'telegram',
          botToken: tg.token,
          chat: '@cadence_bakery',
          apiBaseUrl: tg.url,
        },
        transport: tg.transport,
        publish: { method: 'POST', path: /\/sendMessage$/ },
        requests: tg.requests,
        delivered: () => tg.channelPosts.length,
        violations: tg.violations,
        close: tg.close,
      };
    },
  },
  {
    label: 'Discord',
    canTell: false,
    recognisesResend: false,
    async start(clock) {
      const d = await startDiscordWebhookFake({ now: () => clock.now(), rateLimit: null });
      return {
        connectInput: { network: 'discord', webhookUrl: d.webhookUrl },
        transport: d.transport,
        publish: { method: 'POST', path: new URL(d.webhookUrl).pathname },
        requests: d.requests,
        delivered: () => d.messages.size,
        violations: d.violations,
        close: d.close,
      };
    },
  },
  {
    label: 'Webhook',
    canTell: true,
    recognisesResend: true,
    async start(clock) {
      const hook = await startWebhookReceiverFake({ secret: SIGNING_SECRET, now: () => clock.now() });
      return {
        connectInput: { network: 'webhook', url: hook.url, signingSecret: SIGNING_SECRET },
        transport: hook.transport,
        publish: { method: 'POST', path: new URL(hook.url).pathname },
        requests: hook.requests,
        // Connecting sends a test event; only posts count.
        delivered: () =>
          hook.deliveries.filter((d) => (d.body as { text?: unknown }).text !== undefined).length,
        violations: hook.violations,
        close: hook.close,
      };
    },
  },
  {
    label: 'Mastodon',
    canTell: true,
    // Mastodon forgets an Idempotency-Key after an hour, so a late resend is not recognised.
    recognisesResend: false,
    async start(clock) {
      const fake = await startMastodonFake({ now: () => clock.now() });
      return {
        connectInput: { network: 'mastodon', instanceUrl: fake.url, accessToken: fake.accessToken },
        transport: fake.transport,
        publish: { method: 'POST', path: '/api/v1/statuses' },
        requests: fake.requests,
        delivered: () => fake.statuses.length,
        violations: fake.violations,
        close: fake.close,
      };
    },
  },
];

async function start(network: Network): Promise<{ t: TestCore; net: NetworkUnderTest; channelId: string }> {
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
  const net = await network.start(clock);
  const data = tempDir('cadence-lost-answers-');
  const t = startTestCore({ dataDir: data.dir, clock });
  onTestFinished(async () => {
    await t.close();
    await net.close();
    data.cleanup();
  });
  const channel = await t.call('channels.connect', net.connectInput);
  return { t, net, channelId: channel.id };
}

describe.each(NETWORKS)('$label, when the answer to a post is lost', (network) => {
  it.each(TRANSPORT_FAULTS)('delivers it exactly once over an hour when %s', async (_case, fault) => {
    const { t, net, channelId } = await start(network);
    net.transport.add(fault, net.publish);
    const connectRequests = net.requests.length;
    const publishes = () =>
      net.requests
        .slice(connectRequests)
        .filter(
          (r) =>
            r.method === net.publish.method &&
            (typeof net.publish.path === 'string'
              ? r.path === net.publish.path
              : net.publish.path.test(r.path)),
        );
    const post = await t.call('posts.create', {
      body: `Soup of the day (${fault.kind})`,
      channelIds: [channelId],
    });
    await t.call('posts.publishNow', { id: post.id });
    await t.runFor(HOUR);

    expect(net.delivered()).toBe(1);
    const targetId = (await t.call('posts.get', { id: post.id })).targets[0]!.id;
    const [first] = attemptRows(t, targetId);
    // Only a 5xx to a network that recognises a late resend may be retried as it is.
    const retriedAsItIs = fault.kind === 'bad-gateway-after-handling' && network.recognisesResend;
    expect(first!.outcome).toBe(retriedAsItIs ? 'retry' : 'unknown');

    if (network.canTell) {
      expect(targetRow(t, targetId).state).toBe('published');
      expect(t.notifier.notices.filter((n) => n.kind === 'failure')).toEqual([]);
      // Every resend carries the first one's key, so the network can recognise it.
      expect(new Set(publishes().map((r) => r.headers['idempotency-key'])).size).toBe(1);
    } else {
      // The network cannot tell, so nothing more is sent: the owner says what happened.
      expect(publishes()).toHaveLength(1);
      expect(targetRow(t, targetId)).toMatchObject({ state: 'unknown', next_attempt_at: null });
      expect(t.notifier.notices.at(-1)).toMatchObject({
        kind: 'failure',
        title: `${network.label}: a post needs you`,
      });
    }
    if (network.label === 'Mastodon') {
      // Mastodon finds the status among the account's latest: nothing is sent again.
      expect(publishes()).toHaveLength(1);
    }
    expect(net.violations).toEqual([]);
  });
});
