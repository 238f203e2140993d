// Campaigns through the real dispatch and database: create, update, delete, posts joined to
// them, UTM tags added when a campaign post is sent (stored text untouched), manual spend,
// and a sample campaign end to end from publishing to ROI.
import { describe, expect } from 'vitest';
import { marketingPlanFacts } from '../../src-main/core/marketing/plan-facts';
import { monthOf } from '../../src-main/core/plan/periods';
import { it } from '../support/core-fixture';
import { exportFixture as fixture } from '../support/export-fixtures';

const winter = {
  name: 'Winter Market',
  goal: 'sales' as const,
  startsOn: '2026-11-20',
  endsOn: '2026-12-10',
  budgetMinor: 50_000,
  currency: 'eur',
  landingUrl: 'https://shop.example/collections/winter',
};

describe('campaigns', () => {
  it('creates a campaign with a slug from its name, lists it with its post count, and updates it', async ({
    h,
    hook,
  }) => {
    const campaign = await h.call('campaigns.create', { ...winter, channelIds: [hook] });
    expect(campaign).toMatchObject({
      slug: 'winter-market',
      currency: 'EUR',
      channelIds: [hook],
      postCount: 0,
    });
    const post = await h.call('posts.create', { body: 'Hi', channelIds: [hook] });
    expect(await h.call('posts.setCampaign', { postId: post.id, campaignId: campaign.id })).toMatchObject({
      campaignId: campaign.id,
      kind: 'campaign',
    });
    expect(await h.call('campaigns.list')).toEqual([
      expect.objectContaining({ id: campaign.id, postCount: 1 }),
    ]);
    expect(
      await h.call('campaigns.update', { id: campaign.id, slug: 'winter-2026', budgetMinor: null }),
    ).toMatchObject({
      slug: 'winter-2026',
      budgetMinor: null,
    });
  });

  it('refuses what would make a campaign wrong, in plain words', async ({ h }) => {
    await h.call('campaigns.create', winter);
    expect(await h.errorOf('campaigns.create', { ...winter, name: 'Winter market!' })).toEqual({
      code: 'CONFLICT',
      key: 'errors.campaign.slugTaken',
      params: { name: 'Winter Market', slug: 'winter-market' },
      message: 'The campaign “Winter Market” already uses the slug winter-market. Choose another.',
    });
    expect(await h.errorOf('campaigns.create', { ...winter, endsOn: '2026-11-01' })).toMatchObject({
      message: 'The campaign must end on or after its first day',
    });
    expect(await h.errorOf('campaigns.create', { ...winter, name: 'B', currency: undefined })).toMatchObject({
      message: 'Say which currency the budget is in',
    });
    expect(await h.errorOf('campaigns.create', { ...winter, name: 'C', slug: 'Not A Slug' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      await h.errorOf('campaigns.create', { ...winter, name: 'D', landingUrl: 'javascript:alert(1)' }),
    ).toMatchObject({
      message: 'Enter a web address starting with https://',
    });
    expect(
      await h.errorOf('campaigns.create', { ...winter, name: 'E', startsOn: '2026-02-30' }),
    ).toMatchObject({
      message: 'That date does not exist',
    });
    expect(await h.errorOf('campaigns.create', { ...winter, name: 'F', extra: 1 })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('deleting a campaign keeps its posts (without a campaign) and its imported rows (unlinked)', async ({
    h,
    hook,
  }) => {
    const campaign = await h.call('campaigns.create', winter);
    const post = await h.call('posts.create', { body: 'Hi', channelIds: [hook] });
    await h.call('posts.setCampaign', { postId: post.id, campaignId: campaign.id });
    await h.call('imports.commit', { fileName: 'meta.csv', csvText: fixture('meta-ads-winter-market.csv') });
    await h.call('campaigns.delete', { id: campaign.id });
    expect((await h.call('posts.get', { id: post.id })).campaignId).toBeNull();
    expect(await h.call('spend.list')).toHaveLength(4);
    expect((await h.call('spend.list')).every((s) => s.campaignId === null)).toBe(true);
  });

  it('links imported rows to a campaign created after the import, by name or utm_campaign', async ({ h }) => {
    await h.call('imports.commit', { fileName: 'meta.csv', csvText: fixture('meta-ads-winter-market.csv') });
    await h.call('imports.commit', { fileName: 'shop.csv', csvText: fixture('shopify-orders.csv') });
    const campaign = await h.call('campaigns.create', winter);
    expect(await h.call('spend.list', { campaignId: campaign.id })).toHaveLength(3);
    const linked = h.core.database.sqlite
      .prepare('select count(*) as n from orders where campaign_id = ?')
      .get(campaign.id) as { n: number };
    expect(linked.n).toBe(3);
  });

  it('adds, lists and deletes spend typed in by hand, for an existing campaign only', async ({ h }) => {
    const campaign = await h.call('campaigns.create', winter);
    const entry = await h.call('spend.add', {
      campaignId: campaign.id,
      date: '2026-11-26',
      amountMinor: 3000,
      currency: 'EUR',
      note: 'Boosted post',
    });
    expect(entry).toMatchObject({
      source: 'manual',
      amountMinor: 3000,
      currency: 'EUR',
      note: 'Boosted post',
    });
    expect(await h.errorOf('spend.add', { ...entry, id: undefined, campaignId: 'nope' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect(
      await h.errorOf('spend.add', {
        campaignId: 'nope',
        date: '2026-11-26',
        amountMinor: 1,
        currency: 'EUR',
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });
    expect(
      await h.errorOf('spend.add', {
        campaignId: campaign.id,
        date: '2026-11-26',
        amountMinor: 1,
        currency: 'XYZ',
      }),
    ).toMatchObject({ message: 'Expected a currency code like EUR or USD' });
    await h.call('spend.delete', { id: entry.id });
    expect(await h.call('spend.list')).toEqual([]);
  });
});

describe('facts for the plan', () => {
  it('counts campaigns with a budget and dates, spend entries and imported rows in a plan period', async ({
    h,
  }) => {
    const facts = marketingPlanFacts(h.core.database.db, () => 'America/New_York');
    const november = monthOf(Date.parse('2026-11-15T12:00:00Z'), 'America/New_York');
    const december = monthOf(Date.parse('2026-12-15T12:00:00Z'), 'America/New_York');
    await h.call('campaigns.create', { ...winter, name: 'Undated', startsOn: null, endsOn: null });
    expect(facts.campaigns.runningWithBudgetAndDates(november)).toBe(0);
    const campaign = await h.call('campaigns.create', winter);
    expect(facts.campaigns.runningWithBudgetAndDates(november)).toBe(1);
    expect(facts.campaigns.runningWithBudgetAndDates(december)).toBe(1);
    await h.call('spend.add', {
      campaignId: campaign.id,
      date: '2026-11-30',
      amountMinor: 100,
      currency: 'EUR',
    });
    await h.call('imports.commit', { fileName: 'shop.csv', csvText: fixture('shopify-orders.csv') });
    expect([facts.adSpend.entries(november), facts.adSpend.entries(december)]).toEqual([1, 0]);
    expect([facts.conversions.importedRows(november), facts.conversions.importedRows(december)]).toEqual([
      4, 0,
    ]);
  });
});

describe('UTM tags when a campaign post is sent', () => {
  it('tags the links of the text each network receives, keeps the stored text as written, and previews it', async ({
    h,
    hook,
  }) => {
    const chat = await h.connect('discord', 'Regulars');
    const campaign = await h.call('campaigns.create', winter);
    const body = 'Pre-order: https://shop.example/winter?ref=cadence#rye or mail orders@shop.example.';
    const post = await h.call('posts.create', { body, channelIds: [hook, chat] });
    await h.call('posts.update', {
      id: post.id,
      variants: { [chat]: 'Regulars first: https://shop.example/winter' },
    });
    await h.call('posts.setCampaign', { postId: post.id, campaignId: campaign.id });

    const preview = await h.call('utm.preview', { postId: post.id, channelId: hook });
    const tags = `utm_campaign=winter-market&utm_content=${post.id}`;
    expect(preview.text).toBe(
      `Pre-order: https://shop.example/winter?ref=cadence&utm_source=webhook&utm_medium=social&${tags}#rye or mail orders@shop.example.`,
    );
    expect(preview.links).toHaveLength(1);

    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => c.text)).toEqual([preview.text]);
    expect(h.discord.publishes.map((c) => c.text)).toEqual([
      `Regulars first: https://shop.example/winter?utm_source=discord&utm_medium=social&${tags}`,
    ]);
    const stored = await h.call('posts.get', { id: post.id });
    expect(stored.body).toBe(body);
    expect(stored.status).toBe('published');

    expect(await h.errorOf('posts.setCampaign', { postId: post.id, campaignId: null })).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await h.errorOf('campaigns.update', { id: campaign.id, slug: 'other' })).toMatchObject({
      code: 'CONFLICT',
    });
  });

  it('sends a post outside any campaign exactly as written', async ({ h, hook }) => {
    await h.call('campaigns.create', winter);
    const post = await h.call('posts.create', { body: 'See https://shop.example/', channelIds: [hook] });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes.map((c) => c.text)).toEqual(['See https://shop.example/']);
    expect(await h.errorOf('utm.preview', { postId: post.id, channelId: hook })).toMatchObject({
      message: 'This post is not part of a campaign, so its links are sent as written.',
    });
  });
});

describe('a sample campaign end to end', () => {
  it('creates it, publishes a tagged post, imports spend, GA4 and Shopify orders, and computes the figures', async ({
    h,
    hook,
  }) => {
    const campaign = await h.call('campaigns.create', winter);
    const post = await h.call('posts.create', {
      body: 'Winter market Saturday! Pre-order https://shop.example/collections/winter',
      channelIds: [hook],
    });
    await h.call('posts.setCampaign', { postId: post.id, campaignId: campaign.id });
    await h.call('posts.publishNow', { id: post.id });
    await h.core.whenIdle();
    expect(h.webhook.publishes[0]!.text).toContain(
      `https://shop.example/collections/winter?utm_source=webhook&utm_medium=social&utm_campaign=winter-market&utm_content=${post.id}`,
    );

    const files = [
      ['meta-ads-winter-market.csv', undefined],
      ['google-ads-campaigns.csv', undefined],
      ['ga4-traffic-acquisition.csv', 'EUR'],
      ['shopify-orders.csv', undefined],
    ] as const;
    for (const [fileName, currency] of files) {
      await h.call('imports.commit', { fileName, csvText: fixture(fileName, post.id), currency });
    }
    await h.call('spend.add', {
      campaignId: campaign.id,
      date: '2026-11-26',
      amountMinor: 3000,
      currency: 'EUR',
    });

    const [row] = await h.call('figures.campaigns', { from: '2026-11-20', to: '2026-12-10' });
    const f = row!.figures;
    // Spend: Meta 40.50 + 38.25 + 41.25, Google 12.40 + 15.10 + 22.50, by hand 30.00.
    expect(f.spend).toMatchObject({ value: 20_000, currency: 'EUR' });
    expect(f.impressions.value).toBe(5210 + 4980 + 5310 + 1200 + 1450 + 1350);
    // GA4 sessions through winter-market links: 120 + 95 + 210 + 85.
    expect(f.clicks.value).toBe(510);
    expect(f.ctr.value).toBeCloseTo(510 / 19_500, 10);
    // Shopify orders whose landing site says utm_campaign=winter-market: 58.00, 42.50, 119.50.
    expect(f.conversions.value).toBe(3);
    expect(f.revenue).toMatchObject({ value: 22_000, currency: 'EUR' });
    expect(f.conversionRate.value).toBeCloseTo(3 / 510, 10);
    expect(f.cpc.value).toBeCloseTo(20_000 / 510, 10);
    expect(f.cpa.value).toBeCloseTo(20_000 / 3, 10);
    expect(f.roas.value).toBeCloseTo(1.1, 10);
    expect(f.roi.value).toBeCloseTo(0.1, 10);

    const [perPost] = await h.call('figures.posts', { campaignId: campaign.id });
    expect(perPost).toMatchObject({ postId: post.id, campaignId: campaign.id });
    expect(perPost!.figures.clicks.value).toBe(215);
    expect(perPost!.figures.conversions.value).toBe(1);
    expect(perPost!.figures.revenue).toMatchObject({ value: 5800, currency: 'EUR' });
    expect(perPost!.figures.spend).toMatchObject({
      value: null,
      missing: { message: 'Spend is recorded per campaign, not per post.' },
    });
    expect(perPost!.figures.roi.value).toBeNull();

    const outside = await h.call('figures.campaigns', { from: '2026-12-01', to: '2026-12-10' });
    expect(outside[0]!.figures.roi).toMatchObject({
      value: null,
      missing: { message: 'No revenue recorded yet.' },
    });
    expect(outside[0]!.figures.ctr.value).toBeNull();
  });
});
