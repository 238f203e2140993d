import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_BRAND_KIT } from '../../src-main/shared/brand-kit/kit';
import type { Stage } from '../../src-main/shared/entities';
import type { PlanBucket } from '../../src-main/shared/plan';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';
import { DAY, HOUR } from '../support/time';

// Wednesday 25 November 2026, noon in New York. Weeks start on Monday unless a test says not.
const NOW = newYork('2026-11-25T12:00');

let w: PlanWorld;
beforeEach(() => {
  w = startPlanWorld({ now: NOW });
});
afterEach(() => w.cleanup());

const atStage = (stage: Stage) => w.call('profile.setStage', { stage });

describe('publish N posts this week', () => {
  it.each([
    ['starting', 3],
    ['growing', 5],
    ['scaling', 7],
  ] as const)('at %s counts posts first published this week against %i', async (stage, target) => {
    await atStage(stage);
    for (let i = 0; i < target - 1; i += 1) w.published(newYork('2026-11-23T00:00') + i * HOUR);
    w.published(newYork('2026-11-22T23:59')); // Sunday: last week
    expect(await w.item('publish-posts')).toMatchObject({
      state: 'in-progress',
      progress: { done: target - 1, target },
    });
    w.published(NOW - HOUR);
    expect(await w.item('publish-posts')).toMatchObject({
      title: `Publish ${target} posts this week`,
      bucket: 'now',
      auto: true,
      periodKey: 'week:2026-11-23',
      state: 'done',
      progress: { done: target, target },
      nextAction: null,
    });
  });

  it.each([
    ['starting', 3],
    ['growing', 5],
    ['scaling', 7],
  ] as const)('at %s says how many more to schedule, and opens the composer', async (stage, target) => {
    await atStage(stage);
    w.published(newYork('2026-11-24T09:00'));
    expect(await w.item('publish-posts')).toMatchObject({
      state: 'in-progress',
      progress: { done: 1, target },
      status: `1 of ${target} posts published this week.`,
      nextAction: {
        label: `Schedule ${target - 1} more post${target - 1 === 1 ? '' : 's'} this week`,
        destination: 'composer',
      },
    });
    for (let i = 0; i < target - 1; i += 1) w.scheduled(newYork('2026-11-28T09:00') + i * HOUR);
    expect(await w.item('publish-posts')).toMatchObject({
      state: 'in-progress',
      status: `1 of ${target} posts published this week, ${target - 1} more scheduled.`,
      nextAction: { label: 'See this week’s scheduled posts', destination: 'calendar' },
    });
  });

  it('counts a post published on two channels once, at its first channel', async () => {
    w.published(newYork('2026-11-22T23:59') + 30_000); // first channel Sunday, second Monday 00:00:30
    expect((await w.item('publish-posts')).progress.done).toBe(0);
  });
});

describe('keep the calendar filled', () => {
  it.each([
    ['starting', 7, 3, 'next'],
    ['growing', 14, 10, 'next'],
    ['scaling', 14, 14, 'next'],
  ] as const)('at %s looks %i days ahead for %i scheduled posts', async (stage, days, target, bucket) => {
    await atStage(stage);
    for (let i = 0; i < target - 1; i += 1) w.scheduled(NOW + HOUR + i * HOUR);
    w.scheduled(newYork('2026-11-25T00:00') + days * DAY); // the first day past the window
    w.scheduled(NOW - HOUR); // overdue, not ahead
    expect(await w.item('fill-calendar')).toMatchObject({
      title: `Keep the calendar filled ${days} days ahead`,
      bucket,
      state: 'in-progress',
      progress: { done: target - 1, target },
      nextAction: { label: 'Schedule 1 more post in the next ' + days + ' days', destination: 'calendar' },
    });
    w.scheduled(newYork('2026-11-25T23:00') + (days - 1) * DAY); // the last hour of the window
    expect(await w.item('fill-calendar')).toMatchObject({ state: 'done', nextAction: null });
  });
});

