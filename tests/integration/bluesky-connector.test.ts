// Publishing to a real Bluesky PDS started on loopback for the test.
import { AtpAgent } from '@atproto/api';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBlueskyNetwork, type BlueskyAccount, type BlueskyNetwork } from '../support/bluesky-network';
import { htmlPage, imageRoute, startLinkPages, type LinkPages } from '../support/link-pages';
import { tempDir } from '../support/temp-dir';
import { startTestCore, type TestCore } from '../support/test-core';

let network: BlueskyNetwork;
let alice: BlueskyAccount;
let bob: BlueskyAccount;
let t: TestCore;
let channelId: string;
let pages: LinkPages;
const cleanups: Array<() => unknown> = [];

beforeAll(async () => {
  network = await startBlueskyNetwork();
  cleanups.push(() => network.stop());
  alice = await network.createAccount('alice');
  bob = await network.createAccount('bob');
  const data = tempDir();
  cleanups.push(data.cleanup);
  pages = await startLinkPages();
  cleanups.push(() => pages.stop());
  // The shop's page is served on 127.0.0.1, which the app refuses: this core may read loopback.
  t = startTestCore({ dataDir: data.dir, linkCardGuard: (address) => address === '127.0.0.1' });
  cleanups.push(() => t.core.close());
  const channel = await t.call('channels.connect', {
    network: 'bluesky',
    serviceUrl: network.pdsUrl,
    identifier: alice.handle,
    appPassword: alice.password,
  });
  channelId = channel.id;
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

interface PostRecord {
  text: string;
  facets: Array<{ index: { byteStart: number; byteEnd: number }; features: Array<Record<string, unknown>> }>;
  embed: {
    $type: string;
    external?: {
      uri: string;
      title: string;
      description: string;
      thumb?: { mimeType: string; size: number; ref: unknown };
    };
    images: Array<{
      alt: string;
      aspectRatio: { width: number; height: number };
      image: { mimeType: string; size: number };
    }>;
  };
}

async function readBack(uri: string): Promise<PostRecord> {
  const agent = new AtpAgent({ service: network.pdsUrl });
  const [, , repo, collection, rkey] = uri.split('/');
  const found = await agent.com.atproto.repo.getRecord({ repo: repo!, collection: collection!, rkey: rkey! });
  return found.data.value as unknown as PostRecord;
}

async function pngOf(width: number, height: number, noise = false): Promise<string> {
  const image = noise
    ? sharp(Buffer.from(Array.from({ length: width * height * 3 }, () => Math.floor(Math.random() * 256))), {
        raw: { width, height, channels: 3 },
      })
    : sharp({ create: { width, height, channels: 3, background: '#3b5bdb' } });
  return (await image.png().toBuffer()).toString('base64');
}

describe('Bluesky connector against a real PDS', () => {
  it('connects with a handle and app password and keeps the session, not the plain password, in SQLite', async () => {
    const [channel] = await t.call('channels.list');
    expect(channel).toMatchObject({ network: 'bluesky', handle: alice.handle, connection: 'connected' });
    const row = t.core.database.sqlite.prepare('select * from channels').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(alice.password);
  });

  it('publishes text with mention, link and hashtag facets and an image with alt text', async () => {
    const text = `Fresh bread today, ask @${bob.handle} — menu at https://example.com/menu #bakery`;
    const post = await t.call('posts.create', { body: text, channelIds: [channelId] });
    await t.call('media.add', {
      postId: post.id,
      fileName: 'loaf.png',
      mimeType: 'image/png',
      dataBase64: await pngOf(64, 48),
      altText: 'A round loaf on a board',
    });
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();

    const published = await t.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    const target = published.targets[0]!;
    expect(target.state).toBe('published');
    expect(target.remoteUrl).toMatch(
      new RegExp(`^https://bsky\\.app/profile/${alice.handle}/post/[a-z2-7]{13}$`),
    );

    const remoteId = t.core.database.sqlite
      .prepare('select remote_id from post_targets where id = ?')
      .pluck()
      .get(target.id) as string;
    const record = await readBack(remoteId);
    expect(record.text).toBe(text);
    const features = record.facets.map((f) => f.features[0]);
    expect(features).toEqual(
      expect.arrayContaining([
        { $type: 'app.bsky.richtext.facet#mention', did: bob.did },
        { $type: 'app.bsky.richtext.facet#link', uri: 'https://example.com/menu' },
        { $type: 'app.bsky.richtext.facet#tag', tag: 'bakery' },
      ]),
    );
    const mention = record.facets.find((f) => f.features[0]?.did === bob.did)!;
    const bytes = Buffer.from(text);
    expect(bytes.subarray(mention.index.byteStart, mention.index.byteEnd).toString()).toBe(`@${bob.handle}`);
    expect(record.embed.images).toHaveLength(1);
    expect(record.embed.images[0]!.alt).toBe('A round loaf on a board');
    expect(record.embed.images[0]!.aspectRatio).toEqual({ width: 64, height: 48 });
  });

  it('sends a post with a link with its card: title, description and the picture as a blob', async () => {
    pages.route(
      '/bread',
      htmlPage({
        'og:title': 'Sourdough Saturday',
        'og:description': 'Loaves from 8am',
        'og:image': '/bread.png',
      }),
    );
    pages.route('/bread.png', imageRoute(Buffer.from(await pngOf(1600, 800), 'base64')));
    const text = `Bread is back: ${pages.origin}/bread`;
    // Written while offline: the card is read when the post is sent, not when it is written.
    t.online.set(false);
    const post = await t.call('posts.create', { body: text, channelIds: [channelId] });
    expect(pages.asked).not.toContain('/bread');
    t.online.set(true);
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();

    const published = await t.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    const remoteId = t.core.database.sqlite
      .prepare('select remote_id from post_targets where post_id = ?')
      .pluck()
      .get(post.id) as string;
    const record = await readBack(remoteId);
    expect(record.embed.$type).toBe('app.bsky.embed.external');
    expect(record.embed.external).toMatchObject({
      uri: `${pages.origin}/bread`,
      title: 'Sourdough Saturday',
      description: 'Loaves from 8am',
      thumb: { mimeType: 'image/jpeg', size: expect.any(Number) },
    });
    expect(record.embed.external!.thumb!.size).toBeLessThanOrEqual(1_000_000);
  });

  it('sends the post without a card when the page cannot be read', async () => {
    const text = `Closed today, see ${pages.origin}/gone`;
    const post = await t.call('posts.create', { body: text, channelIds: [channelId] });
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();
    const published = await t.call('posts.get', { id: post.id });
    expect(published.status).toBe('published');
    const remoteId = t.core.database.sqlite
      .prepare('select remote_id from post_targets where post_id = ?')
      .pluck()
      .get(post.id) as string;
    const record = await readBack(remoteId);
    expect(record.text).toBe(text);
    expect(record.embed).toBeUndefined();
  });

  it('re-encodes an image over the blob limit so it fits', async () => {
    const post = await t.call('posts.create', { body: 'Big photo', channelIds: [channelId] });
    const big = await pngOf(900, 900, true);
    expect(Buffer.from(big, 'base64').length).toBeGreaterThan(1_000_000);
    await t.call('media.add', {
      postId: post.id,
      fileName: 'big.png',
      mimeType: 'image/png',
      dataBase64: big,
      altText: 'Noise',
    });
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();
    const published = await t.call('posts.get', { id: post.id });
    expect(published.targets[0]!.lastError).toBeNull();
    expect(published.status).toBe('published');
    const remoteId = t.core.database.sqlite
      .prepare('select remote_id from post_targets where post_id = ?')
      .pluck()
      .get(post.id) as string;
    const record = await readBack(remoteId);
    expect(record.embed.images[0]!.image.mimeType).toBe('image/jpeg');
    expect(record.embed.images[0]!.image.size).toBeLessThanOrEqual(1_000_000);
  });

  it('refuses 301 graphemes before sending anything', async () => {
    const before = await listPosts();
    const post = await t.call('posts.create', { body: 'é'.repeat(301), channelIds: [channelId] });
    await t.call('posts.publishNow', { id: post.id });
    await t.core.whenIdle();
    const failed = await t.call('posts.get', { id: post.id });
    expect(failed.status).toBe('failed');
    expect(failed.targets[0]).toMatchObject({ state: 'failed' });
    expect(failed.targets[0]!.lastError).toMatch(/Bluesky allows 300 characters; this is 301/);
    const attempts = t.core.database.sqlite
      .prepare('select count(*) from publish_attempts where target_id = ?')
      .pluck()
      .get(failed.targets[0]!.id);
    expect(attempts).toBe(0);
    expect(await listPosts()).toEqual(before);
  });

  it('explains a wrong app password in plain words', async () => {
    const result = await t.core.invoke('channels.connect', {
      network: 'bluesky',
      serviceUrl: network.pdsUrl,
      identifier: alice.handle,
      appPassword: 'wrong-pass-word-1234',
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'CONNECTION_FAILED',
        message: expect.stringMatching(/did not accept that handle and app password/),
        key: 'connectors.bluesky.passwordNotAccepted',
      },
    });
  });

  it('explains an unreachable server', async () => {
    const result = await t.core.invoke('channels.connect', {
      network: 'bluesky',
      serviceUrl: 'http://127.0.0.1:9',
      identifier: alice.handle,
      appPassword: alice.password,
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'CONNECTION_FAILED', message: expect.stringMatching(/Could not reach Bluesky/) },
    });
  });
});

async function listPosts(): Promise<string[]> {
  const agent = new AtpAgent({ service: network.pdsUrl });
  const list = await agent.com.atproto.repo.listRecords({
    repo: alice.did,
    collection: 'app.bsky.feed.post',
    limit: 100,
  });
  return list.data.records.map((r) => r.uri);
}
