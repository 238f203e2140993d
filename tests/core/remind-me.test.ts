// "Remind me" channels (issue 11 §3) on a real core and database, under the manual clock: the
// reminder at the due time instead of a send, "I posted it" (with a link), "Snooze 15 min",
// missed once the grace window after the reminder passes, exactly once throughout, and these
// posts counting in the calendar, the plan, Insights and campaign links.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect } from 'vitest';
import type { DesktopFiles } from '../../src-main/core/ports';
import { PNG_1X1 } from '../support/crafted-images';
import type { TestCore } from '../support/test-core';
import { it } from '../support/core-fixture';
import { MINUTE } from '../support/time';

// The test core starts at 2026-11-25 12:00 UTC in New York (UTC-5): 09:00 there is 14:00 UTC.
const NINE_AM = Date.parse('2026-11-25T14:00:00Z');
const GRACE = 120 * MINUTE;
const LIVE = 'https://www.tiktok.com/@corner.bakery/video/7301';

async function tiktok(t: TestCore) {
  return t.call('channels.connect', { network: 'reminder', preset: 'tiktok' });
}

async function scheduleAtNine(t: TestCore, channelId: string, body = 'Fresh rye at nine. Come early!') {
  const post = await t.call('posts.create', { body, channelIds: [channelId] });
  return t.call('posts.schedule', { id: post.id, local: '2026-11-25T09:00', timeZone: 'America/New_York' });
}

async function targetOf(t: TestCore, postId: string) {
  const post = await t.call('posts.get', { id: postId });
  return { post, target: post.targets[0]! };
}

async function historyKinds(t: TestCore, postId: string): Promise<string[]> {
  const entries = await t.call('activity.list', { postId });
  return entries.map((entry) => entry.kind).reverse();
}

