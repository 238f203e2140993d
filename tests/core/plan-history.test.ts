import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';
import { DAY } from '../support/time';

// The profile is created on Wednesday 25 November 2026; weeks start on Monday.
const CREATED = newYork('2026-11-25T12:00');

let w: PlanWorld;
beforeEach(() => {
  w = startPlanWorld({ now: CREATED });
});
afterEach(() => w.cleanup());

const storedWeeks = () =>
  w.core.database.sqlite.prepare('select week_key as key, stage from plan_weeks order by starts_at').all();

describe('plan history', () => {
  it('closes a finished week the first time the plan is read after it, and never recomputes it', async () => {
    w.published(newYork('2026-11-23T09:00'));
    w.published(newYork('2026-11-24T09:00'), { kind: 'campaign', body: 'Sale #ad' });
    expect((await w.plan()).history).toEqual([]);

    w.clock.set(newYork('2026-12-02T08:00'));
    expect(storedWeeks()).toEqual([]); // nothing happens until the plan is read
    const [week] = (await w.plan()).history;
    expect(week).toMatchObject({
      key: 'week:2026-11-23',
      from: newYork('2026-11-23T00:00'),
      to: newYork('2026-11-30T00:00'),
      stage: 'starting',
      closedAt: newYork('2026-12-02T08:00'),
      published: 2,
      balance: { management: 1, marketing: 1, managementPercent: 50, verdict: 'needs-more-management' },
    });
    expect(week!.items.find((item) => item.id === 'publish-posts')).toMatchObject({
      state: 'in-progress',
      progress: { done: 2, target: 3 },
    });

    // The past changes under it (a post deleted, another recorded late): the stored week stays.
    w.core.database.sqlite.exec('delete from posts');
    w.published(newYork('2026-11-25T09:00'));
    w.clock.advance(DAY);
    const again = await w.plan();
    expect(again.history).toEqual([week]);
    expect(storedWeeks()).toHaveLength(1);
  });

  it('closes no week from before the business profile existed, and keeps the newest eight', async () => {
    w.clock.set(newYork('2027-03-10T12:00'));
    const { history } = await w.plan();
    expect(history).toHaveLength(8);
    expect(history[0]!.key).toBe('week:2027-03-01');
    expect(history[7]!.key).toBe('week:2027-01-11');
    expect(history.every((week) => week.from > CREATED - 7 * DAY)).toBe(true);
  });

  it('re-sizes the plan on a stage change and keeps past weeks at the stage they had', async () => {
    w.published(newYork('2026-11-23T09:00'));
    w.published(newYork('2026-11-24T09:00'));
    w.published(newYork('2026-11-25T09:00'));
    expect(await w.item('publish-posts')).toMatchObject({ state: 'done', progress: { done: 3, target: 3 } });

    // The week ends unread; the owner moves to Growing on Wednesday of the next week.
    w.clock.set(newYork('2026-12-02T10:00'));
    await w.call('profile.setStage', { stage: 'growing' });
    const plan = await w.plan();
    expect(plan.stage).toBe('growing');
    expect(plan.items.find((item) => item.id === 'publish-posts')).toMatchObject({
      title: 'Publish 5 posts this week',
      progress: { done: 0, target: 5 },
    });
    expect(plan.history[0]).toMatchObject({ key: 'week:2026-11-23', stage: 'starting' });
    expect(plan.history[0]!.items.find((item) => item.id === 'publish-posts')).toMatchObject({
      state: 'done',
      progress: { done: 3, target: 3 },
    });

    w.clock.set(newYork('2026-12-09T10:00'));
    await w.call('profile.setStage', { stage: 'scaling' });
    expect((await w.plan()).history.map((week) => [week.key, week.stage])).toEqual([
      ['week:2026-11-30', 'growing'],
      ['week:2026-11-23', 'starting'],
    ]);
    expect(
      w.core.database.sqlite.prepare('select stage, source from stage_history order by at, id').all(),
    ).toEqual([
      { stage: 'starting', source: 'proposed' },
      { stage: 'growing', source: 'owner' },
      { stage: 'scaling', source: 'owner' },
    ]);
  });
});
