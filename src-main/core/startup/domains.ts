// Phase 3 of a start (see create-core.ts): each domain's handlers over the stores and services,
// with the background work it starts and stops.
import type { backupsContract } from '../../shared/contract/backups';
import type { batchContract } from '../../shared/contract/batch';
import type { channelsContract } from '../../shared/contract/channels';
import type { inboxContract } from '../../shared/contract/inbox';
import type { libraryContract } from '../../shared/contract/library';
import type { marketingContract } from '../../shared/contract/marketing';
import type { metricsContract } from '../../shared/contract/metrics';
import type { planContract } from '../../shared/contract/plan';
import type { postFilesContract } from '../../shared/contract/post-files';
import type { postsContract } from '../../shared/contract/posts';
import type { previewsContract } from '../../shared/contract/previews';
import type { publishingContract } from '../../shared/contract/publishing';
import type { queueContract } from '../../shared/contract/queue';
import type { seriesContract } from '../../shared/contract/series';
import type { remindersContract } from '../../shared/contract/reminders';
import type { settingsContract } from '../../shared/contract/settings';
import type { RestartCore } from '../backups/database-swap';
import type { CoreOptions } from './core-options';
import { backupsDomain } from '../handlers/backups-handlers';
import { batchDomain } from '../handlers/batch-handlers';
import { channelsDomain } from '../handlers/channels-handlers';
import { inboxDomain } from '../handlers/inbox-handlers';
import { libraryDomain } from '../handlers/library-handlers';
import { LibraryStore } from '../library/library-store';
import { marketingDomain } from '../handlers/marketing-handlers';
import { metricsDomain } from '../handlers/metrics-handlers';
import { planDomain } from '../handlers/plan-handlers';
import { postFilesDomain } from '../handlers/post-files-handlers';
import { AtRiskNotices } from '../connectors/at-risk-notices';
import { readPostsAtRisk } from '../connectors/posts-at-risk';
import { postsDomain } from '../handlers/posts-handlers';
import { previewsDomain } from '../handlers/previews-handlers';
import { publishingDomain } from '../handlers/publishing-handlers';
import { queueDomain } from '../handlers/queue-handlers';
import { seriesDomain } from '../handlers/series-handlers';
import { remindersDomain } from '../handlers/reminders-handlers';
import { settingsDomain } from '../handlers/settings-handlers';
import type { DomainModule } from '../handlers/types';
import { EngagementReporter } from '../metrics/engagement-report';
import { SeriesStore } from '../series/series-store';
import type { WakeReason } from '../outbox/outbox';
import type { Services } from './services';
import type { Stores } from './stores';

/** One module per file of shared/contract/, listed in the order they start. */
export interface Domains {
  posts: DomainModule<typeof postsContract>;
  queue: DomainModule<typeof queueContract>;
  series: DomainModule<typeof seriesContract>;
  plan: DomainModule<typeof planContract>;
  marketing: DomainModule<typeof marketingContract>;
  settings: DomainModule<typeof settingsContract>;
  channels: DomainModule<typeof channelsContract>;
  inbox: DomainModule<typeof inboxContract>;
  metrics: DomainModule<typeof metricsContract>;
  backups: DomainModule<typeof backupsContract>;
  library: DomainModule<typeof libraryContract>;
  postFiles: DomainModule<typeof postFilesContract>;
  previews: DomainModule<typeof previewsContract>;
  batch: DomainModule<typeof batchContract>;
  reminders: DomainModule<typeof remindersContract>;
  /** Last, so that a start that fails has sent nothing. */
  publishing: DomainModule<typeof publishingContract>;
}

export function buildDomains(
  stores: Stores,
  services: Services,
  options: CoreOptions,
  restart: RestartCore,
): Domains {
  const { ctx } = stores;
  const { outbox } = services;
  const background = options.publishing !== false;
  const wakeOutbox = (reason: WakeReason) => outbox.wake(reason);
  const postsOutbox = { wakeOutbox, takeBack: (postId: string) => outbox.takeBack(postId) };
  return {
    posts: postsDomain(ctx, postsOutbox, stores.db),
    queue: queueDomain(ctx, {
      store: stores.queue,
      wakeOutbox,
      takeBack: (postId) => outbox.takeBack(postId),
      background,
    }),
    series: seriesDomain(ctx, new SeriesStore(stores.db, ctx.clock), postsOutbox),
    plan: planDomain(ctx, { plan: services.plan, kits: stores.kits }),
    marketing: marketingDomain(ctx, {
      campaigns: stores.campaigns,
      tagger: services.tagger,
      spend: stores.spend,
      imports: services.imports,
      figures: services.figures,
    }),
    settings: settingsDomain(ctx, {
      settings: stores.settings,
      storage: stores.storage,
      secrets: stores.secrets,
      apps: stores.ownApps,
      connectors: services.connectors,
      wakeOutbox,
    }),
    channels: channelsDomain(ctx, {
      db: stores.db,
      connector: services.connector,
      connectors: services.connectors,
      apps: stores.ownApps,
      connections: services.connections,
      renewal: services.renewal,
      notices: new AtRiskNotices({
        clock: ctx.clock,
        notifier: stores.notifier,
        read: () => readPostsAtRisk(ctx),
        timeZone: () => ctx.profile.get().timeZone,
        subscribe: (listener) => ctx.events.subscribe(listener),
        announced: {
          get: () => stores.settings.keysNoted('atRiskAnnounced'),
          set: (keys) => stores.settings.noteKeys('atRiskAnnounced', keys),
        },
      }),
      wakeOutbox,
      takeBackChannel: (channelId) => outbox.takeBackChannel(channelId),
      background,
      online: options.online,
    }),
    inbox: inboxDomain(ctx, {
      store: stores.inbox,
      sync: services.inboxSync,
      replies: services.replies,
      responseTimes: services.responseTimes,
      savedReplies: stores.savedReplies,
      background: background && options.inboxSync !== false,
    }),
    metrics: metricsDomain(ctx, {
      collector: services.metrics,
      reporter: new EngagementReporter(stores.metrics),
      store: stores.metrics,
      background,
    }),
    backups: backupsDomain(ctx, {
      dataDir: options.dataDir,
      migrationsFolder: options.migrationsFolder,
      db: stores.db,
      sqlite: stores.sqlite,
      notifier: stores.notifier,
      picker: options.filePicker ?? null,
      restart,
      automatic: options.automaticBackups === true,
    }),
    library: libraryDomain(new LibraryStore(stores.db, ctx.clock)),
    postFiles: postFilesDomain(ctx, { db: stores.db, campaigns: stores.campaigns, wakeOutbox }),
    previews: previewsDomain(services.connector.linkCards),
    batch: batchDomain(ctx, {
      db: stores.db,
      campaigns: stores.campaigns,
      wakeOutbox: () => wakeOutbox('scheduled'),
    }),
    reminders: remindersDomain(services.reminders, wakeOutbox, ctx.events),
    publishing: publishingDomain(outbox, background, () =>
      ctx.channels
        .list()
        .filter((channel) => channel.handOffOnSleep)
        .map((channel) => channel.id),
    ),
  };
}
