// A credential a network echoes back never reaches the disk or the screen. For each connector a
// server answers the publish with a page that repeats what it was sent (the path with the bot
// token, the webhook address, the Authorization header); the post is published through the real
// core, and then every byte in the data folder (the database after a checkpoint, its -wal file
// before and after) and everything the owner is shown are searched for the credential.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { blueskyConnector } from '../../src-main/core/connectors/bluesky/bluesky-connector';
import { REDACTED } from '../../src-main/core/redact';
import type { ChannelInput } from '../../src-main/shared/contract';
import { startDiscordWebhookFake } from '../fakes/discord-webhook-fake';
import { startEchoingProxy, type Echo } from '../fakes/echoing-proxy';
import type { FakeReply } from '../fakes/http-fake-kit';
import { startMastodonFake } from '../fakes/mastodon-fake';
import { startTelegramFake } from '../fakes/telegram-fake';
import { startWebhookReceiverFake } from '../fakes/webhook-receiver-fake';
import { startBlueskyNetwork } from '../support/bluesky-network';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function newCore(options: Parameters<typeof startTestCore>[0] extends infer O ? Partial<O> : never = {}) {
  const data = tempDir('cadence-redact-');
  const clock = options.clock ?? new ManualClock(Date.UTC(2026, 10, 25, 12));
  const t = startTestCore({ ...options, dataDir: data.dir, clock });
  cleanups.push(data.cleanup, () => t.core.close());
  return t;
}

/** Connects, publishes one post at once, and returns it once the outbox is idle. */
async function publishThrough(t: TestCore, connect: ChannelInput<'channels.connect'>) {
  const channel = await t.call('channels.connect', connect);
  const post = await t.call('posts.create', { body: 'Fresh sourdough at 8', channelIds: [channel.id] });
  await t.call('posts.publishNow', { id: post.id });
  await t.core.whenIdle();
  return t.call('posts.get', { id: post.id });
}

/** Every file in the data folder, read whole (the database, -wal, -shm, start-up copies). */
function folderBytes(dir: string): Array<[string, Buffer]> {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [path, readFileSync(path)] as [string, Buffer];
    });
}

/** The credential, and the forms it takes inside a URL or a JSON string. */
const formsOf = (secret: string) => [
  ...new Set([secret, encodeURIComponent(secret), JSON.stringify(secret).slice(1, -1)]),
];

/** Not in any file of the data folder: the -wal file as it is, then everything after a checkpoint. */
function expectNotOnDisk(t: TestCore, secrets: string[]) {
  const walBefore = folderBytes(t.dataDir);
  t.core.database.sqlite.pragma('wal_checkpoint(FULL)');
  const files = [...walBefore, ...folderBytes(t.dataDir)];
  expect(files.some(([path]) => path.endsWith('cadence.db-wal'))).toBe(true);
  for (const secret of secrets) {
    for (const form of formsOf(secret)) {
      for (const [path, bytes] of files) expect(bytes.includes(form), `${form} in ${path}`).toBe(false);
    }
  }
}

function expectNotShown(shown: unknown, secrets: string[]) {
  const text = JSON.stringify(shown);
  for (const secret of secrets) for (const form of formsOf(secret)) expect(text, form).not.toContain(form);
}

async function expectNowhere(t: TestCore, postId: string, secrets: string[]) {
  expectNotOnDisk(t, secrets);
  expectNotShown(
    [
      await t.call('activity.list', { postId }),
      await t.call('posts.get', { id: postId }),
      t.notifier.notices,
    ],
    secrets,
  );
  // The echo did reach the log, with the credential taken out.
  const stored = JSON.stringify(
    t.core.database.sqlite
      .prepare(
        `select a.server_answer, t.last_error, l.message, l.detail from post_targets t
         left join publish_attempts a on a.target_id = t.id left join activity_log l on l.target_id = t.id
         where t.post_id = ?`,
      )
      .all(postId),
  );
  expect(stored).toContain(REDACTED);
}

const html = (status: number, text: string): FakeReply => ({
  status,
  text: `<html><head><title>${status}</title></head><body><h1>${status}</h1><p>${text}</p></body></html>`,
  contentType: 'text/html; charset=utf-8',
});

