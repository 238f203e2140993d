// Seeds the database the plan is checked from: channels, and posts published or scheduled at
// known instants, written with plain SQL as the outbox would leave them.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '../../src-main/core/clock';
import type { PostKind } from '../../src-main/shared/entities';
import type { Plan, PlanItemView } from '../../src-main/shared/plan';
import { checkLocalTime } from '../../src-main/shared/zoned-time';
import { tempDir } from './temp-dir';
import { startTestCore, type TestCore } from './test-core';

export interface PlanWorld extends TestCore {
  cleanup(): Promise<void>;
  addChannel(connection?: 'manual' | 'connected'): string;
  /** A post whose first channel published it at `at` (a second channel a minute later). */
  published(at: number, options?: { kind?: PostKind; body?: string; variant?: string }): string;
  scheduled(at: number, options?: { kind?: PostKind; body?: string }): string;
  item(id: string, at?: number): Promise<PlanItemView>;
  plan(at?: number): Promise<Plan>;
}

export function startPlanWorld(options: { now: number; timeZone?: string }): PlanWorld {
  const data = tempDir('cadence-plan-');
  const t = startTestCore({
    dataDir: data.dir,
    clock: new ManualClock(options.now),
    timeZone: options.timeZone ?? 'America/New_York',
    publishing: false,
  });
  const { sqlite } = t.core.database;
  let channels: string[] = [];

  const ensureChannels = () => {
    if (channels.length === 0) channels = [world.addChannel('connected'), world.addChannel('manual')];
    return channels;
  };

  const insertPost = (kind: PostKind, body: string, status: string, scheduledAt: number | null) => {
    const id = randomUUID();
    sqlite
      .prepare(
        `insert into posts (id, body, status, kind, scheduled_at, scheduled_time_zone, created_at, updated_at)
         values (?, ?, ?, ?, ?, 'America/New_York', 0, 0)`,
      )
      .run(id, body, status, kind, scheduledAt);
    return id;
  };

  const world: PlanWorld = {
    ...t,
    cleanup: async () => {
      await t.core.close();
      data.cleanup();
    },
    addChannel(connection = 'connected') {
      const id = randomUUID();
      sqlite
        .prepare(
          `insert into channels (id, network, display_name, handle, connection, created_at, updated_at)
           values (?, 'bluesky', 'Shop', ?, ?, 0, 0)`,
        )
        .run(id, `${id}.bsky.social`, connection);
      return id;
    },
    published(at, { kind = 'organic', body = 'Fresh bread today', variant } = {}) {
      const [first, second] = ensureChannels();
      const id = insertPost(kind, body, 'published', at);
      const target = sqlite.prepare(
        `insert into post_targets (id, post_id, channel_id, body_override, state, published_at, updated_at)
         values (?, ?, ?, ?, 'published', ?, 0)`,
      );
      target.run(randomUUID(), id, first, null, at);
      target.run(randomUUID(), id, second, variant ?? null, at + 60_000);
      return id;
    },
    scheduled(at, { kind = 'organic', body = 'Fresh bread tomorrow' } = {}) {
      const [first] = ensureChannels();
      const id = insertPost(kind, body, 'scheduled', at);
      sqlite
        .prepare(
          `insert into post_targets (id, post_id, channel_id, state, updated_at) values (?, ?, ?, 'scheduled', 0)`,
        )
        .run(randomUUID(), id, first);
      return id;
    },
    async item(id, at) {
      const found = (await world.plan(at)).items.find((item) => item.id === id);
      if (!found) throw new Error(`${id} is not in the plan`);
      return found;
    },
    plan: (at) => t.call('plan.get', at === undefined ? {} : { at }),
  };
  return world;
}

/** The instant of an unambiguous wall-clock time in New York, such as 2026-11-22T23:30. */
export function newYork(local: string): number {
  const check = checkLocalTime(local, 'America/New_York');
  if (check.kind !== 'exact') throw new Error(`${local} is not a single instant in New York`);
  return check.utc;
}
