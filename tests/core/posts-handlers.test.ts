// The post and channel handlers through the real dispatch, on real SQLite: what each channel
// stores, refuses and announces.
import sharp from 'sharp';
import { describe, expect } from 'vitest';
import { test } from '../support/core-fixture';
import type { TestCore } from '../support/test-core';
import { MINUTE } from '../support/time';

const it = test.extend<{ channels: string[] }>({
  channels: async ({ t }, use) => {
    const channels: string[] = [];
    for (const [network, handle] of [
      ['bluesky', 'shop.bsky.social'],
      ['mastodon', '@shop@social.example'],
      ['telegram', '@shopnews'],
    ] as const) {
      channels.push((await t.call('channels.add', { network, displayName: handle, handle })).id);
    }
    await use(channels);
  },
});

const count = (t: TestCore, table: string, postId: string) =>
  (
    t.core.database.sqlite.prepare(`select count(*) as n from ${table} where post_id = ?`).get(postId) as {
      n: number;
    }
  ).n;

describe('posts', () => {
  it('are created with one pending target per distinct channel, and announced', async ({
    t,
    events,
    channels,
  }) => {
    const post = await t.call('posts.create', {
      body: 'New menu',
      channelIds: [channels[0]!, channels[1]!, channels[0]!],
    });
    expect(post).toMatchObject({ body: 'New menu', status: 'draft', scheduledAt: null, media: [] });
    expect(post.targets.map((target) => target.channelId).sort()).toEqual([channels[0], channels[1]].sort());
    expect(post.targets.every((target) => target.state === 'pending' && target.bodyOverride === null)).toBe(
      true,
    );
    expect(events).toContainEqual({ type: 'post.changed', postId: post.id });
    expect(await t.errorOf('posts.create', { channelIds: ['gone'] })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('update the body, swap channels and keep per-channel variants until cleared', async ({
    t,
    channels,
  }) => {
    const post = await t.call('posts.create', { body: 'v1', channelIds: [channels[0]!, channels[1]!] });
    t.clock.advance(MINUTE);
    const updated = await t.call('posts.update', {
      id: post.id,
      body: 'v2',
      channelIds: [channels[1]!, channels[2]!],
      variants: { [channels[2]!]: 'Short for Telegram' },
    });
    expect(updated.body).toBe('v2');
    expect(updated.updatedAt).toBe(post.updatedAt + MINUTE);
    const byChannel = new Map(updated.targets.map((target) => [target.channelId, target]));
    expect([...byChannel.keys()].sort()).toEqual([channels[1], channels[2]].sort());
    // The kept target is the same row, not a new one.
    expect(byChannel.get(channels[1]!)!.id).toBe(post.targets.find((x) => x.channelId === channels[1])!.id);
    expect(byChannel.get(channels[2]!)!.bodyOverride).toBe('Short for Telegram');

    const untouched = await t.call('posts.update', { id: post.id, body: 'v3' });
    expect(untouched.targets.find((x) => x.channelId === channels[2])!.bodyOverride).toBe(
      'Short for Telegram',
    );
    const cleared = await t.call('posts.update', { id: post.id, variants: { [channels[2]!]: null } });
    expect(cleared.targets.find((x) => x.channelId === channels[2])!.bodyOverride).toBeNull();
    expect(await t.errorOf('posts.update', { id: 'missing', body: 'x' })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('schedule and unschedule, moving their targets along', async ({ t, channels }) => {
    const post = await t.call('posts.create', { body: 'Sale', channelIds: [channels[0]!] });
    const scheduled = await t.call('posts.schedule', {
      id: post.id,
      local: '2026-12-01T09:00',
      timeZone: 'America/New_York',
    });
    expect(scheduled).toMatchObject({
      status: 'scheduled',
      scheduledAt: Date.UTC(2026, 11, 1, 14),
      scheduledLocal: '2026-12-01T09:00',
    });
    expect(scheduled.targets[0]!.state).toBe('scheduled');
    const widened = await t.call('posts.update', { id: post.id, channelIds: [channels[0]!, channels[1]!] });
    expect(widened.targets.map((target) => target.state)).toEqual(['scheduled', 'scheduled']);

    const back = await t.call('posts.unschedule', { id: post.id });
    expect(back).toMatchObject({
      status: 'draft',
      scheduledAt: null,
      scheduledTimeZone: null,
      scheduledLocal: null,
    });
    expect(back.targets.map((target) => target.state)).toEqual(['pending', 'pending']);
    expect((await t.call('activity.list', { postId: post.id })).map((entry) => entry.kind)).toEqual([
      'post.unscheduled',
      'post.scheduled',
    ]);
  });

  it('cannot be scheduled without a channel or without content', async ({ t, channels }) => {
    const lonely = await t.call('posts.create', { body: 'Hi' });
    expect(
      await t.errorOf('posts.schedule', { id: lonely.id, local: '2026-12-01T09:00', timeZone: 'UTC' }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/channel/),
    });
    const empty = await t.call('posts.create', { body: '   ', channelIds: [channels[0]!] });
    expect(
      await t.errorOf('posts.schedule', { id: empty.id, local: '2026-12-01T09:00', timeZone: 'UTC' }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/Write something/),
    });
  });

  it('refuse every change once published', async ({ t, channels }) => {
    const post = await t.call('posts.create', { body: 'Done', channelIds: [channels[0]!] });
    t.core.database.sqlite.prepare("update posts set status = 'published' where id = ?").run(post.id);
    const attempts: Array<[string, unknown]> = [
      ['posts.update', { id: post.id, body: 'Edited' }],
      ['posts.update', { id: post.id, channelIds: [channels[1]!] }],
      ['posts.schedule', { id: post.id, local: '2026-12-01T09:00', timeZone: 'UTC' }],
      ['posts.unschedule', { id: post.id }],
    ];
    for (const [channel, input] of attempts) {
      expect(await t.errorOf(channel, input), channel).toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/published/),
      });
    }
    expect(await t.call('posts.get', { id: post.id })).toMatchObject({ body: 'Done', status: 'published' });
  });

  it('list drafts most recently edited first, without scheduled posts', async ({ t, channels }) => {
    const ids: string[] = [];
    for (const body of ['a', 'b', 'c']) {
      ids.push((await t.call('posts.create', { body, channelIds: [channels[0]!] })).id);
      t.clock.advance(MINUTE);
    }
    await t.call('posts.update', { id: ids[0]!, body: 'a, edited' });
    t.clock.advance(MINUTE);
    await t.call('posts.schedule', { id: ids[1]!, local: '2026-12-01T09:00', timeZone: 'UTC' });
    const drafts = await t.call('posts.listDrafts');
    expect(drafts.map((draft) => draft.excerpt)).toEqual(['a, edited', 'c']);
    expect((await t.call('posts.listDrafts', { limit: 1 })).map((draft) => draft.id)).toEqual([ids[0]]);
  });

  it('are deleted with their targets and media rows, while the activity log keeps their history', async ({
    t,
    events,
    channels,
  }) => {
    const post = await t.call('posts.create', { body: 'Bye', channelIds: channels });
    await t.call('posts.schedule', { id: post.id, local: '2026-12-01T09:00', timeZone: 'UTC' });
    await t.call('media.add', {
      postId: post.id,
      fileName: 'a.gif',
      mimeType: 'image/gif',
      dataBase64: (
        await sharp({ create: { width: 2, height: 2, channels: 3, background: '#000' } })
          .gif()
          .toBuffer()
      ).toString('base64'),
    });
    expect([count(t, 'post_targets', post.id), count(t, 'media', post.id)]).toEqual([3, 1]);

    expect(await t.call('posts.delete', { id: post.id })).toEqual({
      id: post.id,
      undoId: expect.any(String),
    });
    expect(events).toContainEqual({ type: 'post.deleted', postId: post.id });
    expect([count(t, 'post_targets', post.id), count(t, 'media', post.id)]).toEqual([0, 0]);
    expect(count(t, 'activity_log', post.id)).toBe(1);
    expect(await t.errorOf('posts.get', { id: post.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await t.errorOf('posts.delete', { id: post.id })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('the calendar range', () => {
  it('is half-open, ordered by time and carries channels and media counts', async ({ t, channels }) => {
    const from = Date.UTC(2026, 11, 1);
    const to = Date.UTC(2026, 11, 8);
    const plan = async (local: string, channelIds: string[], body = local) => {
      const post = await t.call('posts.create', { body, channelIds });
      return (await t.call('posts.schedule', { id: post.id, local, timeZone: 'UTC' })).id;
    };
    const atStart = await plan('2026-12-01T00:00', channels);
    const lastMinute = await plan('2026-12-07T23:59', [channels[1]!], 'x'.repeat(500));
    await plan('2026-12-08T00:00', [channels[0]!]);
    await plan('2026-11-30T23:59', [channels[0]!]);
    const middle = await plan('2026-12-03T12:00', [channels[2]!]);
    await t.call('posts.create', { body: 'undated draft', channelIds: [channels[0]!] });

    const window = await t.call('calendar.range', { from, to });
    expect(window.map((post) => post.id)).toEqual([atStart, middle, lastMinute]);
    expect(window[0]!.channelIds.sort()).toEqual([...channels].sort());
    expect(window[1]!.channelIds).toEqual([channels[2]]);
    expect(window[2]!.excerpt).toHaveLength(140);
    expect(window.every((post) => post.status === 'scheduled' && post.mediaCount === 0)).toBe(true);
    expect(await t.call('calendar.range', { from: to, to: to + 1 })).toHaveLength(1);
  });
});

describe('channels', () => {
  it('are removed together with their targets, leaving the posts', async ({ t, events, channels }) => {
    const post = await t.call('posts.create', { body: 'Both', channelIds: [channels[0]!, channels[1]!] });
    expect(await t.call('channels.remove', { id: channels[0]! })).toEqual({ id: channels[0] });
    expect(events).toContainEqual({ type: 'channels.changed' });
    expect((await t.call('channels.list')).map((channel) => channel.id)).toEqual(channels.slice(1));
    expect((await t.call('posts.get', { id: post.id })).targets.map((target) => target.channelId)).toEqual([
      channels[1],
    ]);
    expect(await t.errorOf('channels.remove', { id: channels[0]! })).toMatchObject({ code: 'NOT_FOUND' });
  });
});
