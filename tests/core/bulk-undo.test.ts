// Duplicate, bulk actions and Undo through the real dispatch on real SQLite: each bulk action in
// one call, posts that cannot change named with keyed reasons, and Undo putting back the rows it
// recorded, or refusing per post when the post changed or went out since.
import { existsSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { withChannels as it } from '../support/core-fixture';
import { tinyPng } from '../support/crafted-images';
import type { TestCore } from '../support/test-core';
import { HOUR, MINUTE } from '../support/time';

const NEW_YORK = 'America/New_York';
const png = (await tinyPng()).toString('base64');

async function scheduled(t: TestCore, channelIds: string[], body: string, local: string) {
  const post = await t.call('posts.create', { body, channelIds });
  return t.call('posts.schedule', { id: post.id, local, timeZone: NEW_YORK });
}

const sql = (t: TestCore, statement: string, ...params: unknown[]) =>
  t.core.database.sqlite.prepare(statement).run(...params);

const reasonKeys = (outcome: { skipped: Array<{ postId: string; reason: { key?: string } }> }) =>
  Object.fromEntries(outcome.skipped.map((skip) => [skip.postId, skip.reason.key]));

describe('duplicate', () => {
  it('makes a new draft with the words, variants, images and campaign, and no delivery state', async ({
    t,
    channels,
  }) => {
    const campaign = await t.call('campaigns.create', {
      name: 'Winter',
      goal: 'sales',
      channelIds: channels,
    });
    const source = await scheduled(t, channels, 'Stollen is back', '2026-12-03T09:00');
    await t.call('posts.update', { id: source.id, variants: { [channels[1]!]: 'Stollen! #mastodon' } });
    await t.call('media.add', {
      postId: source.id,
      fileName: 'stollen.png',
      mimeType: 'image/png',
      dataBase64: png,
      altText: 'A stollen',
    });
    await t.call('posts.setCampaign', { postId: source.id, campaignId: campaign.id });
    sql(
      t,
      `update post_targets set state = 'published', remote_url = 'https://x.example/1' where post_id = ? and channel_id = ?`,
      source.id,
      channels[0],
    );

    const copy = await t.call('posts.duplicate', { id: source.id });
    expect(copy).toMatchObject({
      body: 'Stollen is back',
      status: 'draft',
      scheduledAt: null,
      scheduledLocal: null,
      campaignId: campaign.id,
      kind: 'campaign',
      media: [{ altText: 'A stollen', fileName: 'stollen.png' }],
    });
    expect(copy.id).not.toBe(source.id);
    expect(
      copy.targets.map((target) => [target.channelId, target.state, target.bodyOverride, target.remoteUrl]),
    ).toEqual(
      [
        [channels[0], 'pending', null, null],
        [channels[1], 'pending', 'Stollen! #mastodon', null],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await t.call('activity.list', { postId: copy.id })).toMatchObject([{ kind: 'post.duplicated' }]);
  });
});

describe('bulk actions', () => {
  it('move several posts to a day in one call, skipping with reasons, and Undo puts them back', async ({
    t,
    channels,
    events,
  }) => {
    const first = await scheduled(t, channels, 'Rye', '2026-12-01T09:00');
    const second = await scheduled(t, channels, 'Spelt', '2026-12-02T17:30');
    const draft = await t.call('posts.create', { body: 'Draft', channelIds: channels });
    const published = await scheduled(t, channels, 'Out already', '2026-12-03T08:00');
    sql(t, `update posts set status = 'published' where id = ?`, published.id);
    const sending = await scheduled(t, channels, 'On its way', '2026-12-03T10:00');
    sql(t, `update post_targets set state = 'sending' where post_id = ?`, sending.id);

    const ids = [first.id, second.id, draft.id, published.id, sending.id, 'no-such-post'];
    const moved = await t.call('posts.bulk', {
      postIds: ids,
      action: { kind: 'move', date: '2026-12-10', timeZone: NEW_YORK },
    });
    expect(moved.changed).toEqual([first.id, second.id]);
    expect(reasonKeys(moved)).toEqual({
      [draft.id]: 'batch.skipped.draftNeedsTime',
      [published.id]: 'batch.skipped.published',
      [sending.id]: 'batch.skipped.inProgress',
      'no-such-post': 'batch.skipped.gone',
    });
    expect((await t.call('posts.get', { id: first.id })).scheduledLocal).toBe('2026-12-10T09:00');
    expect((await t.call('posts.get', { id: second.id })).scheduledLocal).toBe('2026-12-10T17:30');
    expect(events).toContainEqual({ type: 'post.changed', postId: first.id });

    const undone = await t.call('undo.apply', { undoId: moved.undoId! });
    expect(undone).toEqual({ restored: [first.id, second.id], skipped: [] });
    expect(await t.call('posts.get', { id: first.id })).toMatchObject({
      scheduledLocal: '2026-12-01T09:00',
      updatedAt: first.updatedAt,
    });
    expect((await t.call('posts.get', { id: second.id })).scheduledLocal).toBe('2026-12-02T17:30');
    // An undo applies once.
    expect(await t.errorOf('undo.apply', { undoId: moved.undoId! })).toMatchObject({
      code: 'NOT_FOUND',
      key: 'batch.undo.expired',
    });
  });

  it('schedule drafts at a given time, and shift by days keeping the wall-clock time across DST', async ({
    t,
    channels,
  }) => {
    const draft = await t.call('posts.create', { body: 'Draft', channelIds: channels });
    const moved = await t.call('posts.bulk', {
      postIds: [draft.id],
      action: { kind: 'move', date: '2027-03-12', time: '09:00', timeZone: NEW_YORK },
    });
    expect(moved.changed).toEqual([draft.id]);
    const before = await t.call('posts.get', { id: draft.id });
    expect(before).toMatchObject({ status: 'scheduled', scheduledLocal: '2027-03-12T09:00' });

    // Clocks go forward on 14 March 2027 in New York: three days later is an hour less.
    const shifted = await t.call('posts.bulk', {
      postIds: [draft.id],
      action: { kind: 'shift', days: 3, minutes: 0 },
    });
    expect(shifted.changed).toEqual([draft.id]);
    const after = await t.call('posts.get', { id: draft.id });
    expect(after.scheduledLocal).toBe('2027-03-15T09:00');
    expect(after.scheduledAt! - before.scheduledAt!).toBe(3 * 24 * HOUR - HOUR);

    const gap = await t.call('posts.bulk', {
      postIds: [draft.id],
      action: { kind: 'move', date: '2027-03-14', time: '02:30', timeZone: NEW_YORK },
    });
    expect(reasonKeys(gap)).toEqual({ [draft.id]: 'batch.skipped.timeSkipped' });
    expect(gap.undoId).toBeNull();
    const past = await t.call('posts.bulk', {
      postIds: [draft.id],
      action: { kind: 'shift', days: -366, minutes: 0 },
    });
    expect(reasonKeys(past)).toEqual({ [draft.id]: 'batch.skipped.timePassed' });
  });

  it('assign a campaign and Undo takes it off again', async ({ t, channels }) => {
    const campaign = await t.call('campaigns.create', {
      name: 'Winter',
      goal: 'sales',
      channelIds: channels,
    });
    const post = await t.call('posts.create', { body: 'Mulled wine', channelIds: channels });
    const outcome = await t.call('posts.bulk', {
      postIds: [post.id],
      action: { kind: 'campaign', campaignId: campaign.id },
    });
    expect(await t.call('posts.get', { id: post.id })).toMatchObject({
      campaignId: campaign.id,
      kind: 'campaign',
    });
    await t.call('undo.apply', { undoId: outcome.undoId! });
    expect(await t.call('posts.get', { id: post.id })).toMatchObject({ campaignId: null, kind: 'organic' });
    expect(
      await t.errorOf('posts.bulk', { postIds: [post.id], action: { kind: 'campaign', campaignId: 'gone' } }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('delete in one call, and Undo brings the posts back with targets, variants, images and search', async ({
    t,
    channels,
  }) => {
    const post = await scheduled(t, channels, 'Gingerbread', '2026-12-05T09:00');
    await t.call('posts.update', { id: post.id, variants: { [channels[0]!]: 'Lebkuchen' } });
    const image = await t.call('media.add', {
      postId: post.id,
      fileName: 'g.png',
      mimeType: 'image/png',
      dataBase64: png,
    });
    const other = await t.call('posts.create', { body: 'Second', channelIds: channels });
    const kept = await t.call('posts.get', { id: post.id });

    const deleted = await t.call('posts.bulk', { postIds: [post.id, other.id], action: { kind: 'delete' } });
    expect(deleted.changed).toEqual([post.id, other.id]);
    expect(await t.errorOf('posts.get', { id: post.id })).toMatchObject({ code: 'NOT_FOUND' });
    expect((await t.call('posts.search', { text: 'lebkuchen' })).posts).toEqual([]);
    // Held for Undo: no post names the image, yet its file stays.
    expect(existsSync(t.core.mediaPath(image.sha256))).toBe(true);

    expect(await t.call('undo.apply', { undoId: deleted.undoId! })).toEqual({
      restored: [post.id, other.id],
      skipped: [],
    });
    expect(await t.call('posts.get', { id: post.id })).toEqual(kept);
    expect((await t.call('posts.search', { text: 'lebkuchen' })).posts.map((p) => p.id)).toEqual([post.id]);
    expect(existsSync(t.core.mediaPath(image.sha256))).toBe(true);
  });

  it('let the image go once the undo expires', async ({ t }) => {
    const post = await t.call('posts.create', { body: 'Pic' });
    const image = await t.call('media.add', {
      postId: post.id,
      fileName: 'g.png',
      mimeType: 'image/png',
      dataBase64: png,
    });
    const { undoId } = await t.call('posts.delete', { id: post.id });
    expect(existsSync(t.core.mediaPath(image.sha256))).toBe(true);
    t.clock.advance(16 * MINUTE);
    expect(await t.errorOf('undo.apply', { undoId: undoId! })).toMatchObject({
      key: 'batch.undo.expired',
      message: expect.stringContaining('15 minutes'),
    });
    expect(existsSync(t.core.mediaPath(image.sha256))).toBe(false);
  });
});

describe('undo', () => {
  it('refuses per post what changed or went out since, and puts back the rest', async ({ t, channels }) => {
    const edited = await scheduled(t, channels, 'Edited later', '2026-12-01T09:00');
    const sent = await scheduled(t, channels, 'Sent later', '2026-12-01T10:00');
    const untouched = await scheduled(t, channels, 'Untouched', '2026-12-01T11:00');
    const removed = await scheduled(t, channels, 'Deleted later', '2026-12-01T12:00');
    const moved = await t.call('posts.bulk', {
      postIds: [edited.id, sent.id, untouched.id, removed.id],
      action: { kind: 'shift', days: 1, minutes: 30 },
    });
    expect((await t.call('posts.get', { id: untouched.id })).scheduledLocal).toBe('2026-12-02T11:30');

    t.clock.advance(MINUTE);
    await t.call('posts.update', { id: edited.id, body: 'Edited later, really' });
    sql(t, `update post_targets set state = 'published' where post_id = ?`, sent.id);
    await t.call('posts.delete', { id: removed.id });

    const undone = await t.call('undo.apply', { undoId: moved.undoId! });
    expect(undone.restored).toEqual([untouched.id]);
    expect(reasonKeys(undone)).toEqual({
      [edited.id]: 'batch.undo.changed',
      [sent.id]: 'batch.undo.wentOut',
      [removed.id]: 'batch.undo.gone',
    });
    expect((await t.call('posts.get', { id: untouched.id })).scheduledLocal).toBe('2026-12-01T11:00');
    expect((await t.call('posts.get', { id: edited.id })).scheduledLocal).toBe('2026-12-02T09:30');
  });

  it('undoes a single reschedule and a single delete, and not a delete whose channel was removed', async ({
    t,
    channels,
  }) => {
    const post = await scheduled(t, channels, 'Once', '2026-12-01T09:00');
    const rescheduled = await t.call('posts.schedule', {
      id: post.id,
      local: '2026-12-04T15:00',
      timeZone: NEW_YORK,
    });
    await t.call('undo.apply', { undoId: rescheduled.undoId! });
    expect((await t.call('posts.get', { id: post.id })).scheduledLocal).toBe('2026-12-01T09:00');

    const { undoId } = await t.call('posts.delete', { id: post.id });
    await t.call('undo.apply', { undoId: undoId! });
    expect((await t.call('posts.get', { id: post.id })).body).toBe('Once');

    const again = await t.call('posts.delete', { id: post.id });
    await t.call('channels.remove', { id: channels[0]! });
    expect(reasonKeys(await t.call('undo.apply', { undoId: again.undoId! }))).toEqual({
      [post.id]: 'batch.undo.channelGone',
    });
  });
});
