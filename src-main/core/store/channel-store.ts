import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import { ChannelLimits, type Channel } from '../../shared/entities';
import { AppError } from '../../shared/errors';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { channels, type Network } from '../db/schema';

export class ChannelStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  list(): Channel[] {
    return this.db.select().from(channels).orderBy(asc(channels.createdAt)).all().map(toChannel);
  }

  add(input: { network: Network; displayName: string; handle: string }): Channel {
    const now = this.clock.now();
    const id = randomUUID();
    this.db
      .insert(channels)
      .values({ id, ...input, createdAt: now, updatedAt: now })
      .run();
    return this.get(id);
  }

  get(id: string): Channel {
    const row = this.db.select().from(channels).where(eq(channels.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', 'That channel no longer exists.');
    return toChannel(row);
  }

  remove(id: string): void {
    const result = this.db.delete(channels).where(eq(channels.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', 'That channel no longer exists.');
  }

  /** Throws a plain-language error naming how many of the ids are unknown. */
  assertExist(ids: readonly string[]): void {
    if (ids.length === 0) return;
    const found = this.db
      .select({ id: channels.id })
      .from(channels)
      .where(inArray(channels.id, [...ids]))
      .all();
    if (found.length !== new Set(ids).size) {
      throw new AppError(
        'NOT_FOUND',
        'One of the chosen channels no longer exists. Pick the channels again.',
      );
    }
  }
}

function toChannel(row: typeof channels.$inferSelect): Channel {
  return {
    id: row.id,
    network: row.network,
    displayName: row.displayName,
    handle: row.handle,
    connection: row.connection,
    serverUrl: row.serverUrl,
    avatarUrl: row.avatarUrl,
    followersCount: row.followersCount,
    limits: limitsIn(row.settings),
    createdAt: row.createdAt,
  };
}

/** Connectors keep server-reported limits under settings.limits; anything malformed is ignored. */
function limitsIn(settings: Record<string, unknown> | null): ChannelLimits | null {
  const parsed = ChannelLimits.safeParse(settings?.limits);
  return parsed.success ? parsed.data : null;
}
