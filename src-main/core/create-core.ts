// Builds the whole app behaviour from its outside world. Electron main, `npm run web` and
// the tests all call this, so they run the same code.
import type { Clock } from './clock';
import { openDatabase, type OpenedDatabase } from './db/open-database';
import { createDispatch, type Dispatch } from './dispatch';
import { CoreEvents, type CoreEventListener } from './events';
import { mediaHandlers } from './handlers/media-handlers';
import { postHandlers } from './handlers/post-handlers';
import { settingsHandlers } from './handlers/settings-handlers';
import type { CoreContext, Handlers } from './handlers/types';
import type { Notifier, OnlineSignal, SecretStore } from './ports';
import { ActivityStore } from './store/activity-store';
import { ChannelStore } from './store/channel-store';
import { MediaStore } from './store/media-store';
import { PostStore } from './store/post-store';
import { ProfileStore } from './store/profile-store';

export interface CoreOptions {
  clock: Clock;
  dataDir: string;
  migrationsFolder: string;
  secrets: SecretStore;
  online: OnlineSignal;
  notifier: Notifier;
  /** The zone a new business profile starts in; defaults to the machine's. */
  defaultTimeZone?: string;
}

export interface Core {
  invoke: Dispatch;
  subscribe(listener: CoreEventListener): () => void;
  /** Absolute path of a stored media file, for the media protocol and web mode. */
  mediaPath(sha256: string): string;
  readonly database: OpenedDatabase;
  close(): void;
}

export function createCore(options: CoreOptions): Core {
  const database = openDatabase({ dataDir: options.dataDir, migrationsFolder: options.migrationsFolder });
  const { db } = database;
  const events = new CoreEvents();
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
    activity: new ActivityStore(db, options.clock),
  };
  const handlers: Handlers = {
    ...settingsHandlers(ctx),
    ...postHandlers(ctx),
    ...mediaHandlers(ctx),
  };
  ctx.profile.get();
  database.markStartSucceeded();

  return {
    invoke: createDispatch(handlers),
    subscribe: (listener) => events.subscribe(listener),
    mediaPath: (sha256) => ctx.media.pathFor(sha256),
    database,
    close: () => database.close(),
  };
}
