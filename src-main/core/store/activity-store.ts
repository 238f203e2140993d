import { and, desc, eq, lt } from 'drizzle-orm';
import type { ActivityEntry } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { activityLog } from '../db/schema';

export interface ActivityInput {
  kind: string;
  message: string;
  postId?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown> | null;
}

/** The append-only history of what Cadence did, newest first when read. */
export class ActivityStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  append(entry: ActivityInput): void {
    this.db
      .insert(activityLog)
      .values({
        at: this.clock.now(),
        kind: entry.kind,
        message: entry.message,
        postId: entry.postId ?? null,
        targetId: entry.targetId ?? null,
        detail: entry.detail ?? null,
      })
      .run();
  }

  listForPost(postId: string, before?: number, limit = 200): ActivityEntry[] {
    return this.db
      .select()
      .from(activityLog)
      .where(
        before === undefined
          ? eq(activityLog.postId, postId)
          : and(eq(activityLog.postId, postId), lt(activityLog.at, before)),
      )
      .orderBy(desc(activityLog.at), desc(activityLog.id))
      .limit(limit)
      .all()
      .map((row) => ({ ...row, detail: row.detail ?? null }));
  }
}