describe('adding a "Remind me" channel', () => {
  it('needs only the preset: its name, composer and limits, and no secret', async ({ t }) => {
    const channel = await tiktok(t);
    expect(channel).toMatchObject({
      network: 'reminder',
      displayName: 'TikTok',
      connection: 'connected',
      reminder: {
        preset: 'tiktok',
        networkName: 'TikTok',
        composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
      },
      limits: { maxCharacters: 4_000, maxImages: 10 },
    });
    const google = await t.call('channels.connect', {
      network: 'reminder',
      preset: 'google-business',
      displayName: 'Bakery on Maps',
    });
    expect(google).toMatchObject({
      displayName: 'Bakery on Maps',
      limits: { maxCharacters: 1_500, maxImages: 1 },
    });
  });

  it('takes a name and an https composer for "Other", and says which is missing', async ({ t }) => {
    expect(await t.errorOf('channels.connect', { network: 'reminder', preset: 'other' })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'input.reminderName',
    });
    expect(
      await t.errorOf('channels.connect', {
        network: 'reminder',
        preset: 'other',
        displayName: 'Mastodon-ish',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', key: 'input.reminderComposer' });
    expect(
      await t.errorOf('channels.connect', {
        network: 'reminder',
        preset: 'other',
        displayName: 'Vero',
        composerUrl: 'http://vero.example/compose',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    const vero = await t.call('channels.connect', {
      network: 'reminder',
      preset: 'other',
      displayName: 'Vero',
      composerUrl: 'https://vero.example/compose',
    });
    expect(vero.reminder).toEqual({
      preset: 'other',
      networkName: 'Vero',
      composerUrl: 'https://vero.example/compose',
    });
    expect(await t.call('channels.list')).toHaveLength(1);
  });
});

describe('at the due time', () => {
  it('reminds instead of sending: reminding, a notification, and the panel’s text', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);

    await t.runUntil(NINE_AM - 1);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('scheduled');
    expect(await t.call('reminders.list')).toEqual([]);
    expect(t.notifier.notices).toEqual([]);

    await t.runUntil(NINE_AM);
    const { post, target } = await targetOf(t, scheduled.id);
    expect(target.state).toBe('reminding');
    // Waiting for the owner is not a failure: the calendar still shows it as scheduled.
    expect(post.status).toBe('scheduled');
    expect(t.notifier.notices).toEqual([
      expect.objectContaining({
        kind: 'info',
        title: 'Time to post on TikTok',
        body: 'Fresh rye at nine. Come early!',
        said: { title: { key: 'reminders.timeToPost', params: { network: 'TikTok' } } },
      }),
    ]);
    expect(await t.call('reminders.list')).toEqual([
      {
        targetId: target.id,
        postId: post.id,
        channelName: 'TikTok',
        networkName: 'TikTok',
        composerUrl: 'https://www.tiktok.com/tiktokstudio/upload',
        text: 'Fresh rye at nine. Come early!',
        scheduledAt: NINE_AM,
        deadline: NINE_AM + GRACE,
        images: [],
      },
    ]);
    expect(await historyKinds(t, post.id)).toContain('reminder.shown');
  });

  it('gives the channel’s own text variant, with the campaign’s links tagged for TikTok', async ({ t }) => {
    const channel = await tiktok(t);
    const campaign = await t.call('campaigns.create', {
      name: 'Winter Market',
      goal: 'sales',
      startsOn: '2026-11-01',
      endsOn: '2026-12-31',
      channelIds: [channel.id],
    });
    const post = await t.call('posts.create', { body: 'Generic words', channelIds: [channel.id] });
    await t.call('posts.update', {
      id: post.id,
      variants: { [channel.id]: 'Our market stall: https://bakery.example/market' },
    });
    await t.call('posts.setCampaign', { postId: post.id, campaignId: campaign.id });
    await t.call('posts.schedule', { id: post.id, local: '2026-11-25T09:00', timeZone: 'America/New_York' });

    await t.runUntil(NINE_AM);
    const [reminder] = await t.call('reminders.list');
    expect(reminder!.text).toMatch(/^Our market stall: https:\/\/bakery\.example\/market\?/);
    const link = new URL(reminder!.text.split(' ').at(-1)!);
    expect(link.searchParams.get('utm_source')).toBe('tiktok');
    expect(link.searchParams.get('utm_campaign')).toBe('winter-market');
  });
});

describe('"I posted it"', () => {
  it('publishes it with the live post’s link, writes the history, and counts it everywhere', async ({
    t,
  }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    const planBefore = await t.call('plan.get');
    const publishItem = (plan: typeof planBefore) => plan.items.find((item) => item.id === 'publish-posts');
    await t.runUntil(NINE_AM + 5 * MINUTE);
    const { target } = await targetOf(t, scheduled.id);

    const posted = await t.call('reminders.posted', { targetId: target.id, liveUrl: LIVE });
    expect(posted.status).toBe('published');
    expect(posted.targets[0]).toMatchObject({ state: 'published', remoteUrl: LIVE });
    expect(await t.call('reminders.list')).toEqual([]);
    expect(await historyKinds(t, scheduled.id)).toEqual(
      expect.arrayContaining(['reminder.shown', 'reminder.posted']),
    );

    const calendar = await t.call('calendar.range', { from: NINE_AM - MINUTE, to: NINE_AM + MINUTE });
    expect(calendar).toEqual([expect.objectContaining({ id: scheduled.id, status: 'published' })]);
    expect(publishItem(await t.call('plan.get'))!.progress.done).toBe(
      publishItem(planBefore)!.progress.done + 1,
    );
    const insights = await t.call('metrics.engagement', {
      from: NINE_AM - MINUTE,
      to: NINE_AM + 60 * MINUTE,
    });
    expect(insights.channels).toEqual([expect.objectContaining({ channelId: channel.id })]);
    expect(insights.posts).toEqual([
      expect.objectContaining({ postId: scheduled.id, remoteUrl: LIVE, interactions: null }),
    ]);
  });

  it('publishes once: a second "I posted it" changes nothing', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    await t.runUntil(NINE_AM);
    const { target } = await targetOf(t, scheduled.id);

    await t.call('reminders.posted', { targetId: target.id });
    const history = await historyKinds(t, scheduled.id);
    const again = await t.call('reminders.posted', { targetId: target.id, liveUrl: LIVE });
    expect(again.targets[0]).toMatchObject({ state: 'published', remoteUrl: null });
    expect(await historyKinds(t, scheduled.id)).toEqual(history);
    expect(history.filter((kind) => kind === 'reminder.posted')).toHaveLength(1);
  });

  it('refuses a link that is not https, and leaves the reminder waiting', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    await t.runUntil(NINE_AM);
    const { target } = await targetOf(t, scheduled.id);

    for (const liveUrl of ['http://www.tiktok.com/@x/video/1', 'not a link']) {
      expect(await t.errorOf('reminders.posted', { targetId: target.id, liveUrl })).toMatchObject({
        code: 'INVALID_INPUT',
      });
    }
    expect((await targetOf(t, scheduled.id)).target.state).toBe('reminding');
  });

  it('is refused for a post that is not on a "Remind me" channel, or not yet due', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    const { target } = await targetOf(t, scheduled.id);
    expect(await t.errorOf('reminders.posted', { targetId: target.id })).toMatchObject({
      code: 'CONFLICT',
      key: 'reminders.errors.notReminding',
    });
    const manual = await t.call('channels.add', { network: 'webhook', displayName: 'Feed', handle: 'feed' });
    const other = await t.call('posts.create', { body: 'Hi', channelIds: [manual.id] });
    expect(await t.errorOf('reminders.snooze', { targetId: other.targets[0]!.id })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'reminders.errors.notReminderChannel',
    });
  });
});

