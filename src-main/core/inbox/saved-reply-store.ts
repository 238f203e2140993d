// Snippets the owner keeps for answers they give again and again.
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { say } from '../../shared/messages/owner-message';
import type { SavedReply } from '../../shared/inbox';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { savedReplies } from '../db/schema';

export class SavedReplyStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  list(): SavedReply[] {
    return this.db
      .select()
      .from(savedReplies)
      .orderBy(asc(savedReplies.title), asc(savedReplies.createdAt))
      .all()
      .map(toSavedReply);
  }

  create(input: { title: string; body: string }): SavedReply {
    const now = this.clock.now();
    const id = randomUUID();
    this.db
      .insert(savedReplies)
      .values({ id, ...input, createdAt: now, updatedAt: now })
      .run();
    return this.get(id);
  }

  update(id: string, changes: { title?: string; body?: string }): SavedReply {
    this.get(id);
    this.db
      .update(savedReplies)
      .set({ ...changes, updatedAt: this.clock.now() })
      .where(eq(savedReplies.id, id))
      .run();
    return this.get(id);
  }

  delete(id: string): void {
    const result = this.db.delete(savedReplies).where(eq(savedReplies.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('inbox.savedReplyGone'));
  }

  private get(id: string): SavedReply {
    const row = this.db.select().from(savedReplies).where(eq(savedReplies.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('inbox.savedReplyGone'));
    return toSavedReply(row);
  }
}

function toSavedReply(row: typeof savedReplies.$inferSelect): SavedReply {
  return { id: row.id, title: row.title, body: row.body, updatedAt: row.updatedAt };
}
