// Builds the whole app behaviour from its outside world. Electron main, `npm run web` and
// the tests all call this, so they run the same code.
import { readFile } from 'node:fs/promises';
import type { Network } from '../shared/entities';
import type { Clock } from './clock';
import { AccountDirectory } from './connectors/account-directory';
import { ChannelConnections } from './connectors/channel-connections';
import type { Connector, ConnectorContext } from './connectors/connector';
import { CredentialRenewal } from './connectors/credential-renewal';
import { OwnAppStore } from './connectors/own-app-store';
import { defaultConnectors } from './connectors/registry';
import { openWhileLocked } from './db/data-folder-lock';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { createDispatch, type Dispatch } from './dispatch';
import { CoreEvents, type CoreEventListener } from './events';
import { inboxHandlers } from './handlers/inbox-handlers';
import { marketingHandlers } from './handlers/marketing-handlers';
import { mediaHandlers } from './handlers/media-handlers';
import { metricsHandlers } from './handlers/metrics-handlers';
import { mastodonOAuthFlows, oauthHandlers } from './handlers/oauth-handlers';
import { ownAppFlows, ownAppHandlers } from './handlers/own-app-handlers';
import { publishingHandlers } from './handlers/outbox-handlers';
import { planHandlers } from './handlers/plan-handlers';
import { postHandlers } from './handlers/post-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import { guardStorage, storageHandlers } from './handlers/storage-handlers';
import type { CoreContext, Handlers } from './handlers/types';
import { InboxStore } from './inbox/inbox-store';
import type { InboxSource } from './inbox/inbox-source';
import { InboxSync } from './inbox/inbox-sync';
import { InboxWriter } from './inbox/inbox-writer';
import { replyToOf } from './inbox/reply-links';
import { ReplyWriter } from './inbox/reply-writer';
import { ResponseTimeReport } from './inbox/response-times';
import { SavedReplyStore } from './inbox/saved-reply-store';
import { defaultInboxSources } from './inbox/sources/registry';
import { EngagementReporter } from './metrics/engagement-report';
import { MetricsCollector } from './metrics/metrics-collector';
import { MetricsStore } from './metrics/metrics-store';
import { defaultPostCountReaders, type PostCountReader } from './metrics/post-counts';
import { ImportService } from './imports/import-service';
import { CampaignStore } from './marketing/campaign-store';
import { FiguresQuery } from './marketing/figures-query';
import { LinkTagger } from './marketing/link-tagger';
import { marketingPlanSources } from './marketing/plan-sources';
import { SpendStore } from './marketing/spend-store';
import { Outbox, type WakeReason } from './outbox/outbox';
import { OutboxStore } from './outbox/outbox-store';
import { BrandKitStore } from './plan/brand-kit-store';
import { NO_OPTIONAL_SOURCES } from './plan/facts';
import type { Period } from './plan/periods';
import { PlanService } from './plan/plan-service';
import { PlanStore } from './plan/plan-store';
import type { Notifier, OnlineSignal, SecretStore } from './ports';
import { SecretRedactor } from './secret-redactor';
import { ActivityStore } from './store/activity-store';
import { ChannelStore } from './store/channel-store';
import { MediaStore } from './store/media-store';
import { PostStore } from './store/post-store';
import { ProfileStore } from './store/profile-store';
import { SettingsStore } from './store/settings-store';
import { StorageHealth } from './storage/storage-health';

export interface CoreOptions {
  clock: Clock;
  dataDir: string;
  migrationsFolder: string;
  secrets: SecretStore;
  online: OnlineSignal;
  notifier: Notifier;
  /** The zone a new business profile starts in; defaults to the machine's. */
  defaultTimeZone?: string;
  /** The network connectors; tests may replace them. */
  connectors?: Partial<Record<Network, Connector>>;
  /** Milliseconds before a network request is abandoned; its outcome is then reconciled. */
  requestTimeoutMs?: number;
  /** Where each network's API lives when not at its real hosts: the fakes, in tests and e2e web mode. */
  endpoints?: ConnectorContext['endpoints'];
  /** Whether the publishing timer runs (off for tools that only read the database). */
  publishing?: boolean;
  /** The networks whose inbox Cadence reads; tests may replace them. */
  inboxSources?: Partial<Record<Network, InboxSource>>;
  /** How often each channel's inbox is read while Cadence runs (default 5 minutes). */
  inboxPollMs?: number;
  /** Whether inboxes are read in the background (default on); inbox.refresh works either way. */
  inboxSync?: boolean;
  /** Readers of published posts' counts; by default the real ones, none when connectors are replaced. */
  postCountReaders?: Partial<Record<Network, PostCountReader>>;
}

