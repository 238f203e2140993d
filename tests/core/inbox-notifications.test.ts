// Notifications for new inbox items: one for everything a sync brings in, across channels; none
// for a channel's first read (old messages are no news), for the owner's own refresh, or when
// they switched the notifications off in Settings.
import { afterEach, describe, expect, test } from 'vitest';
import { inboxArrivalNotice } from '../../src-main/core/inbox/inbox-notice';
import { incoming, startInboxWorld, type InboxWorld } from '../support/inbox-world';
import { MINUTE } from '../support/time';

const POLL = 5 * MINUTE;
let world: InboxWorld | undefined;
afterEach(async () => {
  await world?.dispose();
  world = undefined;
});

describe('the arrival notice', () => {
  test('says how many arrived, and where', () => {
    expect(inboxArrivalNotice([{ channelName: 'bakery', count: 0 }])).toBeNull();
    expect(inboxArrivalNotice([{ channelName: 'bakery', count: 1 }])).toEqual({
      title: 'A new message in your inbox',
      body: 'On bakery.',
      kind: 'info',
      said: {
        title: { key: 'desktop.notices.inbox', params: { count: 1 } },
        body: { key: 'desktop.notices.inboxOn', params: { channel: 'bakery' } },
      },
    });
    expect(
      inboxArrivalNotice([
        { channelName: 'bakery', count: 2 },
        { channelName: 'cafe', count: 0 },
        { channelName: 'stall', count: 1 },
      ]),
    ).toMatchObject({ title: '3 new messages in your inbox', body: 'bakery: 2 · stall: 1', kind: 'info' });
  });
});

describe('inbox notifications', () => {
  const arrivalNotices = (w: InboxWorld) => w.notifier.notices.filter((n) => /in your inbox$/.test(n.title));

  test('one notice for a sync that brings several items on several channels, none for the first read', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    w.source.queue('bakery', { items: [incoming({ at: start - 60 * MINUTE })] });
    await w.connect('bakery');
    await w.connect('cafe');
    await w.core.whenIdle();
    expect((await w.call('inbox.list', {})).total).toBe(1);
    expect(arrivalNotices(w)).toEqual([]);

    w.source.queue('bakery', {
      items: [incoming({ at: start + MINUTE }), incoming({ at: start + 2 * MINUTE })],
    });
    w.source.queue('cafe', { items: [incoming({ at: start + 3 * MINUTE })] });
    await w.runUntil(start + POLL);
    expect(arrivalNotices(w)).toMatchObject([
      { title: '3 new messages in your inbox', body: 'bakery: 2 · cafe: 1', kind: 'info' },
    ]);

    // The next poll brings nothing: no notice.
    await w.runUntil(start + 2 * POLL);
    expect(arrivalNotices(w)).toHaveLength(1);
  });

  test('stays quiet when switched off in Settings, and on the owner’s own refresh', async () => {
    world = startInboxWorld({ inboxSync: true, pollMs: POLL });
    const w = world;
    const start = w.clock.now();
    await w.connect('bakery');
    await w.core.whenIdle();

    await w.call('settings.update', { notifyInbox: false });
    w.source.queue('bakery', { items: [incoming({ at: start + MINUTE })] });
    await w.runUntil(start + POLL);
    expect((await w.call('inbox.list', {})).total).toBe(1);

    await w.call('settings.update', { notifyInbox: true });
    w.source.queue('bakery', { items: [incoming({ at: start + POLL + MINUTE })] });
    await w.call('inbox.refresh');
    expect((await w.call('inbox.list', {})).total).toBe(2);
    expect(arrivalNotices(w)).toEqual([]);
  });
});
