import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { evaluatePlanItems } from '../../src-main/core/plan/evaluate';
import { NO_OPTIONAL_SOURCES, type CoreFacts, type PlanContext } from '../../src-main/core/plan/facts';
import { monthOf, weekOf } from '../../src-main/core/plan/periods';
import type { CoreEvent } from '../../src-main/shared/contract';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';

const NOW = newYork('2026-11-25T12:00');

describe('hand-ticked items', () => {
  let w: PlanWorld;
  let events: CoreEvent[];
  beforeEach(async () => {
    w = startPlanWorld({ now: NOW });
    await w.call('profile.setStage', { stage: 'scaling' });
    events = [];
    w.core.subscribe((event) => events.push(event));
  });
  afterEach(() => w.cleanup());

  it('tick and untick for the current period, and count in this month’s progress', async () => {
    const before = await w.plan();
    expect(before.items.find((item) => item.id === 'campaign-to-organic')).toMatchObject({
      auto: false,
      state: 'not-started',
      periodKey: 'month:2026-11',
      nextAction: { destination: 'composer' },
    });
    const ticked = await w.call('plan.tick', {
      itemId: 'campaign-to-organic',
      periodKey: 'month:2026-11',
      done: true,
    });
    expect(ticked.items.find((item) => item.id === 'campaign-to-organic')).toMatchObject({
      state: 'done',
      progress: { done: 1, target: 1 },
      nextAction: null,
    });
    expect(ticked.month.done).toBe(before.month.done + 1);
    expect(events).toEqual([{ type: 'plan.changed' }]);

    const unticked = await w.call('plan.tick', {
      itemId: 'campaign-to-organic',
      periodKey: 'month:2026-11',
      done: false,
    });
    expect(unticked.items.find((item) => item.id === 'campaign-to-organic')!.state).toBe('not-started');

    // A tick is for its month: in December the item is to do again.
    await w.call('plan.tick', { itemId: 'campaign-to-organic', periodKey: 'month:2026-11', done: true });
    w.clock.set(newYork('2026-12-01T09:00'));
    expect(await w.item('campaign-to-organic')).toMatchObject({
      state: 'not-started',
      periodKey: 'month:2026-12',
    });
  });

  it('ticks a once item under the period "once"', async () => {
    const plan = await w.call('plan.tick', { itemId: 'audience-goal', periodKey: 'once', done: true });
    expect(plan.items.find((item) => item.id === 'audience-goal')).toMatchObject({
      state: 'done',
      periodKey: 'once',
    });
  });

  it('refuses items Cadence checks itself, with a clear message', async () => {
    expect(
      await w.errorOf('plan.tick', { itemId: 'publish-posts', periodKey: 'week:2026-11-23', done: true }),
    ).toEqual({
      code: 'CONFLICT',
      message: 'Cadence checks this item itself from what you actually did, so it cannot be ticked by hand.',
      key: 'plan.tick.auto',
    });
  });

  it('refuses unavailable items, past periods, unknown items and items outside the stage', async () => {
    expect(
      await w.errorOf('plan.tick', { itemId: 'review-roi', periodKey: 'month:2026-11', done: true }),
    ).toMatchObject({
      code: 'CONFLICT',
      message: 'Available once you record your ad spend in Cadence.',
      key: 'plan.guidance.adSpend',
    });
    expect(
      await w.errorOf('plan.tick', { itemId: 'campaign-to-organic', periodKey: 'month:2026-10', done: true }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Only the current month can be ticked (month:2026-11); past months are kept as they were.',
      key: 'plan.tick.onlyThisMonth',
    });
    expect(
      await w.errorOf('plan.tick', { itemId: 'no-such-item', periodKey: 'once', done: true }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await w.errorOf('plan.tick', { itemId: 'x', periodKey: 'yesterday', done: true })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    await w.call('profile.setStage', { stage: 'starting' });
    expect(
      await w.errorOf('plan.tick', {
        itemId: 'engagement-to-targeting',
        periodKey: 'month:2026-11',
        done: true,
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'That plan item is not part of the plan for your stage.',
      key: 'plan.tick.notInStage',
    });
  });
});

describe('balance gauge', () => {
  let w: PlanWorld;
  beforeEach(() => {
    w = startPlanWorld({ now: NOW });
  });
  afterEach(() => w.cleanup());

  it('weighs this week’s posts by kind and ticks by item kind against the stage’s split', async () => {
    expect((await w.plan()).balance).toEqual({
      management: 0,
      marketing: 0,
      managementPercent: null,
      target: { management: 80, marketing: 20 },
      verdict: 'no-work-yet',
      sentence: 'No work counted this week yet. Starting aims for about 80 / 20.',
    });
    w.published(newYork('2026-11-23T09:00'));
    w.published(newYork('2026-11-24T09:00'));
    w.published(newYork('2026-11-24T10:00'));
    w.published(newYork('2026-11-20T10:00'), { kind: 'campaign' }); // last week
    expect((await w.plan()).balance).toMatchObject({
      management: 3,
      marketing: 0,
      managementPercent: 100,
      verdict: 'needs-more-marketing',
    });

    w.published(newYork('2026-11-25T09:00'), { kind: 'campaign', body: '#ad' });
    expect((await w.plan()).balance).toMatchObject({
      management: 3,
      marketing: 1,
      managementPercent: 75,
      verdict: 'on-target',
      sentence: 'This week: 75% management, 25% marketing. Starting aims for about 80 / 20: on target.',
    });

    await w.call('profile.setStage', { stage: 'growing' });
    await w.call('plan.tick', { itemId: 'audience-goal', periodKey: 'once', done: true });
    await w.call('plan.tick', { itemId: 'campaign-to-organic', periodKey: 'month:2026-11', done: true });
    expect((await w.plan()).balance).toMatchObject({
      management: 3.5,
      marketing: 2.5,
      managementPercent: 58,
      target: { management: 40, marketing: 60 },
      verdict: 'needs-more-marketing',
    });
  });
});

describe('optional sources', () => {
  const facts: CoreFacts = {
    connectedChannels: 1,
    brandKit: null,
    published: () => [],
    scheduledBetween: () => 0,
    campaignTexts: () => [],
    tickedAt: () => null,
    channelsAtRisk: () => [],
  };
  const context = (sources: PlanContext['sources']): PlanContext => ({
    stage: 'scaling',
    at: NOW,
    timeZone: 'America/New_York',
    week: weekOf(NOW, 'America/New_York', 1),
    month: monthOf(NOW, 'America/New_York'),
    facts,
    sources,
  });
  const item = (ctx: PlanContext, id: string) => evaluatePlanItems(ctx).find((i) => i.id === id)!;

  it('make items available, with real progress, once a later feature plugs them in', () => {
    expect(item(context(NO_OPTIONAL_SOURCES), 'reply-on-time').state).toBe('unavailable');
    const asked: number[] = [];
    const ctx = context({
      ...NO_OPTIONAL_SOURCES,
      inbox: {
        replies: (_week, hours) => {
          asked.push(hours);
          return { received: 4, answeredInTime: 3 };
        },
      },
      campaigns: { runningWithBudgetAndDates: () => 2 },
      metrics: { lastViewed: () => null },
    });
    expect(item(ctx, 'reply-on-time')).toMatchObject({
      state: 'in-progress',
      progress: { done: 3, target: 4 },
      status: '3 of 4 answered within 12 h.',
      nextAction: { destination: 'inbox' },
    });
    expect(asked).toEqual([12]);
    expect(item(ctx, 'run-campaign')).toMatchObject({ state: 'done', progress: { done: 2, target: 2 } });
    expect(item(ctx, 'look-at-metrics')).toMatchObject({
      state: 'not-started',
      nextAction: { destination: 'insights' },
    });
    // Review ROI needs both spend and conversions.
    expect(item(ctx, 'review-roi').state).toBe('unavailable');
  });
});