describe('"Snooze 15 min"', () => {
  it('reminds again exactly 15 minutes later, by the injected clock', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    await t.runUntil(NINE_AM + 3 * MINUTE);
    const { target } = await targetOf(t, scheduled.id);

    const snoozed = await t.call('reminders.snooze', { targetId: target.id });
    expect(snoozed.post.targets[0]!.state).toBe('retry_wait');
    expect(await t.call('reminders.list')).toEqual([]);
    const snoozedAt = NINE_AM + 3 * MINUTE;
    expect(snoozed.remindsAgainAt).toBe(snoozedAt + 15 * MINUTE);
    // The history keeps the exact time, so the window says it in the owner's locale and zone.
    const [snooze] = await t.call('activity.list', { postId: scheduled.id });
    expect(snooze).toMatchObject({
      kind: 'reminder.snoozed',
      targetId: target.id,
      detail: { nextAttemptAt: snoozedAt + 15 * MINUTE },
    });

    await t.runUntil(snoozedAt + 15 * MINUTE - 1);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('retry_wait');
    expect(t.notifier.notices).toHaveLength(1);

    await t.runUntil(snoozedAt + 15 * MINUTE);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('reminding');
    expect(t.notifier.notices).toHaveLength(2);
    const [again] = await t.call('reminders.list');
    expect(again!.deadline).toBe(snoozedAt + 15 * MINUTE + GRACE);
    expect(await historyKinds(t, scheduled.id)).toEqual(
      expect.arrayContaining(['reminder.shown', 'reminder.snoozed', 'reminder.shown']),
    );
  });

  it('cannot snooze twice in a row, or bring back a reminder already posted', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    await t.runUntil(NINE_AM);
    const { target } = await targetOf(t, scheduled.id);
    await t.call('reminders.snooze', { targetId: target.id });
    expect(await t.errorOf('reminders.snooze', { targetId: target.id })).toMatchObject({ code: 'CONFLICT' });

    // Posted while snoozed: published once, and the snooze's timer reminds of nothing.
    await t.call('reminders.posted', { targetId: target.id });
    expect(await t.errorOf('reminders.snooze', { targetId: target.id })).toMatchObject({ code: 'CONFLICT' });
    await t.runUntil(NINE_AM + 60 * MINUTE);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('published');
    expect(t.notifier.notices).toHaveLength(1);
    expect((await historyKinds(t, scheduled.id)).filter((kind) => kind === 'reminder.posted')).toHaveLength(
      1,
    );
  });
});