describe('once items', () => {
  it('connect a channel: a hand-typed channel does not count, a connected one does', async () => {
    w.addChannel('manual');
    expect(await w.item('connect-channel')).toMatchObject({
      state: 'not-started',
      nextAction: { label: 'Connect a channel', destination: 'settings' },
    });
    w.addChannel('connected');
    expect(await w.item('connect-channel')).toMatchObject({ state: 'done', status: '1 channel connected.' });
  });

  it('keep signed in: a channel that must reconnect before a scheduled post is named, with the way to Settings', async () => {
    w.scheduled(newYork('2026-11-27T09:00'));
    expect(await w.item('keep-signed-in')).toMatchObject({
      state: 'done',
      status: 'No scheduled post depends on a sign-in that ends first.',
      nextAction: null,
    });
    const channel = (await w.call('channels.list'))[0]!;
    w.core.database.sqlite
      .prepare("update channels set connection = 'needs_reconnect' where id = ?")
      .run(channel.id);
    expect(await w.item('keep-signed-in')).toMatchObject({
      title: 'Keep every channel signed in until its posts are due',
      state: 'not-started',
      status: `Reconnect Bluesky (${channel.handle}) before Wed, Nov 25: 1 scheduled post would find the sign-in ended.`,
      nextAction: { label: 'Reconnect in Settings', destination: 'settings' },
    });
  });

  it('keep signed in: the channel to reconnect soonest comes first with its day, then the others', async () => {
    const post = w.scheduled(newYork('2026-11-28T09:00'));
    const [refused] = await w.call('channels.list');
    const { sqlite } = w.core.database;
    sqlite.prepare("update channels set connection = 'needs_reconnect' where id = ?").run(refused!.id);
    // A second channel whose sign-in ends on Friday, before the same post is due on Saturday.
    const ending = w.addChannel('connected');
    sqlite
      .prepare('update channels set access_expires_at = ? where id = ?')
      .run(newYork('2026-11-27T10:00'), ending);
    sqlite
      .prepare(
        "insert into post_targets (id, post_id, channel_id, state, updated_at) values (?, ?, ?, 'scheduled', 0)",
      )
      .run('second-target', post, ending);
    const item = await w.item('keep-signed-in');
    expect(item.status).toBe(
      `Reconnect Bluesky (${refused!.handle}) before Wed, Nov 25, then Bluesky (${ending}.bsky.social): ` +
        '2 scheduled posts would find a sign-in ended.',
    );
    expect(item.words.status).toMatchObject({
      key: 'plan.items.keepSignedIn.atRiskMore',
      params: { reconnectBy: NOW, timeZone: 'America/New_York', count: 2 },
    });
  });

  it('brand kit: none, rules without a voice, then written', async () => {
    expect(await w.item('brand-kit')).toMatchObject({
      state: 'not-started',
      nextAction: { destination: 'brand-kit' },
    });
    await w.call('brandKit.update', DEFAULT_BRAND_KIT);
    expect(await w.item('brand-kit')).toMatchObject({
      state: 'in-progress',
      nextAction: { label: 'Describe your voice' },
    });
    await w.call('brandKit.update', { ...DEFAULT_BRAND_KIT, voice: 'Warm and plain.' });
    expect(await w.item('brand-kit')).toMatchObject({ state: 'done', nextAction: null });
  });
});

describe('publish nothing that breaks the brand kit', () => {
  it('is unavailable without a kit, then checks every text that went out this week', async () => {
    expect(await w.item('kit-clean')).toMatchObject({
      state: 'unavailable',
      guidance: 'Available once you write your brand voice kit.',
    });
    await w.call('brandKit.update', { ...DEFAULT_BRAND_KIT, avoidWords: [{ term: 'cheap' }] });
    expect(await w.item('kit-clean')).toMatchObject({
      state: 'not-started',
      status: 'Nothing published this week yet.',
    });

    w.published(newYork('2026-11-23T09:00'), { body: 'Fresh rolls' });
    w.published(newYork('2026-11-23T10:00'), { kind: 'campaign', body: 'Spring sale #ad' });
    w.published(newYork('2026-11-20T10:00'), { body: 'So cheap' }); // last week
    expect(await w.item('kit-clean')).toMatchObject({ state: 'done', progress: { done: 2, target: 2 } });

    w.published(newYork('2026-11-24T09:00'), { body: 'Fine', variant: 'Cheap, on Mastodon' });
    w.published(newYork('2026-11-24T10:00'), { kind: 'campaign', body: 'Sale without disclosure' });
    expect(await w.item('kit-clean')).toMatchObject({
      state: 'in-progress',
      progress: { done: 2, target: 4 },
      status: '2 of 4 posts published this week broke the kit.',
    });
  });
});

