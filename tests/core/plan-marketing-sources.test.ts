// The plan's marketing items check themselves from Cadence's own marketing data: each is
// unavailable (with what to do first) until its data exists, then counts this month's.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportFixture } from '../support/export-fixtures';
import { newYork, startPlanWorld, type PlanWorld } from '../support/plan-world';

let w: PlanWorld;
beforeEach(async () => {
  w = startPlanWorld({ now: newYork('2026-11-25T12:00') });
  await w.call('profile.setStage', { stage: 'growing' });
});
afterEach(() => w.cleanup());

describe('marketing items from marketing data', () => {
  it('run a campaign: counts campaigns with a budget and dates running this month', async () => {
    expect(await w.item('run-campaign')).toMatchObject({ state: 'unavailable' });
    await w.call('campaigns.create', {
      name: 'Autumn',
      goal: 'sales',
      startsOn: '2026-10-01',
      endsOn: '2026-10-31',
      budgetMinor: 100,
      currency: 'EUR',
    });
    expect(await w.item('run-campaign')).toMatchObject({
      state: 'not-started',
      progress: { done: 0, target: 1 },
    });
    await w.call('campaigns.create', {
      name: 'Winter Market',
      goal: 'sales',
      startsOn: '2026-11-25',
      endsOn: '2026-11-27',
      budgetMinor: 15_000,
      currency: 'EUR',
    });
    expect(await w.item('run-campaign')).toMatchObject({ state: 'done', progress: { done: 1, target: 1 } });
  });

  it('log ad spend and import conversions: done once this month has an entry and an imported row', async () => {
    expect(await w.item('log-ad-spend')).toMatchObject({ state: 'unavailable' });
    const campaign = await w.call('campaigns.create', { name: 'Winter Market', goal: 'sales' });
    await w.call('spend.add', {
      campaignId: campaign.id,
      date: '2026-11-24',
      amountMinor: 2_000,
      currency: 'EUR',
    });
    expect(await w.item('log-ad-spend')).toMatchObject({ state: 'done' });

    expect(await w.item('import-conversions')).toMatchObject({ state: 'unavailable' });
    await w.call('imports.commit', {
      fileName: 'ga4.csv',
      csvText: exportFixture('ga4-traffic-acquisition.csv'),
      currency: 'EUR',
    });
    expect(await w.item('import-conversions')).toMatchObject({ state: 'done' });
  });
});
