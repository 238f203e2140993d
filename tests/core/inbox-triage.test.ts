import { afterEach, describe, expect, test } from 'vitest';
import { incoming, startInboxWorld, type InboxWorld } from '../support/inbox-world';
import { MINUTE } from '../support/time';

let world: InboxWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

async function seeded() {
  world = startInboxWorld();
  const w = world;
  const bakery = await w.connect('bakery');
  const cafe = await w.connect('cafe');
  const t0 = w.clock.now();
  w.source.queue('bakery', {
    items: [
      incoming({ at: t0 - 5 * MINUTE, kind: 'mention', text: 'Do you bake sourdough?', remoteId: 'b1' }),
      incoming({ at: t0 - 4 * MINUTE, kind: 'reply', text: 'Open on Sunday?', remoteId: 'b2' }),
      incoming({
        at: t0 - 3 * MINUTE,
        kind: 'comment',
        text: '100% rye please',
        remoteId: 'b3',
        author: { name: 'Rye_Lover', handle: '@rye', avatarUrl: 'https://example.test/a.png' },
      }),
    ],
  });
  w.source.queue('cafe', {
    items: [incoming({ at: t0 - 2 * MINUTE, kind: 'message', text: 'Table for two?', remoteId: 'c1' })],
  });
  await w.call('inbox.refresh', {});
  const ids = Object.fromEntries(
    (await w.call('inbox.list', {})).items.map((item) => [item.text.slice(0, 4), item.id]),
  );
  return { w, bakery, cafe, ids };
}

