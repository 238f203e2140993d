// Insights as a new owner meets it, in Chromium against the real core, in New York on Saturday
// 2026-11-28 (en-US): create a campaign, attach a post in the composer (its links shown with
// UTM tags), import ad spend from a Meta Ads Manager export and conversions from a Google
// Analytics 4 export through the screen, and read the figures and the ROI; what cannot be
// computed says "not enough data".
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src-main/core/clock';
import { exportFixture } from '../support/export-fixtures';
import { AppPage } from './pages/app-page';
import { ComposerPage } from './pages/composer-page';
import { InsightsPage } from './pages/insights-page';
import { startApp, type AppHarness } from './support/app-harness';

let app: AppHarness;
let shell: AppPage;
let insights: InsightsPage;
let composer: ComposerPage;
let postId: string;

beforeAll(async () => {
  app = await startApp({ clock: new ManualClock(Date.UTC(2026, 10, 28, 17)) });
  shell = new AppPage(app.page);
  insights = new InsightsPage(app.page);
  composer = new ComposerPage(app.page);
  await app.call('channels.add', { network: 'bluesky', displayName: 'Bakery', handle: 'bakery.bsky.social' });
  await shell.waitUntilLoaded();
});

afterAll(async () => {
  await app?.close();
});

const text = async (locator: Promise<Locator>) =>
  (await (await locator).locator('span').first().textContent())?.trim();