export interface Core {
  invoke: Dispatch;
  subscribe(listener: CoreEventListener): () => void;
  /** Absolute path of a stored media file, for the media protocol and web mode. */
  mediaPath(sha256: string): string;
  readonly database: OpenedDatabase;
  /** Wakes the publishing timer: the system resumed from sleep, for example. */
  wake(reason: WakeReason): void;
  /** Resolves when the publishing timer has nothing in flight (for tests and shutdown). */
  whenIdle(): Promise<void>;
  /** Stops the timer, lets an in-flight send record its result, then closes the database. */
  close(): Promise<void>;
}

export function createCore(options: CoreOptions): Core {
  // Taken before the start-up copy and the migrations: a second process must touch nothing.
  const database = openWhileLocked(options.dataDir, () =>
    openDatabase({ dataDir: options.dataDir, migrationsFolder: options.migrationsFolder }),
  );
  const { db } = database;
  const events = new CoreEvents();
  const storage = new StorageHealth({
    sqlite: database.sqlite,
    dataDir: options.dataDir,
    clock: options.clock,
    events,
    notifier: options.notifier,
  });
  // Every secret that passes through the keychain is remembered, so the stores, the notifier and
  // the error messages below can take it out of whatever a network answers.
  const redactor = new SecretRedactor();
  const secrets = redactor.watch(options.secrets);
  const notifier = redactor.guard(options.notifier);
  const ctx: CoreContext = {
    clock: options.clock,
    events,
    profile: new ProfileStore(
      db,
      options.clock,
      options.defaultTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ),
    channels: new ChannelStore(db, options.clock),
    posts: new PostStore(db, options.clock),
    media: new MediaStore(db, options.clock, options.dataDir),
    activity: new ActivityStore(db, options.clock, redactor.redact),
  };
  const connectorContext: ConnectorContext = {
    clock: options.clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    endpoints: options.endpoints,
  };
  const connectors =
    options.connectors ??
    defaultConnectors(connectorContext, {
      // Asked for at send time, once the directory below exists.
      facebookPage: async () => {
        const page = ctx.channels
          .list()
          .find((c) => c.network === 'facebook' && c.connection === 'connected');
        return page ? accounts.resolve(page.id) : null;
      },
    });
  const settings = new SettingsStore(db, options.clock);
  const outboxStore = new OutboxStore(db, redactor.redact);
  const campaigns = new CampaignStore(db, options.clock);
  const tagger = new LinkTagger(campaigns);
  const ownApps = new OwnAppStore(secrets);
  const accounts = new AccountDirectory(ctx.channels, secrets, ownApps);
  const outbox = new Outbox({
    store: outboxStore,
    posts: ctx.posts,
    profile: ctx.profile,
    settings,
    accounts,
    connectors,
    readMedia: (sha256) => readFile(ctx.media.pathFor(sha256)),
    clock: options.clock,
    online: options.online,
    notifier,
    events,
    activity: ctx.activity,
    storage,
    replyToOf: (postId) => replyToOf(db, postId),
    tagLinks: (postId, network, text) => tagger.outgoingText(postId, network, text),
  });
  const renewal = new CredentialRenewal({
    channels: ctx.channels,
    accounts,
    connectors,
    clock: options.clock,
    online: options.online,
    events,
  });
  const connections = new ChannelConnections(ctx.channels, secrets, accounts, connectors);
  const oauthFlows = mastodonOAuthFlows(ctx, connectorContext, connections, (reason) => outbox.wake(reason));
  const ownAppDeps = {
    db,
    connector: connectorContext,
    connectors,
    apps: ownApps,
    connections,
    wake: (reason: WakeReason) => outbox.wake(reason),
  };
  const signIns = ownAppFlows(ctx, ownAppDeps);
  const inboxSources = options.inboxSources ?? defaultInboxSources(connectorContext);
  const inboxStore = new InboxStore(db, database.sqlite, options.clock);
  const inboxSync = new InboxSync({
    writer: new InboxWriter(db, database.sqlite, options.clock, redactor.redact),
    channels: ctx.channels,
    accounts,
    profile: ctx.profile,
    sources: inboxSources,
    clock: options.clock,
    online: options.online,
    events,
    pollMs: options.inboxPollMs,
  });
  const replies = new ReplyWriter({
    db,
    clock: options.clock,
    inbox: inboxStore,
    channels: ctx.channels,
    posts: ctx.posts,
    profile: ctx.profile,
    activity: ctx.activity,
    events,
    connectors,
    wakeOutbox: () => outbox.wake('publish-now'),
  });
  const responseTimes = new ResponseTimeReport(db, options.clock, ctx.profile);
  const inboxFacts = responseTimes.facts();
  const kits = new BrandKitStore(db, options.clock);
  const metricsStore = new MetricsStore(db);
  const metrics = new MetricsCollector({
    store: metricsStore,
    channels: ctx.channels,
    accounts,
    connectors,
    readers:
      options.postCountReaders ?? (options.connectors ? {} : defaultPostCountReaders(connectorContext)),
    clock: options.clock,
    online: options.online,
    events,
    redact: redactor.redact,
  });
  // Later features plug their facts (inbox, metrics, campaigns…) in here; until then the items
  // that need them say what the owner must do first.
  const marketingSources = marketingPlanSources(db, () => ctx.profile.get().timeZone);
  const plan = new PlanService(options.clock, ctx.profile, new PlanStore(db, options.clock, kits), {
    ...NO_OPTIONAL_SOURCES,
    get campaigns() {
      return marketingSources.campaigns();
    },
    get adSpend() {
      return marketingSources.adSpend();
    },
    get conversions() {
      return marketingSources.conversions();
    },
    // The numbers exist once a connected channel can be measured.
    get metrics() {
      return ctx.channels.list().some((c) => c.connection === 'connected' && connectors[c.network])
        ? { lastViewed: (period: Period) => metricsStore.lastViewed(period) }
        : null;
    },
    // Reply times count once a connected channel's inbox has been read: before that, "nothing
    // waited for a reply" would be a guess.
    get inbox() {
      return inboxSync.isReading() ? inboxFacts : null;
    },
  });
  const handlers: Handlers = {
    ...settingsHandlers(ctx, connections),
    ...storageHandlers(storage),
    ...planHandlers(ctx, { plan, kits }),
    ...postHandlers(ctx, (reason) => outbox.wake(reason)),
    ...mediaHandlers(ctx),
    ...publishingHandlers(ctx, { outbox, settings, connections, secrets }),
    ...oauthHandlers(oauthFlows),
    ...ownAppHandlers(ownAppDeps, signIns),
    ...inboxHandlers(ctx, {
      store: inboxStore,
      sync: inboxSync,
      replies,
      responseTimes,
      savedReplies: new SavedReplyStore(db, options.clock),
    }),
    ...metricsHandlers(ctx, {
      collector: metrics,
      reporter: new EngagementReporter(metricsStore),
      store: metricsStore,
    }),
    ...marketingHandlers(ctx, {
      campaigns,
      tagger,
      spend: new SpendStore(db, options.clock),
      imports: new ImportService(db, options.clock, () => ctx.profile.get().timeZone, campaigns),
      figures: new FiguresQuery(db),
    }),
  };
  ctx.profile.get();
  database.markStartSucceeded();
  // Before any request: files of images no post uses any more (see MediaStore for the rule).
  ctx.media.sweep();
  const unwatchReplies = replies.watch();
  // A disk that is already full or read-only shows at once, and the outbox waits for it.
  storage.probe();
  if (options.publishing !== false) {
    outbox.start();
    if (options.inboxSync !== false) inboxSync.start();
    metrics.start();
    renewal.start();
  }

  return {
    invoke: createDispatch(guardStorage(handlers, storage), redactor.redact),
    subscribe: (listener) => events.subscribe(listener),
    mediaPath: (sha256) => ctx.media.pathFor(sha256),
    database,
    wake: (reason) => {
      outbox.wake(reason);
      if (reason === 'resume') {
        inboxSync.wake('resume');
        renewal.wake();
      }
    },
    whenIdle: async () => {
      await Promise.all([outbox.whenIdle(), inboxSync.whenIdle(), metrics.whenIdle(), renewal.whenIdle()]);
      await outbox.whenIdle();
    },
    close: async () => {
      oauthFlows.closeAll();
      signIns.closeAll();
      unwatchReplies();
      await Promise.all([outbox.stop(), inboxSync.stop(), metrics.stop(), renewal.stop()]);
      storage.stop();
      database.close();
    },
  };
}
