// A core with one of everything, for the IPC fuzz test: a connected webhook channel (scripted,
// so publishing and replies succeed without a network), a manual channel, a draft with an image,
// a campaign with spend, a saved reply, inbox items and a plan. Every other network keeps its
// real connector, whose fetch is refused at once: nothing leaves the process. `seedFor` names a
// valid input for every channel of the contract, built from the world's current ids.
import sharp from 'sharp';
import { ManualClock } from '../../src-main/core/clock';
import type { ConnectorContext } from '../../src-main/core/connectors/connector';
import { defaultConnectors } from '../../src-main/core/connectors/registry';
import { defaultInboxSources } from '../../src-main/core/inbox/sources/registry';
import { contract, type ChannelName } from '../../src-main/shared/contract';
import { incoming, ScriptedInboxSource } from './inbox-world';
import { ScriptedConnector } from './scripted-connector';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

/** A fetch that fails the way a refused connection does, and counts what was asked of it. */
export function refusingFetch(attempts: string[]): typeof fetch {
  return (input) => {
    attempts.push(input instanceof Request ? input.url : String(input));
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
      syscall: 'connect',
    });
    return Promise.reject(new TypeError('fetch failed', { cause: refused }));
  };
}

export interface FuzzIds {
  webhookChannel: string;
  manualChannel: string;
  post: string;
  target: string;
  media: string;
  campaign: string;
  spend: string;
  savedReply: string;
  libraryItem: string;
  inboxItem: string;
  planItem: { itemId: string; periodKey: string };
}

const START = Date.parse('2026-11-25T13:00:00Z');
const CSV = 'Day,Campaign name,Amount spent (EUR)\n2026-11-25,Winter Market,"40,50"\n';
const POSTS_CSV = 'text,date,time,channels\nFresh bread,2026-11-28,09:00,Hooks\n';
const ANSWERS = {
  monthsPosting: 'under-6-months',
  followers: 'under-500',
  whoDoesSocial: 'me-alone',
  monthlyAdBudget: 'none',
  mainGoal: 'show-up-regularly',
} as const;

export class FuzzWorld {
  readonly fetchAttempts: string[] = [];
  readonly t: TestCore;
  ids!: FuzzIds;
  private readonly source: ScriptedInboxSource;
  private readonly data = tempDir('cadence-fuzz-');
  private readonly restoreFetch: () => void;
  private png = '';

  constructor() {
    const clock = new ManualClock(START);
    const fetch = refusingFetch(this.fetchAttempts);
    // The Mastodon sign-in flow uses the core's own context, which takes the global fetch.
    const original = globalThis.fetch;
    globalThis.fetch = fetch;
    this.restoreFetch = () => (globalThis.fetch = original);
    const ctx: ConnectorContext = { clock, fetch, requestTimeoutMs: 1_000 };
    this.source = new ScriptedInboxSource(clock);
    this.t = startTestCore({
      dataDir: this.data.dir,
      clock,
      connectors: { ...defaultConnectors(ctx), webhook: new ScriptedConnector('webhook', clock) },
      inboxSources: { ...defaultInboxSources(ctx), webhook: this.source },
    });
  }

  async setUp(): Promise<void> {
    this.png = (
      await sharp({ create: { width: 4, height: 3, channels: 3, background: '#fab005' } })
        .png()
        .toBuffer()
    ).toString('base64');
    const call = this.t.call.bind(this.t);
    const webhookChannel = (await this.connectWebhook()).id;
    const manualChannel = (await call('channels.add', { network: 'x', displayName: 'Shop', handle: '@shop' }))
      .id;
    const campaign = (await call('campaigns.create', { name: 'Winter Market', goal: 'sales' })).id;
    const spend = (
      await call('spend.add', {
        campaignId: campaign,
        date: '2026-11-24',
        amountMinor: 1200,
        currency: 'EUR',
      })
    ).id;
    const savedReply = (await call('savedReplies.create', { title: 'Thanks', body: 'Thank you!' })).id;
    const libraryItem = (await call('library.create', { kind: 'hashtags', name: 'Bakery', body: '#bread' }))
      .id;
    this.source.queue('Hooks', { items: [incoming({ at: START - 60_000, text: 'Open on Sunday?' })] });
    await call('inbox.refresh');
    const inboxItem = (await call('inbox.list', {})).items[0]!.id;
    const item = (await call('plan.get')).items.find((i) => !i.auto)!;
    this.ids = {
      webhookChannel,
      manualChannel,
      campaign,
      spend,
      savedReply,
      libraryItem,
      inboxItem,
      planItem: { itemId: item.id, periodKey: item.periodKey },
      ...(await this.newDraft(webhookChannel)),
    };
  }