describe('tag every link in campaign posts', () => {
  it('checks links in campaign posts scheduled or published this month, not organic ones', async () => {
    await atStage('growing');
    w.published(newYork('2026-11-02T09:00'), { body: 'Menu https://shop.example/menu' });
    expect(await w.item('utm-links')).toMatchObject({ state: 'not-started', periodKey: 'month:2026-11' });

    const tagged = 'https://shop.example/sale?utm_source=bsky&utm_medium=social&utm_campaign=sale';
    w.published(newYork('2026-11-02T10:00'), { kind: 'campaign', body: `Sale ${tagged} #ad` });
    w.scheduled(newYork('2026-11-29T10:00'), {
      kind: 'campaign',
      body: 'More https://shop.example/more #ad',
    });
    w.scheduled(newYork('2026-12-01T10:00'), { kind: 'campaign', body: 'December https://shop.example/dec' });
    expect(await w.item('utm-links')).toMatchObject({
      state: 'in-progress',
      progress: { done: 1, target: 2 },
      nextAction: { destination: 'composer' },
    });
  });
});

describe('look at follower count and engagement rate', () => {
  it('is unavailable without a connected channel, then checks itself when the owner opens Insights', async () => {
    const october = startPlanWorld({ now: newYork('2026-10-30T12:00') });
    try {
      await october.call('profile.setStage', { stage: 'scaling' });
      expect((await october.item('look-at-metrics')).guidance).toMatch(
        /^Available once you let Cadence collect follower and engagement numbers/,
      );
      october.addChannel('connected');
      await october.call('metrics.viewed'); // last month, seen from November: does not count
      october.clock.set(NOW);
      expect(await october.item('look-at-metrics')).toMatchObject({
        state: 'not-started',
        nextAction: { destination: 'insights' },
      });
      await october.call('metrics.viewed');
      expect(await october.item('look-at-metrics')).toMatchObject({ state: 'done', progress: { done: 1 } });
    } finally {
      await october.cleanup();
    }
  });
});

describe('items that need data Cadence does not have yet', () => {
  it.each([
    ['reply-on-time', 'Available once you turn on the inbox'],
    ['run-campaign', 'Available once you set up a campaign in Cadence'],
    ['log-ad-spend', 'Available once you record your ad spend'],
    ['import-conversions', 'Available once you import clicks and conversions'],
    ['review-roi', 'Available once you record your ad spend'],
  ])('%s is unavailable with guidance, not fake progress', async (id, guidance) => {
    await atStage('scaling');
    w.published(newYork('2026-11-24T09:00'), { kind: 'campaign', body: '#ad' });
    const item = await w.item(id);
    expect(item).toMatchObject({ state: 'unavailable', progress: { done: 0 }, nextAction: null });
    expect(item.guidance).toMatch(new RegExp(`^${guidance}`));
  });
});

describe('which items each stage shows, and where', () => {
  const buckets = async (stage: Stage) => {
    await atStage(stage);
    const plan = await w.plan();
    return Object.fromEntries(plan.items.map((item) => [item.id, item.bucket])) as Record<string, PlanBucket>;
  };

  it.each([
    ['connect-channel', 'now', 'now', 'now'],
    ['keep-signed-in', 'now', 'now', 'now'],
    ['brand-kit', 'now', 'now', 'now'],
    ['publish-posts', 'now', 'now', 'now'],
    ['fill-calendar', 'next', 'next', 'next'],
    ['reply-on-time', 'now', 'now', 'now'],
    ['kit-clean', 'next', 'next', 'now'],
    ['look-at-metrics', 'next', 'next', 'now'],
    ['audience-goal', 'next', 'now', 'now'],
    ['run-campaign', 'later', 'now', 'now'],
    ['utm-links', 'later', 'now', 'now'],
    ['log-ad-spend', 'later', 'now', 'now'],
    ['import-conversions', undefined, 'later', 'next'],
    ['review-roi', undefined, 'later', 'next'],
    ['campaign-to-organic', 'later', 'next', 'now'],
    ['engagement-to-targeting', undefined, 'later', 'now'],
  ] as const)('%s: starting %s, growing %s, scaling %s', async (id, starting, growing, scaling) => {
    expect((await buckets('starting'))[id]).toBe(starting);
    expect((await buckets('growing'))[id]).toBe(growing);
    expect((await buckets('scaling'))[id]).toBe(scaling);
  });

  it('orders Now, then Next, then Later', async () => {
    const order = (await w.plan()).items.map((item) => item.bucket);
    expect(order).toEqual(
      [...order].sort((a, b) => ['now', 'next', 'later'].indexOf(a) - ['now', 'next', 'later'].indexOf(b)),
    );
  });
});