describe('inbox list and triage', () => {
  test('one list across channels, newest first, with filters, search and pages', async () => {
    const { w, bakery } = await seeded();
    const all = await w.call('inbox.list', {});
    expect(all.items.map((i) => i.text)).toEqual([
      'Table for two?',
      '100% rye please',
      'Open on Sunday?',
      'Do you bake sourdough?',
    ]);
    expect(all).toMatchObject({ total: 4, unread: 4, nextBefore: null });
    expect(all.items[0]).toMatchObject({
      channelLabel: 'cafe (cafe)',
      channelState: 'connected',
      status: 'new',
    });

    expect((await w.call('inbox.list', { channelId: bakery })).total).toBe(3);
    expect((await w.call('inbox.list', { kind: 'comment' })).items.map((i) => i.authorHandle)).toEqual([
      '@rye',
    ]);
    // Search is literal: % and _ are not wildcards; it matches the author too.
    expect((await w.call('inbox.list', { search: '100%' })).total).toBe(1);
    expect((await w.call('inbox.list', { search: 'rye_' })).total).toBe(1);
    expect((await w.call('inbox.list', { search: 'r_e' })).total).toBe(0);

    const first = await w.call('inbox.list', { limit: 3 });
    expect(first.items).toHaveLength(3);
    expect(first.total).toBe(4);
    const second = await w.call('inbox.list', { limit: 3, before: first.nextBefore! });
    expect(second.items.map((i) => i.text)).toEqual(['Do you bake sourdough?']);
    expect(second.nextBefore).toBeNull();
  });

  test('bulk status: read, done, undone (back to read) and unread, with counts per channel', async () => {
    const { w, bakery, cafe, ids } = await seeded();
    expect(await w.call('inbox.counts')).toEqual({
      unread: 4,
      byChannel: [
        { channelId: bakery, unread: 3 },
        { channelId: cafe, unread: 1 },
      ].sort((a, b) => a.channelId.localeCompare(b.channelId)),
    });
    const events: string[] = [];
    w.core.subscribe((event) => events.push(event.type));

    expect(await w.call('inbox.setStatus', { ids: [ids['Do y']!, ids['Open']!], status: 'done' })).toEqual({
      updated: 2,
    });
    expect(events).toContain('inbox.changed');
    expect((await w.call('inbox.list', { status: 'done' })).total).toBe(2);
    expect((await w.call('inbox.counts')).unread).toBe(2);
    // Undone: back to read, not to unread.
    await w.call('inbox.setStatus', { ids: [ids['Open']!], status: 'read' });
    await w.call('inbox.setStatus', { ids: [ids['Tabl']!], status: 'read' });
    expect((await w.call('inbox.list', { status: 'read' })).items.map((i) => i.text)).toEqual([
      'Table for two?',
      'Open on Sunday?',
    ]);
    await w.call('inbox.setStatus', { ids: [ids['Tabl']!], status: 'new' });
    expect((await w.call('inbox.counts')).unread).toBe(2);
    // Setting the same status again changes nothing; unknown ids are ignored.
    expect(await w.call('inbox.setStatus', { ids: [ids['Tabl']!, 'gone'], status: 'new' })).toEqual({
      updated: 0,
    });
    // Reading tells networks that keep a "seen" mark, per channel, up to the newest item read.
    await w.call('inbox.setStatus', { ids: [ids['100%']!, ids['Tabl']!], status: 'read' });
    await w.core.whenIdle();
    expect(w.source.seen).toEqual(
      expect.arrayContaining([
        { handle: 'bakery', upTo: w.clock.now() - 3 * MINUTE },
        { handle: 'cafe', upTo: w.clock.now() - 2 * MINUTE },
      ]),
    );
  });

  test('labels: add and remove in bulk, filter by label', async () => {
    const { w, ids } = await seeded();
    await w.call('inbox.setLabels', { ids: [ids['Do y']!, ids['100%']!], add: ['order', ' VIP '] });
    await w.call('inbox.setLabels', { ids: [ids['100%']!], add: ['order'], remove: ['VIP'] });
    const orders = await w.call('inbox.list', { label: 'order' });
    expect(orders.items.map((i) => [i.text, i.labels])).toEqual([
      ['100% rye please', ['order']],
      ['Do you bake sourdough?', ['VIP', 'order']],
    ]);
    expect((await w.call('inbox.list', { label: 'VIP' })).total).toBe(1);
    await expect(w.call('inbox.setLabels', { ids: [ids['Do y']!], add: [' '] })).rejects.toThrow(
      'A label cannot be empty',
    );
  });

  test('items are kept, marked, when their channel is disconnected or removed', async () => {
    const { w, bakery, cafe, ids } = await seeded();
    await w.call('inbox.setLabels', { ids: [ids['Do y']!], add: ['keep'] });
    await w.call('channels.disconnect', { id: cafe });
    await w.call('channels.remove', { id: bakery });
    const all = await w.call('inbox.list', {});
    expect(all.total).toBe(4);
    expect(all.items.map((i) => [i.text, i.channelId, i.channelLabel, i.channelState])).toEqual([
      ['Table for two?', cafe, 'cafe (cafe)', 'disconnected'],
      ['100% rye please', null, 'bakery (bakery)', 'removed'],
      ['Open on Sunday?', null, 'bakery (bakery)', 'removed'],
      ['Do you bake sourdough?', null, 'bakery (bakery)', 'removed'],
    ]);
    expect(all.items[3]!.labels).toEqual(['keep']);
    await expect(w.call('inbox.reply', { id: ids['Do y']!, text: 'Yes!' })).rejects.toThrow(
      'The channel this came to was removed',
    );
    await expect(w.call('inbox.reply', { id: ids['Tabl']!, text: 'Yes!' })).rejects.toThrow(
      'is not connected',
    );

    // The same account connected again picks its items up where they were, triage and all.
    const again = await w.connect('bakery');
    w.source.queue('bakery', {
      items: [incoming({ at: w.clock.now(), remoteId: 'b1', text: 'Do you bake sourdough?' })],
    });
    await w.call('inbox.refresh', {});
    const back = await w.call('inbox.list', { channelId: again });
    expect(back.items.map((i) => [i.text, i.labels])).toEqual([['Do you bake sourdough?', ['keep']]]);
    expect((await w.call('inbox.list', {})).total).toBe(4);
  });

  test('saved replies: create, list, update and delete', async () => {
    world = startInboxWorld();
    const w = world;
    const hours = await w.call('savedReplies.create', { title: 'Hours', body: 'We open at 7, every day.' });
    await w.call('savedReplies.create', { title: 'Allergens', body: 'Ask us at the counter.' });
    expect((await w.call('savedReplies.list')).map((r) => r.title)).toEqual(['Allergens', 'Hours']);
    const updated = await w.call('savedReplies.update', { id: hours.id, body: 'We open at 8 on Sundays.' });
    expect(updated).toMatchObject({ title: 'Hours', body: 'We open at 8 on Sundays.' });
    await w.call('savedReplies.delete', { id: hours.id });
    expect((await w.call('savedReplies.list')).map((r) => r.title)).toEqual(['Allergens']);
    await expect(w.call('savedReplies.create', { title: ' ', body: 'x' })).rejects.toThrow(
      'Give the saved reply a name',
    );
  });

  test('the sources list says which channels have an inbox and why not', async () => {
    world = startInboxWorld();
    const w = world;
    await w.connect('bakery');
    await w.call('channels.add', { network: 'discord', displayName: 'Server', handle: '#news' });
    await w.call('channels.add', { network: 'webhook', displayName: 'Typed in', handle: 'site' });
    const sources = await w.call('inbox.sources');
    expect(sources.map((s) => [s.channelName, s.hasInbox, s.reason])).toEqual([
      ['bakery', true, null],
      ['Server', false, expect.stringContaining('Discord webhooks can only post')],
      ['Typed in', true, expect.stringContaining('Connect this Webhook channel in Settings')],
    ]);
  });
});