describe('not acted on', () => {
  it('is held as missed once the grace window after the reminder passes, with keyed words', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);

    await t.runUntil(NINE_AM + GRACE - 1);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('reminding');

    await t.runUntil(NINE_AM + GRACE);
    const { post, target } = await targetOf(t, scheduled.id);
    expect(target).toMatchObject({
      state: 'missed',
      lastErrorKey: [{ key: 'reminders.missed' }],
    });
    expect(post.status).toBe('failed');
    expect(await t.call('reminders.list')).toEqual([]);
    expect(t.notifier.notices.at(-1)).toMatchObject({ kind: 'failure' });
    expect(await t.errorOf('reminders.snooze', { targetId: target.id })).toMatchObject({ code: 'CONFLICT' });

    // Posted late after all: the owner may still say so, once.
    const posted = await t.call('reminders.posted', { targetId: target.id, liveUrl: LIVE });
    expect(posted).toMatchObject({ status: 'published', targets: [{ state: 'published', remoteUrl: LIVE }] });
    await t.call('reminders.posted', { targetId: target.id });
    expect((await historyKinds(t, scheduled.id)).filter((kind) => kind === 'reminder.posted')).toHaveLength(
      1,
    );
  });

  it('moving the post to drafts takes the reminder back', async ({ t }) => {
    const channel = await tiktok(t);
    const scheduled = await scheduleAtNine(t, channel.id);
    await t.runUntil(NINE_AM);
    await t.call('posts.unschedule', { id: scheduled.id });
    expect(await t.call('reminders.list')).toEqual([]);
    await t.runUntil(NINE_AM + GRACE + MINUTE);
    expect((await targetOf(t, scheduled.id)).target.state).toBe('pending');
  });
});

describe('the images as files', () => {
  it('copies them under their own names to show in a folder or drag, and not in web mode', async ({
    t,
    startCore,
  }) => {
    const shown: string[] = [];
    const dragged: string[] = [];
    const desktopFiles: DesktopFiles = {
      showInFolder: (path) => shown.push(path),
      startDrag: (path) => dragged.push(path),
    };
    const desk = startCore({ desktopFiles });
    const channel = await tiktok(desk);
    const scheduled = await scheduleAtNine(desk, channel.id);
    const image = await desk.call('media.add', {
      postId: scheduled.id,
      fileName: 'rye/loaf.png',
      mimeType: 'image/png',
      dataBase64: PNG_1X1,
      altText: 'A rye loaf',
    });
    await desk.runUntil(NINE_AM);
    const [reminder] = await desk.call('reminders.list');
    expect(reminder!.images).toEqual([
      {
        mediaId: image.id,
        sha256: image.sha256,
        fileName: 'rye/loaf.png',
        mimeType: 'image/png',
        altText: 'A rye loaf',
      },
    ]);

    await desk.call('reminders.startDrag', { targetId: reminder!.targetId, mediaId: image.id });
    await desk.call('reminders.showInFolder', { targetId: reminder!.targetId });
    expect(dragged).toHaveLength(1);
    expect(shown).toEqual(dragged);
    expect(basename(dragged[0]!)).toBe('1-rye_loaf.png');
    expect(readFileSync(dragged[0]!).toString('base64')).toBe(PNG_1X1);
    expect(
      await desk.errorOf('reminders.startDrag', { targetId: reminder!.targetId, mediaId: 'gone' }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });

    // Web mode has no file manager: it says so, and the panel drags the images itself.
    const web = await tiktok(t);
    const webPost = await scheduleAtNine(t, web.id);
    await t.runUntil(NINE_AM);
    expect(await t.errorOf('reminders.showInFolder', { targetId: webPost.targets[0]!.id })).toMatchObject({
      code: 'INVALID_INPUT',
      key: 'reminders.errors.desktopOnly',
    });
  });
});
