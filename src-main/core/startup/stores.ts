// Phase 1 of a start (see create-core.ts): the records over the database, and what guards them.
import type { AppDatabase, OpenedDatabase } from '../db/open-database';
import type { Notifier, SecretStore } from '../ports';
import { CoreEvents } from '../events';
import type { CoreOptions } from './core-options';
import type { CoreContext } from '../handlers/types';
import { InboxStore } from '../inbox/inbox-store';
import { SavedReplyStore } from '../inbox/saved-reply-store';
import { CampaignStore } from '../marketing/campaign-store';
import { SpendStore } from '../marketing/spend-store';
import { MetricsStore } from '../metrics/metrics-store';
import { OutboxStore } from '../outbox/outbox-store';
import { BrandKitStore } from '../plan/brand-kit-store';
import { PlanStore } from '../plan/plan-store';
import { QueueStore } from '../queue/queue-store';
import { OwnAppStore } from '../connectors/own-app-store';
import { SecretRedactor } from '../secret-redactor';
import { StorageHealth } from '../storage/storage-health';
import { UndoLog } from '../batch/undo-log';
import { ActivityStore } from '../store/activity-store';
import { ChannelStore } from '../store/channel-store';
import { MediaStore } from '../store/media-store';
import { PostStore } from '../store/post-store';
import { ProfileStore } from '../store/profile-store';
import { SettingsStore } from '../store/settings-store';
import { readPostsAtRisk } from '../connectors/posts-at-risk';

/** The records every later phase is built on, with storage health and the secret redactor. */
export interface Stores {
  db: AppDatabase;
  sqlite: OpenedDatabase['sqlite'];
  /** The stores most handlers use. */
  ctx: CoreContext;
  events: CoreEvents;
  storage: StorageHealth;
  redactor: SecretRedactor;
  /** The keychain, remembering each secret that passes so it can be taken out of what is shown. */
  secrets: SecretStore;
  /** The notifier, with those secrets taken out. */
  notifier: Notifier;
  settings: SettingsStore;
  outbox: OutboxStore;
  ownApps: OwnAppStore;
  campaigns: CampaignStore;
  spend: SpendStore;
  inbox: InboxStore;
  savedReplies: SavedReplyStore;
  metrics: MetricsStore;
  kits: BrandKitStore;
  plan: PlanStore;
  queue: QueueStore;
}

export function openStores(database: OpenedDatabase, options: CoreOptions): Stores {
  const { db, sqlite } = database;
  const { clock } = options;
  const events = new CoreEvents();
  const storage = new StorageHealth({
    sqlite,
    dataDir: options.dataDir,
    clock,
    events,
    notifier: options.notifier,
  });
  // Every secret that passes through the keychain is remembered, so the stores, the notifier and
  // the error messages can take it out of whatever a network answers.
  const redactor = new SecretRedactor();
  const secrets = redactor.watch(options.secrets);
  const media = new MediaStore(db, clock, options.dataDir);
  const ctx: CoreContext = {
    clock,
    events,
    profile: new ProfileStore(
      db,
      clock,
      options.defaultTimeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    ),
    channels: new ChannelStore(db, clock),
    posts: new PostStore(db, clock),
    media,
    activity: new ActivityStore(db, clock, redactor.redact),
    undo: new UndoLog(clock, media),
  };
  // The business profile is made at the first start, not at the first request that reads it: the
  // plan counts the owner's weeks from then, and a database that cannot write it fails this start.
  ctx.profile.get();
  const kits = new BrandKitStore(db, clock);
  return {
    db,
    sqlite,
    ctx,
    events,
    storage,
    redactor,
    secrets,
    notifier: redactor.guard(options.notifier),
    settings: new SettingsStore(db, clock),
    outbox: new OutboxStore(db, redactor.redact),
    ownApps: new OwnAppStore(secrets),
    campaigns: new CampaignStore(db, clock),
    spend: new SpendStore(db, clock),
    inbox: new InboxStore(db, sqlite, clock),
    savedReplies: new SavedReplyStore(db, clock),
    metrics: new MetricsStore(db),
    kits,
    plan: new PlanStore(db, clock, kits, () => readPostsAtRisk(ctx)),
    queue: new QueueStore(db, clock),
  };
}
