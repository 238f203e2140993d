// The networks the fault run publishes to, all on 127.0.0.1 and all sharing the run's clock:
// Bluesky on a real PDS behind a faulty proxy, and the schema-checked fakes of Mastodon,
// Telegram, Discord, a webhook receiver and X. Each can lose the answer to a post after
// taking it (transport faults), refuse with its own 429, and say which posts it holds.
import { AtpAgent } from '@atproto/api';
import type { ManualClock } from '../../../src-main/core/clock';
import type { SecretStore } from '../../../src-main/core/ports';
import type { Network } from '../../../src-main/shared/entities';
import { startDiscordWebhookFake } from '../../fakes/discord-webhook-fake';
import type { FaultMatch } from '../../fakes/http-fake-kit';
import { startMastodonFake } from '../../fakes/mastodon-fake';
import { startTelegramFake } from '../../fakes/telegram-fake';
import type { TransportFaults } from '../../fakes/transport-faults';
import { startWebhookReceiverFake } from '../../fakes/webhook-receiver-fake';
import { startBlueskyNetwork } from '../../support/bluesky-network';
import { startFaultyProxy } from '../../support/faulty-proxy';
import { keepSignedInChannel } from '../../support/signed-in-channel';
import type { TestCore } from '../../support/test-core';
import { startXWorld } from '../../support/x-world';

export interface FaultNetwork {
  network: Network;
  /** Whether Cadence can ask the network if a post went out; if not, it asks the owner. */
  canTell: boolean;
  /** Lost answers, after the network acted on the request. */
  transport: TransportFaults;
  /** The request that makes a post. */
  publish: FaultMatch;
  /** Queues one 429, in the network's own words and headers, for its next request of any kind. */
  refuse(waitSeconds: number): void;
  /** 429s queued and not yet given. */
  readonly refusalsPending: number;
  clearRefusals(): void;
  /** Connects a channel on this network in a core that shares the data folder's keychain. */
  connect(t: TestCore, secrets: SecretStore): Promise<void>;
  /** Plays the owner's sign-in again, for a channel whose sign-in was lost; the secret to keep. */
  signInAgain?(): Promise<string>;
  /** The text of every post the network holds, one entry per copy. */
  texts(): Promise<string[]>;
  /** Requests received so far, of any kind. */
  readonly requests: number;
  /** Requests that broke the network's published rules. */
  violations(): string[];
  close(): Promise<void>;
}

export interface FaultNetworks {
  all: FaultNetwork[];
  /** Where the X connector in the child must send its requests. */
  xApi: string;
  close(): Promise<void>;
}

const SIGNING_SECRET = 'a-signing-secret-0123';

export async function startFaultNetworks(clock: ManualClock): Promise<FaultNetworks> {
  const now = () => clock.now();
  const started: FaultNetwork[] = [];
  try {
    started.push(await bluesky(now));
    started.push(await mastodon(now));
    started.push(await telegram(now));
    started.push(await discord(now));
    started.push(await webhook(now));
    const x = await xNetwork(clock);
    started.push(x.network);
    return {
      all: started,
      xApi: x.api,
      close: async () => {
        for (const network of started) await network.close();
      },
    };
  } catch (error) {
    for (const network of started) await network.close();
    throw error;
  }
}

async function bluesky(now: () => number): Promise<FaultNetwork> {
  const pds = await startBlueskyNetwork();
  const shop = await pds.createAccount('faultrun');
  const proxy = await startFaultyProxy(pds.pdsUrl, { now });
  return {
    network: 'bluesky',
    canTell: true,
    transport: proxy.transport,
    publish: { method: 'POST', path: '/xrpc/com.atproto.repo.putRecord' },
    refuse: (resetInSeconds) => proxy.refusals.add({ kind: 'rate-limited', resetInSeconds }),
    get refusalsPending() {
      return proxy.refusals.pending;
    },
    clearRefusals: () => proxy.refusals.clear(),
    get requests() {
      return proxy.requests.length;
    },
    async connect(t) {
      await t.call('channels.connect', {
        network: 'bluesky',
        serviceUrl: proxy.url,
        identifier: shop.handle,
        appPassword: shop.password,
      });
    },
    async texts() {
      // Read from the PDS itself, not through the proxy.
      const agent = new AtpAgent({ service: pds.pdsUrl });
      const texts: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await agent.com.atproto.repo.listRecords({
          repo: shop.did,
          collection: 'app.bsky.feed.post',
          limit: 100,
          cursor,
        });
        texts.push(...page.data.records.map((r) => (r.value as { text: string }).text));
        cursor = page.data.records.length > 0 ? page.data.cursor : undefined;
      } while (cursor);
      return texts;
    },
    violations: () => [],
    close: async () => {
      await proxy.close();
      await pds.stop();
    },
  };
}

