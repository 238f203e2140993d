// The composer's autosave against a real core (real SQLite, real migrations), with the
// browser's window.cadence and localStorage stood in for by plain objects.
import { beforeAll, describe, expect, vi } from 'vitest';
import { loadScreenCatalogs } from '../../src-renderer/src/i18n/i18n';
import type { CadenceBridge, ChannelName } from '@shared/contract';
import type { Post } from '@shared/entities';
import {
  EMPTY_CONTENT,
  readJournal,
  recoverableContent,
  writeJournal,
  type DraftContent,
  type JournalEntry,
} from '../../src-renderer/src/features/composer/draft-journal';
import { DraftSaver, type SaveStatus } from '../../src-renderer/src/features/composer/draft-saver';
import { it } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';

// The shell loads the other screens’ words with them; this test renders their parts directly.
beforeAll(() => loadScreenCatalogs());

class MemoryStorage {
  private readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
  removeItem = (key: string) => void this.items.delete(key);
}

let test: TestCore;
let calls: ChannelName[];
let engineDown: boolean;

// The core comes from the fixture, which also closes it.
it.beforeEach(({ t }) => {
  test = t;
  calls = [];
  engineDown = false;
  const bridge: CadenceBridge = {
    invoke: async (channel, input) => {
      calls.push(channel);
      if (engineDown) throw new TypeError('Failed to fetch');
      return test.core.invoke(channel, input);
    },
    subscribe: () => () => {},
    mediaUrl: (sha) => `/media/${sha}`,
  };
  vi.stubGlobal('window', { cadence: bridge });
  vi.stubGlobal('localStorage', new MemoryStorage());
});

it.afterEach(() => {
  vi.unstubAllGlobals();
});

function newSaver(statuses: SaveStatus[], saved: Post[] = []) {
  return new DraftSaver({
    postId: null,
    stored: EMPTY_CONTENT,
    storedUpdatedAt: null,
    delayMs: 20,
    retryMs: 30,
    onStatus: (status) => statuses.push(status),
    onPostSaved: (post) => saved.push(post),
  });
}

const text = (body: string): DraftContent => ({ ...EMPTY_CONTENT, body });

