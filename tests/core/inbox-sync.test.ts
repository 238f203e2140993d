import { afterEach, describe, expect, test } from 'vitest';
import { say } from '../../src-main/shared/messages/owner-message';
import { incoming, startInboxWorld, type InboxWorld } from '../support/inbox-world';
import { MINUTE } from '../support/time';

const POLL = 5 * MINUTE;
let world: InboxWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

const callTimes = (w: InboxWorld, handle: string) =>
  w.source.calls.filter((c) => c.handle === handle).map((c) => c.at - w.source.calls[0]!.at);

describe('inbox sync timing', () => {
  test('polls each channel every few minutes with one timer, carrying its cursor forward', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    await w.connect('bakery');
    await w.core.whenIdle();
    // Connecting a channel syncs it at once.
    expect(w.source.calls).toEqual([{ handle: 'bakery', cursor: null, at: start }]);
    expect(w.clock.pendingTimers).toBeGreaterThan(0);
    w.source.queue(
      'bakery',
      { items: [], interactions: [] },
      { items: [incoming({ at: start + 7 * MINUTE })] },
    );
    await w.runUntil(start + 12 * MINUTE);
    expect(callTimes(w, 'bakery')).toEqual([0, POLL, 2 * POLL]);
    expect(w.source.calls.map((c) => c.cursor)).toEqual([null, 'cursor-1', 'cursor-2']);
    expect((await w.call('inbox.list', {})).total).toBe(1);
    const [info] = await w.call('inbox.sources');
    expect(info).toMatchObject({
      lastSyncedAt: start + 2 * POLL,
      lastError: null,
      nextSyncAt: start + 3 * POLL,
    });
  });

  test('a failing channel backs off on its own, says why in plain words, and recovers', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    w.source.fail('bakery', 'server', 'The server had a problem (502). Cadence will try again.');
    w.source.fail('bakery', 'offline', 'Could not reach the server. Check the connection.');
    await w.connect('bakery');
    await w.connect('cafe');
    await w.runUntil(start + 16 * MINUTE);
    // Bakery: fails at 0, waits 5 min, fails again, waits 10 min, then works.
    expect(callTimes(w, 'bakery')).toEqual([0, POLL, 3 * POLL]);
    expect(callTimes(w, 'cafe')).toEqual([0, POLL, 2 * POLL, 3 * POLL]);
    const sources = await w.call('inbox.sources');
    expect(sources.map((s) => s.lastError)).toEqual([null, null]);
  });

  test('a failure is recorded with its message; a rate limit waits for the server’s time; auth asks for a reconnect', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    w.source.fail('bakery', 'rate-limited', 'The server asked Cadence to slow down.', start + 42 * MINUTE);
    await w.connect('bakery');
    await w.core.whenIdle();
    const [limited] = await w.call('inbox.sources');
    expect(limited).toMatchObject({
      lastError: 'The server asked Cadence to slow down.',
      nextSyncAt: start + 42 * MINUTE,
    });
    await w.runUntil(start + 41 * MINUTE);
    expect(callTimes(w, 'bakery')).toEqual([0]);
    w.source.fail('bakery', 'auth', 'The server no longer accepts the sign-in. Reconnect in Settings.');
    await w.runUntil(start + 60 * MINUTE);
    expect(callTimes(w, 'bakery')).toEqual([0, 42 * MINUTE]);
    const [channel] = await w.call('channels.list');
    expect(channel!.connection).toBe('needs_reconnect');
    const [info] = await w.call('inbox.sources');
    expect(info!.reason).toContain('sign in again');
    expect(info!.lastError).toBe('The server no longer accepts the sign-in. Reconnect in Settings.');
    // Nothing left to poll: the sync arms no timer.
    expect(w.clock.pendingTimers).toBe(0);
  });

  test('a keyed failure keeps its keys for the owner’s language, and a sync that works clears them', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    w.source.fail(
      'bakery',
      'server',
      say('connectors.common.serverTroubleRetry', { name: 'Mastodon', status: 502 }),
    );
    await w.connect('bakery');
    await w.core.whenIdle();
    const [failing] = await w.call('inbox.sources');
    expect(failing).toMatchObject({
      lastError: 'Mastodon had a problem on its side (HTTP 502). Cadence will try again.',
      lastErrorKey: [
        { key: 'connectors.common.serverTroubleRetry', params: { name: 'Mastodon', status: 502 } },
      ],
    });
    await w.runUntil(start + 2 * POLL);
    const [recovered] = await w.call('inbox.sources');
    expect(recovered).toMatchObject({ lastError: null, lastErrorKey: null });
  });

  test('offline it sleeps; coming online, resuming and refresh sync at once', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    await w.connect('bakery');
    await w.core.whenIdle();
    w.online.set(false);
    await w.runUntil(start + 30 * MINUTE);
    expect(callTimes(w, 'bakery')).toEqual([0]);
    w.online.set(true);
    await w.core.whenIdle();
    expect(callTimes(w, 'bakery')).toEqual([0, 30 * MINUTE]);
    await w.runUntil(start + 31 * MINUTE);
    w.core.wake('resume');
    await w.core.whenIdle();
    w.source.queue('bakery', { items: [incoming({ at: start })] });
    const sources = await w.call('inbox.refresh', {});
    expect(sources[0]!.lastSyncedAt).toBe(start + 31 * MINUTE);
    expect(callTimes(w, 'bakery')).toEqual([0, 30 * MINUTE, 31 * MINUTE, 31 * MINUTE]);
    expect((await w.call('inbox.counts')).unread).toBe(1);
  });
});