describe('a credential echoed in a publish answer is stored and shown nowhere', () => {
  it.each<[string, (tokenPath: string) => FakeReply]>([
    ['a 404 page naming the path', (target) => html(404, `The requested URL ${target} was not found.`)],
    [
      'a Bot API error quoting the path',
      (target) => ({
        status: 400,
        json: { ok: false, error_code: 400, description: `Bad Request: no route ${target}` },
      }),
    ],
  ])('Telegram: %s', async (_case, answer) => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const tg = await startTelegramFake({ now: () => clock.now() });
    cleanups.push(() => tg.close());
    const proxy = await startEchoingProxy(tg.url, (r) =>
      r.target.endsWith('/sendMessage') ? answer(r.target) : undefined,
    );
    cleanups.push(() => proxy.close());
    const t = newCore({ clock });
    const post = await publishThrough(t, {
      network: 'telegram',
      botToken: tg.token,
      chat: '@cadence_bakery',
      apiBaseUrl: proxy.url,
    });
    expect(proxy.echoed).toBe(1);
    expect(post.status).not.toBe('published');
    await expectNowhere(t, post.id, [tg.token, tg.token.split(':')[1]!]);
    expect(tg.violations).toEqual([]);
  });

  it('Discord: an Unknown Webhook answer quoting the webhook address', async () => {
    const d = await startDiscordWebhookFake();
    cleanups.push(() => d.close());
    const echo: Echo = (r) =>
      r.method === 'POST'
        ? { status: 404, json: { message: `Unknown Webhook ${r.target}`, code: 10015 } }
        : undefined;
    const proxy = await startEchoingProxy(d.url, echo);
    cleanups.push(() => proxy.close());
    const t = newCore();
    const webhookUrl = d.webhookUrl.replace(d.url, proxy.url);
    const post = await publishThrough(t, { network: 'discord', webhookUrl });
    expect(proxy.echoed).toBe(1);
    await expectNowhere(t, post.id, [d.webhook.token, webhookUrl]);
    expect(d.violations).toEqual([]);
  });

  it('webhook: an error page quoting the secret address and its query token', async () => {
    const pathSecret = 'f81d4fae7dec11d0a76500a0c91e6bf6';
    const queryToken = 'q-7b2c9e41d0a5f3e8';
    const signingSecret = 'owner-signing-secret-0123456789';
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const hook = await startWebhookReceiverFake({
      secret: signingSecret,
      path: `/hooks/catch/4711/${pathSecret}`,
      now: () => clock.now(),
    });
    cleanups.push(() => hook.close());
    const proxy = await startEchoingProxy(new URL(hook.url).origin, (r) =>
      r.headerLines.includes('x-cadence-event: post')
        ? { status: 400, text: `Cannot ${r.method} ${r.target}\n${r.headerLines}` }
        : undefined,
    );
    cleanups.push(() => proxy.close());
    const t = newCore({ clock });
    const url = `${proxy.url}/hooks/catch/4711/${pathSecret}?token=${queryToken}`;
    const post = await publishThrough(t, {
      network: 'webhook',
      url,
      signingSecret,
      displayName: 'Shop site',
    });
    expect(proxy.echoed).toBe(1);
    await expectNowhere(t, post.id, [pathSecret, queryToken, signingSecret, url]);
    expect(hook.violations).toEqual([]);
  });

  it('Mastodon: a validation error that repeats the access token bare', async () => {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const m = await startMastodonFake({ now: () => clock.now() });
    cleanups.push(() => m.close());
    const proxy = await startEchoingProxy(m.url, (r) => {
      if (r.method !== 'POST' || r.target !== '/api/v1/statuses') return undefined;
      const token = /authorization: Bearer (\S+)/i.exec(r.headerLines)?.[1] ?? '';
      return { status: 422, json: { error: `Validation failed: ${token} may not post here` } };
    });
    cleanups.push(() => proxy.close());
    const t = newCore({ clock });
    const post = await publishThrough(t, {
      network: 'mastodon',
      instanceUrl: proxy.url,
      accessToken: m.accessToken,
    });
    expect(proxy.echoed).toBe(1);
    expect(post.status).toBe('failed');
    await expectNowhere(t, post.id, [m.accessToken]);
    expect(m.violations).toEqual([]);
  });

  it('Bluesky: a PDS error that repeats the session token and the app password', async () => {
    const network = await startBlueskyNetwork();
    cleanups.push(() => network.stop());
    const shop = await network.createAccount('echoedshop');
    const sent: string[] = [];
    // The agent moves to the PDS its DID document names, so the echo sits in its fetch.
    const echoingFetch: typeof fetch = async (input, init) => {
      const request = new Request(input, init);
      if (!/com\.atproto\.repo\.(putRecord|createRecord|applyWrites)$/.test(new URL(request.url).pathname)) {
        return fetch(request);
      }
      const authorization = request.headers.get('authorization') ?? '';
      sent.push(authorization.replace(/^Bearer /, ''));
      return Response.json(
        {
          error: 'InvalidRequest',
          message: `Refused ${authorization} for ${shop.handle} (${shop.password})`,
        },
        { status: 400 },
      );
    };
    const clock = new ManualClock(Date.now());
    const t = newCore({
      clock,
      connectors: { bluesky: blueskyConnector({ clock, fetch: echoingFetch, requestTimeoutMs: 30_000 }) },
    });
    const post = await publishThrough(t, {
      network: 'bluesky',
      serviceUrl: network.pdsUrl,
      identifier: shop.handle,
      appPassword: shop.password,
    });
    expect(sent).toHaveLength(1);
    expect(post.status).toBe('failed');
    await expectNowhere(t, post.id, [sent[0]!, shop.password]);
  }, 120_000);
});