describe('DraftSaver', () => {
  it('creates the post on the first keystroke and sends later ones together, newest text only', async () => {
    const statuses: SaveStatus[] = [];
    const saver = newSaver(statuses);
    saver.change(text('H'));
    await vi.waitFor(() => expect(saver.id).not.toBeNull());
    for (const body of ['He', 'Hel', 'Hell', 'Hello']) saver.change(text(body));
    expect(readJournal(saver.id)?.body).toBe('Hello');

    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));
    expect(calls.filter((c) => c === 'posts.create')).toHaveLength(1);
    expect(calls.filter((c) => c === 'posts.update')).toHaveLength(1);
    expect((await test.call('posts.get', { id: saver.id! })).body).toBe('Hello');
    expect(readJournal(saver.id)).toBeNull();
    expect(readJournal(null)).toBeNull();
  });

  it('keeps the text on the device when the engine is unreachable, then saves it when it returns', async () => {
    const statuses: SaveStatus[] = [];
    const saver = newSaver(statuses);
    saver.change(text('Open late on Friday'));
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));

    engineDown = true;
    saver.change(text('Open late on Friday and Saturday'));
    await vi.waitFor(() =>
      expect(statuses.at(-1)).toEqual({ kind: 'error', reason: 'Cadence could not reach its engine' }),
    );
    expect(readJournal(saver.id)?.body).toBe('Open late on Friday and Saturday');

    engineDown = false;
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));
    expect((await test.call('posts.get', { id: saver.id! })).body).toBe('Open late on Friday and Saturday');
    expect(readJournal(saver.id)).toBeNull();
  });

  it('saves text written for one channel, and puts the channel back on the main text', async () => {
    const statuses: SaveStatus[] = [];
    const saver = newSaver(statuses);
    const shop = await test.call('channels.add', {
      network: 'bluesky',
      displayName: 'Shop',
      handle: 'shop.test',
    });
    const news = await test.call('channels.add', {
      network: 'mastodon',
      displayName: 'News',
      handle: '@news@x.y',
    });
    const both = { ...text('Fresh bread at eight'), channelIds: [shop.id, news.id] };
    // A variant in the very first change still arrives, once the post and its channels exist.
    saver.change({ ...both, variants: { [shop.id]: 'Bread at 8 🍞' } });
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));
    const overrides = async () =>
      Object.fromEntries(
        (await test.call('posts.get', { id: saver.id! })).targets.map((t) => [t.channelId, t.bodyOverride]),
      );
    expect(await overrides()).toEqual({ [shop.id]: 'Bread at 8 🍞', [news.id]: null });

    saver.change({ ...both, variants: { [news.id]: 'Fresh bread at eight, #bakery' } });
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));
    expect(await overrides()).toEqual({ [shop.id]: null, [news.id]: 'Fresh bread at eight, #bakery' });
  });

  it('says a save failed when the disk is full, keeps the text, and saves it once there is room', async () => {
    const statuses: SaveStatus[] = [];
    const saver = newSaver(statuses);
    saver.change(text('Short note'));
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));

    // SQLite may not grow the file: SQLITE_FULL, as on a full disk.
    const { sqlite } = test.core.database;
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true }) as number}`);
    const long = 'Our spring menu, dish by dish. '.repeat(600);
    const failedAt = statuses.length;
    saver.change(text(long));
    await vi.waitFor(() => expect(statuses.at(-1)?.kind).toBe('error'));
    expect(statuses.at(-1)).toEqual({
      kind: 'error',
      reason: "Cadence can't save: the disk is full. Free some space; Cadence will try again",
    });
    expect(readJournal(saver.id)?.body).toBe(long);
    expect((await test.call('posts.get', { id: saver.id! })).body).toBe('Short note');

    sqlite.pragma('max_page_count = 1073741823');
    await vi.waitFor(() => expect(statuses.at(-1)).toEqual({ kind: 'saved' }));
    // Never "saved" while the disk was full: only the final save says so.
    expect(statuses.slice(failedAt).filter((status) => status.kind === 'saved')).toHaveLength(1);
    expect((await test.call('posts.get', { id: saver.id! })).body).toBe(long);
    expect(readJournal(saver.id)).toBeNull();
  });

  it('shows the core’s own words when it refuses a save, and does not retry it', async () => {
    const statuses: SaveStatus[] = [];
    const saver = newSaver(statuses);
    saver.change({ ...text('To a channel that is gone'), channelIds: ['no-such-channel'] });
    await vi.waitFor(() => expect(statuses.at(-1)?.kind).toBe('error'));
    expect(statuses.at(-1)).toEqual({
      kind: 'error',
      reason: 'One of the chosen channels no longer exists. Pick the channels again',
    });
    const attempts = calls.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls.length).toBe(attempts);
    expect(readJournal(null)?.body).toBe('To a channel that is gone');
  });
});

describe('recoverableContent', () => {
  const post = (body: string, updatedAt: number): Post => ({
    id: 'p1',
    body,
    status: 'draft',
    kind: 'organic',
    scheduledAt: null,
    scheduledTimeZone: null,
    scheduledLocal: null,
    createdAt: 0,
    updatedAt,
    targets: [],
    media: [],
  });
  const entry = (body: string, editedAt: number, baseUpdatedAt: number | null): JournalEntry => ({
    postId: 'p1',
    body,
    channelIds: [],
    altTexts: {},
    variants: {},
    editedAt,
    baseUpdatedAt,
  });

  it('brings back keystrokes the core never confirmed', () => {
    expect(recoverableContent(post('Hello', 1000), entry('Hello world', 1500, 1000))?.body).toBe(
      'Hello world',
    );
  });

  it('ignores a journal that says what the store already holds', () => {
    expect(recoverableContent(post('Hello', 1000), entry('Hello', 1500, 1000))).toBeNull();
  });

  it('lets a later edit made elsewhere win over an older journal', () => {
    expect(recoverableContent(post('Edited elsewhere', 3000), entry('Hello world', 1500, 1000))).toBeNull();
  });

  it('recovers a post that was never created, but not an empty one', () => {
    const fresh = { ...entry('An idea', 10, null), postId: null };
    expect(recoverableContent(null, fresh)?.body).toBe('An idea');
    expect(recoverableContent(null, { ...fresh, body: '  ' })).toBeNull();
  });

  it('survives a journal that is not ours to read', () => {
    localStorage.setItem('cadence.draft-journal.p1', '{not json');
    expect(readJournal('p1')).toBeNull();
    writeJournal(entry('Readable', 1, 1));
    expect(readJournal('p1')?.body).toBe('Readable');
  });
});