async function mastodon(now: () => number): Promise<FaultNetwork> {
  const fake = await startMastodonFake({ now });
  return {
    network: 'mastodon',
    canTell: true,
    transport: fake.transport,
    publish: { method: 'POST', path: '/api/v1/statuses' },
    refuse: (resetInSeconds) => fake.faults.add({ kind: 'rate-limited', resetInSeconds }),
    get refusalsPending() {
      return fake.faults.pending;
    },
    clearRefusals: () => fake.faults.clear(),
    get requests() {
      return fake.requests.length;
    },
    async connect(t) {
      await t.call('channels.connect', {
        network: 'mastodon',
        instanceUrl: fake.url,
        accessToken: fake.accessToken,
      });
    },
    texts: async () => fake.statuses.map((s) => s.text),
    violations: () => fake.violations,
    close: fake.close,
  };
}

async function telegram(now: () => number): Promise<FaultNetwork> {
  const fake = await startTelegramFake({ now });
  return {
    network: 'telegram',
    canTell: false,
    transport: fake.transport,
    publish: { method: 'POST', path: /\/send(Message|Photo|MediaGroup)$/ },
    refuse: (retryAfter) => fake.faults.add({ kind: 'rate-limited', retryAfter }),
    get refusalsPending() {
      return fake.faults.pending;
    },
    clearRefusals: () => fake.faults.clear(),
    get requests() {
      return fake.requests.length;
    },
    async connect(t) {
      await t.call('channels.connect', {
        network: 'telegram',
        botToken: fake.token,
        chat: '@cadence_bakery',
        apiBaseUrl: fake.url,
      });
    },
    texts: async () => fake.channelPosts.map((m) => String(m.text ?? m.caption ?? '')),
    violations: () => fake.violations,
    close: fake.close,
  };
}

async function discord(now: () => number): Promise<FaultNetwork> {
  // Discord's own limit (5 requests per 2 seconds) stays on: its 429s are part of the weather.
  const fake = await startDiscordWebhookFake({ now });
  return {
    network: 'discord',
    canTell: false,
    transport: fake.transport,
    publish: { method: 'POST', path: new URL(fake.webhookUrl).pathname },
    refuse: (retryAfter) => fake.faults.add({ kind: 'rate-limited', retryAfter }),
    get refusalsPending() {
      return fake.faults.pending;
    },
    clearRefusals: () => fake.faults.clear(),
    get requests() {
      return fake.requests.length;
    },
    async connect(t) {
      await t.call('channels.connect', { network: 'discord', webhookUrl: fake.webhookUrl });
    },
    texts: async () => [...fake.messages.values()].map((m) => m.content),
    violations: () => fake.violations,
    close: fake.close,
  };
}

async function webhook(now: () => number): Promise<FaultNetwork> {
  const fake = await startWebhookReceiverFake({ secret: SIGNING_SECRET, now });
  return {
    network: 'webhook',
    canTell: true,
    transport: fake.transport,
    publish: { method: 'POST', path: new URL(fake.url).pathname },
    refuse: (retryAfter) => fake.faults.add({ kind: 'rate-limited', retryAfter }),
    get refusalsPending() {
      return fake.faults.pending;
    },
    clearRefusals: () => fake.faults.clear(),
    get requests() {
      return fake.requests.length;
    },
    async connect(t) {
      await t.call('channels.connect', { network: 'webhook', url: fake.url, signingSecret: SIGNING_SECRET });
    },
    // Connecting sends a test event; only posts have text.
    texts: async () =>
      fake.deliveries.map((d) => (d.body as { text?: string }).text).filter((t) => t !== undefined),
    violations: () => fake.violations,
    close: fake.close,
  };
}

/** X is not among the default connectors yet: its channel is kept as the own-app sign-in keeps it. */
async function xNetwork(clock: ManualClock): Promise<{ network: FaultNetwork; api: string }> {
  const world = await startXWorld({ clock, fake: { config: { tier: 'basic' } } });
  const { fake } = world;
  const network: FaultNetwork = {
    network: 'x',
    canTell: true,
    transport: fake.transport,
    publish: { method: 'POST', path: '/2/tweets' },
    refuse: (resetInSeconds) => fake.faults.add({ kind: 'rate-limited', resetInSeconds }),
    get refusalsPending() {
      return fake.faults.pending;
    },
    clearRefusals: () => fake.faults.clear(),
    get requests() {
      return fake.requests.length;
    },
    async connect(t, secrets) {
      await keepSignedInChannel(t, secrets, 'x', await world.signIn());
      await secrets.set('app:x', JSON.stringify(world.app));
    },
    signInAgain: async () => {
      return (await world.signIn()).secret;
    },
    texts: async () => fake.posts.map((p) => p.text),
    violations: () => fake.violations,
    close: world.dispose,
  };
  return { network, api: fake.url };
}
