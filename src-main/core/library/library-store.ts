// The owner's saved pieces: templates, snippets and hashtag groups, listed by kind then name.
import { randomUUID } from 'node:crypto';
import { asc, count, eq } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { LIBRARY_LIMITS, type LibraryItem, type LibraryKind } from '../../shared/library';
import { say } from '../../shared/messages/owner-message';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { libraryItems } from '../db/schema';

export interface NewLibraryItem {
  kind: LibraryKind;
  name: string;
  body: string;
}

export class LibraryStore {
  constructor(
    private readonly db: AppDatabase,
    private readonly clock: Clock,
  ) {}

  list(): LibraryItem[] {
    return this.db
      .select()
      .from(libraryItems)
      .orderBy(asc(libraryItems.kind), asc(libraryItems.name), asc(libraryItems.createdAt))
      .all()
      .map(toLibraryItem);
  }

  create(input: NewLibraryItem): LibraryItem {
    const id = randomUUID();
    const now = this.clock.now();
    this.db.transaction((tx) => {
      const held = tx.select({ n: count() }).from(libraryItems).get()?.n ?? 0;
      if (held >= LIBRARY_LIMITS.items)
        throw new AppError('INVALID_INPUT', say('library.full', { max: LIBRARY_LIMITS.items }));
      tx.insert(libraryItems)
        .values({ id, ...input, createdAt: now, updatedAt: now })
        .run();
    });
    return this.get(id);
  }

  update(id: string, changes: Partial<NewLibraryItem>): LibraryItem {
    const result = this.db
      .update(libraryItems)
      .set({ ...changes, updatedAt: this.clock.now() })
      .where(eq(libraryItems.id, id))
      .run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('library.itemGone'));
    return this.get(id);
  }

  delete(id: string): void {
    const result = this.db.delete(libraryItems).where(eq(libraryItems.id, id)).run();
    if (result.changes === 0) throw new AppError('NOT_FOUND', say('library.itemGone'));
  }

  private get(id: string): LibraryItem {
    const row = this.db.select().from(libraryItems).where(eq(libraryItems.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('library.itemGone'));
    return toLibraryItem(row);
  }
}

function toLibraryItem(row: typeof libraryItems.$inferSelect): LibraryItem {
  return { id: row.id, kind: row.kind, name: row.name, body: row.body, updatedAt: row.updatedAt };
}
