// Phase 2 of a start (see create-core.ts): the services that work with the stores: the outbox,
// the networks, inbox sync, measuring and the plan.
import { readFile } from 'node:fs/promises';
import type { Network } from '../../shared/entities';
import type { Clock } from '../clock';
import { AccountDirectory } from '../connectors/account-directory';
import { ChannelConnections } from '../connectors/channel-connections';
import type { Connector, ConnectorContext } from '../connectors/connector';
import { CredentialRenewal } from '../connectors/credential-renewal';
import { defaultConnectors } from '../connectors/registry';
import type { CoreOptions } from './core-options';
import { ImportService } from '../imports/import-service';
import { InboxSync } from '../inbox/inbox-sync';
import { InboxWriter } from '../inbox/inbox-writer';
import { replyToOf } from '../inbox/reply-links';
import { ReplyWriter } from '../inbox/reply-writer';
import { ResponseTimeReport } from '../inbox/response-times';
import { defaultInboxSources } from '../inbox/sources/registry';
import { FiguresQuery } from '../marketing/figures-query';
import { LinkTagger } from '../marketing/link-tagger';
import { marketingPlanSources } from '../marketing/plan-sources';
import { LinkCardReader } from '../link-cards/link-card-reader';
import { MetricsCollector } from '../metrics/metrics-collector';
import { defaultPostCountReaders } from '../metrics/post-counts';
import { Outbox } from '../outbox/outbox';
import type { Period } from '../plan/periods';
import { PlanService } from '../plan/plan-service';
import type { Stores } from './stores';
import { join } from 'node:path';
import { ReminderDesk } from '../reminders/reminder-desk';
import { ReminderStore } from '../reminders/reminder-store';

/** What the domains do beyond reading and writing their records. */
export interface Services {
  connector: ConnectorContext;
  connectors: Partial<Record<Network, Connector>>;
  outbox: Outbox;
  tagger: LinkTagger;
  renewal: CredentialRenewal;
  connections: ChannelConnections;
  inboxSync: InboxSync;
  replies: ReplyWriter;
  responseTimes: ResponseTimeReport;
  metrics: MetricsCollector;
  plan: PlanService;
  imports: ImportService;
  figures: FiguresQuery;
  reminders: ReminderDesk;
}

export function buildServices(stores: Stores, options: CoreOptions): Services {
  const { db, ctx, events, redactor, secrets } = stores;
  const { clock, online } = options;
  const connector: ConnectorContext = {
    clock,
    fetch: globalThis.fetch,
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    endpoints: options.endpoints,
    language: () => stores.settings.get().language,
    linkCards: new LinkCardReader({ guard: options.linkCardGuard, lookup: options.linkCardLookup }),
  };
  const connectors =
    options.connectors ??
    defaultConnectors(connector, {
      // Asked for at send time, once the directory below exists.
      facebookPage: async () => {
        const page = ctx.channels
          .list()
          .find((c) => c.network === 'facebook' && c.connection === 'connected');
        return page ? accounts.resolve(page.id) : null;
      },
    });
  const accounts = new AccountDirectory(ctx.channels, secrets, stores.ownApps);
  const tagger = new LinkTagger(stores.campaigns);
  const reminders = new ReminderDesk({
    store: new ReminderStore(db),
    posts: ctx.posts,
    clock,
    notifier: stores.notifier,
    events,
    activity: ctx.activity,
    settings: stores.settings,
    profile: ctx.profile,
    tagLinks: (postId, source, text) => tagger.outgoingText(postId, source, text),
    mediaPath: (sha256) => ctx.media.pathFor(sha256),
    filesFolder: join(options.dataDir, 'reminders'),
    desktop: options.desktopFiles ?? null,
  });
  const outbox = new Outbox({
    store: stores.outbox,
    posts: ctx.posts,
    profile: ctx.profile,
    settings: stores.settings,
    accounts,
    connectors,
    readMedia: (sha256) => readFile(ctx.media.pathFor(sha256)),
    clock,
    online,
    notifier: stores.notifier,
    events,
    activity: ctx.activity,
    storage: stores.storage,
    replyToOf: (postId) => replyToOf(db, postId),
    tagLinks: (postId, network, text) => tagger.outgoingText(postId, network, text),
    reminders,
  });
  const inboxSync = new InboxSync({
    writer: new InboxWriter(db, stores.sqlite, clock, redactor.redact),
    channels: ctx.channels,
    accounts,
    profile: ctx.profile,
    sources: options.inboxSources ?? defaultInboxSources(connector),
    clock,
    online,
    events,
    pollMs: options.inboxPollMs,
    notifier: stores.notifier,
    notifyOnArrival: () => stores.settings.get().notifyInbox,
  });
  const responseTimes = new ResponseTimeReport(db, clock, ctx.profile);
  const timeZone = () => ctx.profile.get().timeZone;
  return {
    connector,
    connectors,
    outbox,
    tagger,
    renewal: new CredentialRenewal({ channels: ctx.channels, accounts, connectors, clock, online, events }),
    connections: new ChannelConnections(ctx.channels, secrets, accounts, connectors),
    inboxSync,
    replies: new ReplyWriter({
      db,
      clock,
      inbox: stores.inbox,
      channels: ctx.channels,
      posts: ctx.posts,
      profile: ctx.profile,
      activity: ctx.activity,
      events,
      connectors,
      wakeOutbox: () => outbox.wake('publish-now'),
    }),
    responseTimes,
    metrics: new MetricsCollector({
      store: stores.metrics,
      channels: ctx.channels,
      accounts,
      connectors,
      readers: options.postCountReaders ?? (options.connectors ? {} : defaultPostCountReaders(connector)),
      clock,
      online,
      events,
      redact: redactor.redact,
    }),
    plan: planService(stores, connectors, inboxSync, responseTimes, options.clock),
    imports: new ImportService(db, clock, timeZone, stores.campaigns),
    figures: new FiguresQuery(db),
    reminders,
  };
}

/** The plan, checked against what the other domains know once they know it. */
function planService(
  stores: Stores,
  connectors: Partial<Record<Network, Connector>>,
  inboxSync: InboxSync,
  responseTimes: ResponseTimeReport,
  clock: Clock,
): PlanService {
  const { ctx } = stores;
  const marketing = marketingPlanSources(stores.db, () => ctx.profile.get().timeZone);
  const inboxFacts = responseTimes.facts();
  // Each source is asked for when the plan is read; until it has something to go on (null), the
  // items that need it say what the owner must do first.
  return new PlanService(clock, ctx.profile, stores.plan, {
    get campaigns() {
      return marketing.campaigns();
    },
    get adSpend() {
      return marketing.adSpend();
    },
    get conversions() {
      return marketing.conversions();
    },
    // The numbers exist once a connected channel can be measured.
    get metrics() {
      return ctx.channels.list().some((c) => c.connection === 'connected' && connectors[c.network])
        ? { lastViewed: (period: Period) => stores.metrics.lastViewed(period) }
        : null;
    },
    // Reply times count once a connected channel's inbox has been read: before that, "nothing
    // waited for a reply" would be a guess.
    get inbox() {
      return inboxSync.isReading() ? inboxFacts : null;
    },
  });
}
