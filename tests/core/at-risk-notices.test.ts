// The notification three days before a channel's sign-in ends with scheduled posts after it:
// announced once when the moment comes (the timer armed from the data, not a polling loop),
// not again after a restart, and again for a new end once the owner reconnected.
import { describe, expect } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { it } from '../support/core-fixture';
import type { OutboxHarness } from '../support/outbox-harness';
import { DAY, HOUR } from '../support/time';

const signInEndsAt = (h: OutboxHarness, channelId: string, at: number | null) =>
  h.core.database.sqlite
    .prepare("update channels set connection = 'connected', access_expires_at = ? where id = ?")
    .run(at, channelId);

const titles = (h: OutboxHarness) => h.notifier.notices.map((notice) => notice.title);

describe('a sign-in that ends before scheduled posts', () => {
  it('is announced three days ahead, once, also across a restart', async ({ startOutbox }) => {
    const h = startOutbox();
    const channel = await h.connect('webhook', 'Shop hook');
    const start = h.clock.now();
    signInEndsAt(h, channel, start + 7 * DAY);
    await h.schedule([channel], '2026-12-04T09:00', 'Friday bread');
    expect(titles(h)).toEqual([]);

    h.clock.set(start + 4 * DAY - HOUR);
    expect(titles(h)).toEqual([]);
    h.clock.set(start + 4 * DAY);
    expect(titles(h)).toEqual(['Reconnect Webhook before Wed, Dec 2: 1 post at risk']);
    expect(h.notifier.notices[0]).toMatchObject({
      kind: 'failure',
      body: 'Open Cadence and sign in to it again in Settings, or those posts will fail.',
    });
    await h.schedule([channel], '2026-12-05T09:00', 'Saturday rolls');
    h.clock.set(start + 6 * DAY);
    expect(titles(h)).toHaveLength(1);

    h.crash();
    const again = h.reopen(new ManualClock(start + 6 * DAY));
    again.clock.set(start + 6 * DAY + HOUR);
    expect(titles(again)).toEqual([]);
  });

  it('is announced again for a new end after the owner reconnected', async ({ startOutbox }) => {
    const h = startOutbox();
    const channel = await h.connect('webhook', 'Shop hook');
    const start = h.clock.now();
    signInEndsAt(h, channel, start + DAY);
    await h.schedule([channel], '2026-11-28T09:00', 'Saturday bread');
    expect(titles(h)).toEqual(['Reconnect Webhook before Thu, Nov 26: 1 post at risk']);

    // Reconnected: the sign-in now lasts past the post, and the old risk is forgotten.
    signInEndsAt(h, channel, start + 60 * DAY);
    await h.call('posts.create', { body: 'A draft, so Cadence looks again' });
    signInEndsAt(h, channel, start + 2 * DAY);
    await h.call('posts.create', { body: 'Another draft' });
    expect(titles(h)).toEqual([
      'Reconnect Webhook before Thu, Nov 26: 1 post at risk',
      'Reconnect Webhook before Fri, Nov 27: 1 post at risk',
    ]);
  });

  it('arms one timer for the next risk, and none while nothing is at risk', async ({ startOutbox }) => {
    const h = startOutbox();
    const channel = await h.connect('webhook', 'Shop hook');
    await h.schedule([channel], '2026-12-10T09:00', 'Bread next month');
    const idle = h.clock.pendingTimers;
    signInEndsAt(h, channel, h.clock.now() + 10 * DAY);
    await h.call('posts.create', { body: 'A draft, so Cadence looks again' });
    expect(h.clock.pendingTimers).toBe(idle + 1);
    signInEndsAt(h, channel, null);
    await h.call('posts.create', { body: 'Another draft' });
    expect(h.clock.pendingTimers).toBe(idle);
    expect(titles(h)).toEqual([]);
  });
});