describe('and everywhere else a network’s words go', () => {
  async function telegramBehindEcho(method: string) {
    const clock = new ManualClock(Date.UTC(2026, 10, 25, 12));
    const tg = await startTelegramFake({ now: () => clock.now() });
    cleanups.push(() => tg.close());
    const proxy = await startEchoingProxy(tg.url, (r) =>
      r.target.endsWith(`/${method}`)
        ? {
            status: 400,
            json: { ok: false, error_code: 400, description: `Bad Request: no route ${r.target}` },
          }
        : undefined,
    );
    cleanups.push(() => proxy.close());
    const connect = {
      network: 'telegram' as const,
      botToken: tg.token,
      chat: '@cadence_bakery',
      apiBaseUrl: proxy.url,
    };
    return { tg, proxy, connect, t: newCore({ clock }) };
  }

  it('an error shown while connecting', async () => {
    const { tg, proxy, connect, t } = await telegramBehindEcho('getChat');
    const result = await t.core.invoke('channels.connect', connect);
    expect(proxy.echoed).toBe(1);
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringContaining(REDACTED) } });
    expectNotShown(result, [tg.token]);
    expectNotOnDisk(t, [tg.token]);
  });

  it('an inbox sync error, kept for the inbox to show', async () => {
    const { tg, proxy, connect, t } = await telegramBehindEcho('getUpdates');
    await t.call('channels.connect', connect);
    const sources = await t.call('inbox.refresh');
    expect(proxy.echoed).toBeGreaterThan(0);
    expect(JSON.stringify(sources)).toContain(REDACTED);
    expectNotShown(sources, [tg.token]);
    expectNotOnDisk(t, [tg.token]);
  });

  it('an activity entry written before redaction existed', async () => {
    const t = newCore();
    const post = await t.call('posts.create', { body: 'Old news' });
    const token = '7000000001:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw0';
    t.core.database.sqlite
      .prepare('insert into activity_log (at, kind, message, post_id, detail) values (?, ?, ?, ?, ?)')
      .run(
        1,
        'attempt.failed',
        `404 /bot${token}/sendMessage`,
        post.id,
        JSON.stringify({ serverAnswer: token }),
      );
    const shown = await t.call('activity.list', { postId: post.id });
    expect(shown[0]).toMatchObject({
      message: `404 /bot${REDACTED}/sendMessage`,
      detail: { serverAnswer: REDACTED },
    });
  });
});