describe('Insights for a new owner', () => {
  it('opens with empty numbers, says they stay on the device, and counts as looking at them', async () => {
    await shell.sidebar.getByRole('button', { name: 'Insights', exact: true }).click();
    await insights.heading.waitFor();
    await insights.onDeviceNotice.waitFor();
    await insights.section('Management').getByText('No follower counts in this range yet').waitFor();
    await insights.main.getByText('No campaigns yet').waitFor();
    expect(app.core.database.sqlite.prepare('select count(*) from metric_views').pluck().get()).toBe(1);
  });

  it('creates a campaign with a budget, dates, a channel and a landing page', async () => {
    await insights.createCampaign({
      name: 'Winter Market',
      goal: 'Sales',
      firstDay: '2026-11-25',
      lastDay: '2026-11-27',
      budget: '150',
      currency: 'EUR',
      channels: ['Bakery'],
      landingPage: 'https://shop.example/market',
    });
    await insights.campaignRow('Winter Market').waitFor();
    await expect.poll(() => text(insights.figure('Winter Market', 'Spend'))).toBe('not enough data');
    await expect.poll(() => text(insights.figure('Winter Market', 'ROI'))).toBe('not enough data');
    await expect
      .poll(async () => (await insights.figure('Winter Market', 'ROI')).getAttribute('title'))
      .toMatch(/^ROI = \(revenue − spend\) \/ spend — No revenue recorded yet\./);
  });

  it('attaches a post to the campaign in the composer and shows its link as it will be sent', async () => {
    await shell.newPost();
    await composer.waitUntilLoaded();
    await composer.write('Find us at the winter market: https://shop.example/market');
    await composer.pickChannel('Bakery');
    await composer.waitUntilSaved();
    await composer.main.getByRole('combobox', { name: 'Campaign' }).selectOption({ label: 'Winter Market' });
    const link = composer.main.getByRole('listitem').filter({ hasText: 'utm_campaign=winter-market' });
    await link.waitFor();
    postId = app.core.database.sqlite
      .prepare('select id from posts where campaign_id is not null')
      .pluck()
      .get() as string;
    await expect
      .poll(() => link.textContent())
      .toBe(
        `https://shop.example/market?utm_source=bluesky&utm_medium=social&utm_campaign=winter-market&utm_content=${postId}`,
      );
  });

  it('imports spend from a Meta Ads Manager export through the screen', async () => {
    await shell.sidebar.getByRole('button', { name: 'Insights', exact: true }).click();
    await insights.campaignRow('Winter Market').waitFor();
    await insights.chooseCsv('meta-ads-winter-market.csv', exportFixture('meta-ads-winter-market.csv'));
    await insights.detected.filter({ hasText: 'Meta Ads Manager export' }).waitFor();
    await insights.importButton().click();
    await insights.importResult.waitFor();
    await expect
      .poll(() => insights.importResult.textContent())
      .toMatch(/^Imported 4 rows from meta-ads-winter-market\.csv/);
    await expect.poll(() => text(insights.figure('Winter Market', 'Spend'))).toBe('€120.00');
    await expect.poll(() => text(insights.figure('Winter Market', 'Impressions'))).toBe('15,500');
    // Spend without revenue: the return cannot be computed yet.
    await expect.poll(() => text(insights.figure('Winter Market', 'ROI'))).toBe('not enough data');
  });

  it('imports conversions from a GA4 export, asking for its currency, and shows the ROI', async () => {
    await insights.chooseCsv(
      'ga4-traffic-acquisition.csv',
      exportFixture('ga4-traffic-acquisition.csv', postId),
    );
    await insights.detected.filter({ hasText: 'Google Analytics 4 export' }).waitFor();
    await expect.poll(() => insights.fileCurrency.inputValue()).toBe('EUR');
    await insights.importButton().click();
    await insights.importResult.waitFor();

    // 4 GA4 rows tag winter-market: 510 sessions, 15 key events, €366.50 revenue; spend €120.00.
    await expect.poll(() => text(insights.figure('Winter Market', 'Revenue'))).toBe('€366.50');
    await expect.poll(() => text(insights.figure('Winter Market', 'Clicks'))).toBe('510');
    await expect.poll(() => text(insights.figure('Winter Market', 'CTR'))).toBe('3.29%');
    await expect.poll(() => text(insights.figure('Winter Market', 'Conversions'))).toBe('15');
    await expect.poll(() => text(insights.figure('Winter Market', 'Conversion rate'))).toBe('2.94%');
    await expect.poll(() => text(insights.figure('Winter Market', 'CPC'))).toBe('€0.24');
    await expect.poll(() => text(insights.figure('Winter Market', 'CPA'))).toBe('€8.00');
    await expect.poll(() => text(insights.figure('Winter Market', 'ROAS'))).toBe('3.05×');
    await expect.poll(() => text(insights.figure('Winter Market', 'ROI'))).toBe('205.42%');
    await expect
      .poll(async () => (await insights.figure('Winter Market', 'ROI')).getAttribute('title'))
      .toBe('ROI = (revenue − spend) / spend');
    await expect.poll(() => insights.roiForRange.locator('span').first().textContent()).toBe('205.42%');

    // The post's own figures come from the GA4 rows whose utm_content is its id (two of them).
    const post = 'Find us at the winter market';
    await expect.poll(() => text(insights.postFigure(post, 'Clicks'))).toBe('215');
    await expect.poll(() => text(insights.postFigure(post, 'Conversions'))).toBe('7');
    await expect.poll(() => text(insights.postFigure(post, 'Revenue'))).toBe('€168.50');
    await expect
      .poll(async () => (await insights.postFigure(post, 'Spend')).getAttribute('title'))
      .toMatch(/Spend is recorded per campaign, not per post\.$/);
  });

  it('says "not enough data" for a campaign with nothing recorded, and for a rate it cannot divide', async () => {
    await insights.createCampaign({ name: 'Spring Sale', goal: 'Traffic' });
    for (const column of ['Spend', 'Clicks', 'CTR', 'ROI'] as const) {
      await expect.poll(() => text(insights.figure('Spring Sale', column))).toBe('not enough data');
    }
    await insights.addSpend('Spring Sale', '2026-11-28', '20', 'EUR');
    await expect.poll(() => text(insights.figure('Spring Sale', 'Spend'))).toBe('€20.00');
    await expect.poll(() => text(insights.figure('Spring Sale', 'CPC'))).toBe('not enough data');
    expect(app.browserErrors).toEqual([]);
  });
});