  /**
   * Puts back what earlier payloads took away (a deleted or published draft, a removed or
   * disconnected channel), so valid seeds keep reaching the handlers' deeper paths.
   */
  async restore(): Promise<void> {
    const db = this.t.core.database.sqlite;
    const has = (sql: string, id: string) => db.prepare(sql).get(id) !== undefined;
    if (!has("select 1 from channels where id = ? and connection = 'connected'", this.ids.webhookChannel)) {
      this.ids.webhookChannel = (await this.connectWebhook()).id;
    }
    if (!has("select 1 from posts where id = ? and status = 'draft'", this.ids.post)) {
      Object.assign(this.ids, await this.newDraft(this.ids.webhookChannel));
    }
  }

  /** A valid input for the channel, or undefined when seeds() lacks one it needs. */
  seedFor(channel: ChannelName): unknown {
    const seed = this.seeds()[channel];
    if (seed !== undefined) return seed;
    // Channels without a required field (listings, no-input reads) take an empty object.
    return contract[channel].input.safeParse({}).success ? {} : undefined;
  }

  async dispose(): Promise<void> {
    await this.t.core.close();
    this.restoreFetch();
    this.data.cleanup();
  }

  private connectWebhook() {
    return this.t.call('channels.connect', {
      network: 'webhook',
      url: 'http://127.0.0.1:9/hook',
      signingSecret: 'a-signing-secret-0123',
      displayName: 'Hooks',
    });
  }

  private async newDraft(channelId: string): Promise<Pick<FuzzIds, 'post' | 'target' | 'media'>> {
    const post = await this.t.call('posts.create', { body: 'Fresh bread at 8', channelIds: [channelId] });
    const media = await this.t.call('media.add', {
      postId: post.id,
      fileName: 'bread.png',
      mimeType: 'image/png',
      dataBase64: this.png,
    });
    return { post: post.id, target: post.targets[0]!.id, media: media.id };
  }

