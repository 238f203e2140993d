// Insights when the owner changes the date range twice quickly: the answers for the first
// change arrive after those for the second, and the screen must still show the range chosen
// last. Spend and follower counts differ between the last 7 and the last 90 days, so the
// figures say which range's answer is on screen.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { AppPage } from './pages/app-page';
import { InsightsPage } from './pages/insights-page';
import { startApp, type AppHarness } from './support/app-harness';
import { HeldAnswers } from './support/held-answers';

// Saturday 2026-11-28, noon in New York.
const NOW = Date.UTC(2026, 10, 28, 17);
const SEPTEMBER_15 = Date.UTC(2026, 8, 15, 16);
const NOVEMBER_27 = Date.UTC(2026, 10, 27, 16);

let app: AppHarness;
let shell: AppPage;
let insights: InsightsPage;

beforeAll(async () => {
  app = await startApp({ clock: new ManualClock(NOW) });
  shell = new AppPage(app.page);
  insights = new InsightsPage(app.page);
  const channel = await app.call('channels.add', {
    network: 'bluesky',
    displayName: 'Bakery',
    handle: 'bakery.bsky.social',
  });
  const campaign = await app.call('campaigns.create', { name: 'Spring Sale', goal: 'traffic' });
  // €20 yesterday-ish (inside the last 7 days), €50 in September (only inside the last 90).
  await app.call('spend.add', {
    campaignId: campaign.id,
    date: '2026-11-28',
    amountMinor: 2000,
    currency: 'EUR',
  });
  await app.call('spend.add', {
    campaignId: campaign.id,
    date: '2026-09-15',
    amountMinor: 5000,
    currency: 'EUR',
  });
  // Follower counts as the daily measurement would have stored them: 100 in September, 130 now.
  const snapshot = app.core.database.sqlite.prepare(
    'insert into metric_snapshots (channel_id, taken_at, followers) values (?, ?, ?)',
  );
  snapshot.run(channel.id, SEPTEMBER_15, 100);
  snapshot.run(channel.id, NOVEMBER_27, 130);
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

const shown = async (locator: Promise<Locator>) =>
  (await (await locator).locator('span').first().textContent())?.trim();

const firstFollowerCount = () =>
  insights
    .section('Management')
    .getByRole('table', { name: 'Followers per channel in this range' })
    .getByRole('row')
    .filter({ hasText: 'Bakery' })
    .getByRole('cell')
    .first()
    .textContent();

describe('Insights date range', () => {
  it('shows the range chosen last when an earlier range answers after it', async () => {
    await shell.sidebar.getByRole('button', { name: 'Insights', exact: true }).click();
    await insights.campaignRow('Spring Sale').waitFor();
    await expect.poll(() => shown(insights.figure('Spring Sale', 'Spend'))).toBe('€20.00');

    const answers = await HeldAnswers.on(app.page, ['figures.campaigns', 'metrics.followers']);
    // "Last 7 days": its campaign figures and follower counts are kept back.
    answers.hold();
    await insights.rangePreset.selectOption({ label: 'Last 7 days' });
    await answers.waitForHeld(['figures.campaigns', 'metrics.followers']);
    answers.pass();

    // Then at once "Last 90 days", which answers first.
    await insights.rangePreset.selectOption({ label: 'Last 90 days' });
    await expect.poll(() => shown(insights.figure('Spring Sale', 'Spend'))).toBe('€70.00');
    await expect.poll(firstFollowerCount).toBe('100');

    // Now the 7-day answers arrive; they are out of date and must not replace the 90-day numbers.
    await answers.release();
    await answers.stop();
    await expect.poll(() => insights.rangePreset.inputValue()).toBe('90');
    await expect.poll(() => shown(insights.figure('Spring Sale', 'Spend'))).toBe('€70.00');
    await expect.poll(() => firstFollowerCount()).toBe('100');
    expect(app.browserErrors).toEqual([]);
  });
});