describe('replies through the outbox', () => {
  test('a reply written offline goes out once when back online, never held as missed, and times the answer', async () => {
    world = startInboxWorld();
    const w = world;
    const channelId = await w.connect('bakery');
    const asked = w.clock.now();
    w.source.queue('bakery', { items: [incoming({ at: asked, text: 'Open on Sunday?', remoteId: 'q1' })] });
    await w.call('inbox.refresh', {});
    const [item] = (await w.call('inbox.list', {})).items;

    w.online.set(false);
    await w.runUntil(asked + 30 * MINUTE);
    const { post, item: answered } = await w.call('inbox.reply', { id: item!.id, text: 'Yes, 8 to 2.' });
    expect(answered.status).toBe('read');
    expect(post.targets).toMatchObject([{ channelId, state: 'scheduled' }]);
    // The laptop sleeps for hours, well past the grace window for posts.
    await w.runUntil(asked + 5 * 60 * MINUTE);
    w.core.wake('resume');
    await w.core.whenIdle();
    expect(w.webhook.calls).toHaveLength(0);
    w.online.set(true);
    await w.runUntil(asked + 6 * 60 * MINUTE);
    expect(w.webhook.calls.filter((c) => c.op === 'publish').map((c) => c.text)).toEqual(['Yes, 8 to 2.']);
    expect((await w.call('posts.get', { id: post.id })).status).toBe('published');
    const thread = await w.call('inbox.get', { id: item!.id });
    expect(thread.item.firstRepliedAt).toBe(asked + 5 * 60 * MINUTE);
    expect(thread.conversation.map((e) => e.type)).toEqual(['item', 'reply']);
    expect(thread.conversation[1]).toMatchObject({
      type: 'reply',
      reply: { text: 'Yes, 8 to 2.', state: 'published' },
    });
    // A reply is a conversation, not a post: it stays off the calendar.
    const day = await w.call('calendar.range', {
      from: asked - 24 * 60 * MINUTE,
      to: asked + 24 * 60 * MINUTE,
    });
    expect(day).toEqual([]);
    // A second reply is sent too, but the first reply time stays.
    await w.call('inbox.reply', { id: item!.id, text: 'And 9 to 1 on holidays.' });
    await w.runUntil(asked + 7 * 60 * MINUTE);
    expect(w.webhook.calls.filter((c) => c.op === 'publish')).toHaveLength(2);
    expect((await w.call('inbox.get', { id: item!.id })).item.firstRepliedAt).toBe(asked + 5 * 60 * MINUTE);
  });

  test('a reply failing with a server error is retried like any post, and sent once', async () => {
    world = startInboxWorld();
    const w = world;
    await w.connect('bakery');
    w.source.queue('bakery', { items: [incoming({ at: w.clock.now() })] });
    await w.call('inbox.refresh', {});
    const [item] = (await w.call('inbox.list', {})).items;
    w.webhook.scriptPublish({
      kind: 'error',
      failure: 'server',
      message: 'Webhook had a problem (HTTP 502).',
    });
    await w.call('inbox.reply', { id: item!.id, text: 'Thanks!' });
    await w.core.whenIdle();
    expect((await w.call('inbox.get', { id: item!.id })).conversation[1]).toMatchObject({
      reply: { state: 'retry_wait' },
    });
    await w.runUntil(w.clock.now() + 60 * MINUTE);
    expect(w.webhook.calls.filter((c) => c.op === 'publish')).toHaveLength(2);
    expect(w.webhook.delivered.size).toBe(1);
    expect((await w.call('inbox.get', { id: item!.id })).item.firstRepliedAt).not.toBeNull();
  });

  test('an empty or over-long reply is refused before anything is queued', async () => {
    world = startInboxWorld();
    const w = world;
    await w.connect('bakery');
    w.source.queue('bakery', { items: [incoming({ at: w.clock.now() })] });
    await w.call('inbox.refresh', {});
    const [item] = (await w.call('inbox.list', {})).items;
    await expect(w.call('inbox.reply', { id: item!.id, text: '   ' })).rejects.toThrow('Write a reply first');
    await expect(w.call('inbox.reply', { id: 'missing', text: 'Hi' })).rejects.toThrow('no longer exists');
    expect((await w.call('outbox.status')).queued).toBe(0);
  });
});
