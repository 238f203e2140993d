import { and, desc, eq, lt } from 'drizzle-orm';
import type { ActivityEntry } from '../../shared/entities';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { activityLog } from '../db/schema';
import { keyOf, type OwnerMessage } from '../../shared/messages/owner-message';
import { redactDeep, redactPatterns, type Redact } from '../redact';

export interface ActivityInput {
  kind: string;
  /** Keyed words (say()) are shown in the owner's language; a network's own words as they are. */
  message: OwnerMessage | string;
  postId?: string | null;
  targetId?: string | null;
  detail?: Record<string, unknown> | null;
}

/**
 * The append-only history of what Cadence did, newest first when read. Being append-only, it can
 * never be cleaned afterwards: every message and detail is redacted on the way in.
 */
export class ActivityStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
    private readonly redact: Redact = redactPatterns,
  ) {}

  append(entry: ActivityInput): void {
    const keyed = typeof entry.message === 'string' ? null : entry.message;
    // The key rides in the detail, which the history already carries to the window, in the shape
    // a failure's sentences have there (messageKey).
    const detail = keyed ? { ...entry.detail, messageKey: [keyOf(keyed)] } : (entry.detail ?? null);
    this.db
      .insert(activityLog)
      .values({
        at: this.clock.now(),
        kind: entry.kind,
        message: this.redact(keyed ? keyed.message : (entry.message as string)),
        postId: entry.postId ?? null,
        targetId: entry.targetId ?? null,
        detail: detail ? redactDeep(detail, this.redact) : null,
      })
      .run();
  }

  listForPost(postId: string, before?: number, limit = 200): ActivityEntry[] {
    const rows = this.db
      .select()
      .from(activityLog)
      .where(
        before === undefined
          ? eq(activityLog.postId, postId)
          : and(eq(activityLog.postId, postId), lt(activityLog.at, before)),
      )
      .orderBy(desc(activityLog.at), desc(activityLog.id))
      .limit(limit)
      .all();
    // Entries written before redaction existed are redacted as they are shown.
    return rows.map((row) => ({
      ...row,
      message: this.redact(row.message),
      detail: row.detail ? redactDeep(row.detail, this.redact) : null,
    }));
  }
}