  /**
   * One valid input per channel that needs one. Keyed by plain strings so that channels being
   * added elsewhere can have their seed here first; the test checks each against the contract.
   */
  private seeds(): Record<string, unknown> {
    const ids = this.ids;
    const range = { from: START - 30 * 86_400_000, to: START };
    return {
      'profile.update': { name: 'Bakery', timeZone: 'Europe/Berlin', stage: 'growing', weekStartsOn: 1 },
      'channels.add': { network: 'mastodon', displayName: 'Shop', handle: '@shop@social.example' },
      'channels.remove': { id: ids.manualChannel },
      'channels.setHandOffOnSleep': { id: ids.manualChannel, on: false },
      'posts.create': { body: 'Hello', channelIds: [ids.webhookChannel], kind: 'organic' },
      'posts.update': {
        id: ids.post,
        body: 'New text',
        channelIds: [ids.webhookChannel, ids.manualChannel],
        variants: { [ids.manualChannel]: 'Own text', [ids.webhookChannel]: null },
        kind: 'campaign',
      },
      'posts.get': { id: ids.post },
      'posts.delete': { id: ids.post },
      'posts.listDrafts': { limit: 20 },
      'posts.schedule': {
        id: ids.post,
        local: '2026-12-01T09:00',
        timeZone: 'Europe/Berlin',
        choice: 'earlier',
      },
      'posts.unschedule': { id: ids.post },
      'series.repeat': {
        postId: ids.post,
        rule: { frequency: 'nthWeekday', interval: 1, nth: 1, weekday: 2 },
        end: { kind: 'onDate', date: '2027-06-30' },
      },
      'series.get': { id: ids.post },
      'series.update': { postId: ids.post, scope: 'following', body: 'Every week', kind: 'organic' },
      'series.delete': { postId: ids.post, scope: 'all' },
      'calendar.range': range,
      'calendar.month': { ...range, timeZone: 'America/New_York', perDay: 3 },
      'time.check': { local: '2026-03-29T02:30', timeZone: 'Europe/Berlin' },
      'media.add': {
        postId: ids.post,
        fileName: 'a.png',
        mimeType: 'image/png',
        dataBase64: this.png,
        altText: 'A',
      },
      'media.update': { id: ids.media, altText: 'Bread on a board' },
      'media.remove': { id: ids.media },
      'posts.publishNow': { id: ids.post },
      'outbox.resolve': { targetId: ids.target, resolution: 'published' },
      // The seed's target is on a webhook channel: each is refused as "not a reminder", typed.
      'reminders.list': {},
      'reminders.posted': { targetId: ids.target, liveUrl: 'https://www.tiktok.com/@shop/video/1' },
      'reminders.snooze': { targetId: ids.target },
      'reminders.showInFolder': { targetId: ids.target },
      'reminders.startDrag': { targetId: ids.target, mediaId: ids.media },
      'settings.update': { graceWindowMinutes: 60, closeToTray: true, notifyOnSuccess: false },
      'channels.connect': {
        network: 'webhook',
        url: 'http://127.0.0.1:9/other',
        signingSecret: 'another-signing-secret',
        channelId: ids.webhookChannel,
      },
      'channels.test': { id: ids.webhookChannel },
      'channels.postingAllowance': { id: ids.webhookChannel },
      'channels.disconnect': { id: ids.webhookChannel },
      'channels.oauthStart': { instanceUrl: 'https://127.0.0.1:9', displayName: 'Mastodon' },
      'channels.oauthStatus': { flowId: 'flow-1' },
      'activity.list': { postId: ids.post, before: START },
      'queue.get': { channelId: ids.webhookChannel },
      'queue.setSlots': { channelId: ids.webhookChannel, slots: [{ weekday: 1, time: '09:00' }] },
      'queue.setPaused': { channelId: ids.webhookChannel, paused: true },
      'queue.add': { postId: ids.post },
      'queue.move': { channelId: ids.webhookChannel, postId: ids.post, toIndex: 0 },
      'queue.shuffle': { channelId: ids.webhookChannel },
      'queue.emptySlots': range,
      'queue.warnings': { postId: ids.post },
      'queue.setEvergreen': { postId: ids.post, evergreen: true, gapDays: 14, until: null },
      'profile.setStage': { stage: 'scaling' },
      'onboarding.propose': { answers: ANSWERS },
      'onboarding.complete': { answers: ANSWERS, stage: 'starting', weekStartsOn: 0 },
      'onboarding.skip': { weekStartsOn: 1 },
      'plan.get': { at: START },
      'plan.tick': { ...ids.planItem, done: true },
      'brandKit.update': {
        voice: 'Warm',
        avoidWords: [{ term: 'cheap', suggestion: 'affordable' }],
        preferWords: ['fresh'],
        requiredByKind: { campaign: ['#bakery'], organic: [] },
        maxEmoji: 3,
        maxHashtags: null,
        links: { requireHttps: true, forbidShorteners: true, requireUtmOnCampaign: false },
      },
      'brandKit.import': { json: '{"voice":"Warm"}' },
      'inbox.list': { channelId: ids.webhookChannel, status: 'new', search: 'Sunday', limit: 10 },
      'inbox.get': { id: ids.inboxItem },
      'inbox.setStatus': { ids: [ids.inboxItem], status: 'done' },
      'inbox.setLabels': { ids: [ids.inboxItem], add: ['question'], remove: ['urgent'] },
      'inbox.reply': { id: ids.inboxItem, text: 'Yes, from 9!', channelId: ids.webhookChannel },
      'inbox.responseTimes': { weeks: 4, targetHours: 24 },
      'savedReplies.create': { title: 'Hours', body: 'We open at 8.' },
      'savedReplies.update': { id: ids.savedReply, title: 'Thanks!' },
      'savedReplies.delete': { id: ids.savedReply },
      'library.create': { kind: 'template', name: 'Opening', body: '{business} opens on {date}: {link}' },
      'library.update': { id: ids.libraryItem, name: 'Bread', body: '#bread #bakery' },
      'library.delete': { id: ids.libraryItem },
      'postImport.preview': { fileName: 'week.csv', csvText: POSTS_CSV },
      'postImport.commit': {
        fileName: 'week.csv',
        csvText: POSTS_CSV,
        mapping: { text: 'text', channels: 'channels' },
      },
      'schedule.exportIcs': { from: START, to: START + 7 * 86_400_000, channelId: ids.webhookChannel },
      'metrics.snapshot': { channelId: ids.webhookChannel },
      'metrics.followers': { channelId: ids.webhookChannel, ...range },
      'metrics.engagement': range,
      'metrics.bestPosts': { limit: 5, ...range },
      'metrics.bestTimes': { channelIds: [ids.webhookChannel] },
      'campaigns.create': {
        name: 'Spring',
        slug: 'spring',
        goal: 'traffic',
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        budgetMinor: 50_000,
        currency: 'EUR',
        channelIds: [ids.webhookChannel],
        landingUrl: 'https://shop.example/spring',
      },
      'campaigns.update': { id: ids.campaign, name: 'Winter Market 2', budgetMinor: 1000 },
      'campaigns.delete': { id: ids.campaign },
      'posts.setCampaign': { postId: ids.post, campaignId: ids.campaign },
      'posts.search': { text: 'bread "at', channelId: ids.webhookChannel, status: 'draft', limit: 10 },
      'posts.duplicate': { id: ids.post },
      'posts.bulk': {
        postIds: [ids.post],
        action: { kind: 'move', date: '2026-12-02', time: '09:00', timeZone: 'Europe/Berlin' },
      },
      'undo.apply': { undoId: ids.post },
      'utm.preview': { postId: ids.post, channelId: ids.webhookChannel, medium: 'paid' },
      'spend.add': {
        campaignId: ids.campaign,
        date: '2026-11-25',
        amountMinor: 990,
        currency: 'EUR',
        note: 'Flyers',
      },
      'spend.list': { campaignId: ids.campaign },
      'spend.delete': { id: ids.spend },
      'imports.preview': { fileName: 'meta.csv', csvText: CSV },
      'imports.commit': { fileName: 'meta.csv', csvText: CSV, kind: 'meta-ads', currency: 'EUR' },
      'figures.campaigns': { from: '2026-11-01', to: '2026-11-30' },
      'figures.posts': { campaignId: ids.campaign },
      'apps.save': { network: 'x', clientId: 'client-123', clientSecret: 'secret-456' },
      'apps.remove': { network: 'x' },
      'apps.test': { network: 'x' },
      'channels.ownAppStart': { network: 'x', displayName: 'Shop on X' },
      'channels.ownAppStatus': { flowId: 'flow-1' },
      'channels.ownAppPaste': { flowId: 'flow-1', address: 'http://127.0.0.1:9/callback?code=abc&state=xyz' },
      'channels.ownAppChoose': { flowId: 'flow-1', candidateIds: ['page-1'] },
      'channels.ownAppCancel': { flowId: 'flow-1' },
      'backups.restore': { name: 'cadence-backup-2026-11-24-020000-000.db' },
      'backups.setFolder': { folder: null },
      'data.import': { file: '/no/such/folder/cadence-export.zip' },
      // Loopback, which the core refuses before connecting: the fuzz test reaches no page.
      'previews.linkCard': { url: 'http://127.0.0.1:9/menu' },
    };
  }
}
