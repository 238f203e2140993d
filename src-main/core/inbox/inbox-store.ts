// Reading and triaging the inbox: the filtered list newest first, counts, status and labels in
// bulk, and one item's conversation with our post and our replies.
import type Database from 'better-sqlite3';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { AppError } from '../../shared/errors';
import { KeyedSentences, say } from '../../shared/messages/owner-message';
import type {
  InboxCounts,
  InboxItem,
  InboxList,
  InboxListInput,
  InboxOwnReply,
  InboxStatus,
  InboxThread,
} from '../../shared/inbox';
import type { Clock } from '../clock';
import type { AppDatabase } from '../db/open-database';
import { inboxItems, inboxLabels } from '../db/schema';
import {
  decodeBefore,
  encodeBefore,
  ITEM_COLUMNS,
  ITEM_COLUMNS_TEXT,
  ITEM_FROM,
  likePattern,
  toInboxItem,
  type ItemRow,
} from './inbox-rows';

const DEFAULT_PAGE = 50;
const MAX_THREAD_ITEMS = 200;
const MAX_IDS_PER_STATEMENT = 500;

export class InboxStore {
  private readonly prepared = new Map<string, Database.Statement>();

  constructor(
    private readonly db: AppDatabase,
    private readonly sqlite: Database.Database,
    private readonly clock: Clock,
  ) {}

  list(input: InboxListInput): InboxList {
    const limit = input.limit ?? DEFAULT_PAGE;
    const before = input.before ? decodeBefore(input.before) : null;
    if (input.before && !before) throw new AppError('INVALID_INPUT', say('inbox.pageInvalid'));
    const filter = filtersOf(input);
    const where = filter.clauses.length > 0 ? `where ${filter.clauses.join(' and ')}` : '';
    const pageWhere = before
      ? `${where ? `${where} and` : 'where'} (i.received_at < ? or (i.received_at = ? and i.id < ?))`
      : where;
    // The page's ids first, then their columns: labels and channel state are read for the
    // page only, not for every matching item a sort has to look at. CROSS JOIN keeps SQLite
    // from walking the whole table to join the page the other way round.
    const rows = this.statement(
      `
      select ${ITEM_COLUMNS_TEXT} from (
        select i.id, i.received_at from inbox_items i ${pageWhere}
        order by i.received_at desc, i.id desc limit ?
      ) page cross join inbox_items i on i.id = page.id left join channels c on c.id = i.channel_id
      order by page.received_at desc, page.id desc`,
    ).all(...filter.params, ...(before ? [before.at, before.at, before.id] : []), limit + 1) as ItemRow[];
    const items = rows.slice(0, limit).map(toInboxItem);
    const total = (
      this.statement(`select count(*) as n from inbox_items i ${where}`).get(...filter.params) as {
        n: number;
      }
    ).n;
    const last = items[items.length - 1];
    return {
      items,
      total,
      unread: this.unread(),
      nextBefore: rows.length > limit && last ? encodeBefore(last) : null,
    };
  }

  /**
   * The list's statements, prepared once per shape of filter: the inbox is re-read on every
   * change, and preparing its query each time would cost more than running it.
   */
  private statement(text: string): Database.Statement {
    let statement = this.prepared.get(text);
    if (!statement) {
      statement = this.sqlite.prepare(text);
      this.prepared.set(text, statement);
    }
    return statement;
  }

  unread(): number {
    return (
      this.statement("select count(*) as n from inbox_items where status = 'new'").get() as { n: number }
    ).n;
  }

  counts(): InboxCounts {
    const byChannel = this.db.all<{ channelId: string; unread: number }>(sql`
      select channel_id as channelId, count(*) as unread from inbox_items
      where status = 'new' and channel_id is not null group by channel_id order by channel_id`);
    return { unread: this.unread(), byChannel };
  }

  item(id: string): InboxItem {
    const row = this.db.get<ItemRow>(sql`select ${ITEM_COLUMNS} from ${ITEM_FROM} where i.id = ${id}`);
    if (!row) throw new AppError('NOT_FOUND', say('inbox.itemGone'));
    return toInboxItem(row);
  }

  /** The stored row, with what the sync and replies need beyond the shared item. */
  row(id: string) {
    const row = this.db.select().from(inboxItems).where(eq(inboxItems.id, id)).get();
    if (!row) throw new AppError('NOT_FOUND', say('inbox.itemGone'));
    return row;
  }

  /** Sets the status of every listed item that exists; returns how many changed. */
  setStatus(ids: string[], status: InboxStatus): number {
    const now = this.clock.now();
    let updated = 0;
    this.db.transaction((tx) => {
      for (const chunk of chunks(ids)) {
        updated += tx
          .update(inboxItems)
          .set({ status, updatedAt: now })
          .where(and(inArray(inboxItems.id, chunk), sql`${inboxItems.status} <> ${status}`))
          .run().changes;
      }
    });
    return updated;
  }

  /** Adds and removes labels on every listed item; returns how many items exist among the ids. */
  setLabels(ids: string[], add: string[], remove: string[]): number {
    const removing = remove.filter((label) => !add.includes(label));
    let found = 0;
    this.db.transaction((tx) => {
      for (const chunk of chunks(ids)) {
        const existing = tx
          .select({ id: inboxItems.id })
          .from(inboxItems)
          .where(inArray(inboxItems.id, chunk))
          .all();
        found += existing.length;
        for (const { id } of existing) {
          for (const label of add)
            tx.insert(inboxLabels).values({ itemId: id, label }).onConflictDoNothing().run();
        }
        if (removing.length > 0) {
          tx.delete(inboxLabels)
            .where(and(inArray(inboxLabels.itemId, chunk), inArray(inboxLabels.label, removing)))
            .run();
        }
      }
    });
    return found;
  }

  /** Each listed item's channel and time (items of removed channels left out). */
  channelTimes(ids: string[]): { channelId: string; receivedAt: number }[] {
    return chunks(ids).flatMap((chunk) =>
      this.db
        .select({ channelId: inboxItems.channelId, receivedAt: inboxItems.receivedAt })
        .from(inboxItems)
        .where(and(inArray(inboxItems.id, chunk), sql`${inboxItems.channelId} is not null`))
        .all()
        .map((r) => ({ channelId: r.channelId!, receivedAt: r.receivedAt })),
    );
  }

  /** The item, our post it sits under, what it answers and the conversation Cadence holds. */
  thread(id: string): InboxThread {
    const row = this.row(id);
    const item = this.item(id);
    const root = row.rootRemoteId ?? row.parentRemoteId ?? row.remoteId;
    const related = this.db.all<ItemRow>(sql`
      select ${ITEM_COLUMNS} from ${ITEM_FROM}
      where i.source_key = ${row.sourceKey} and (
        i.id = ${id} or i.root_remote_id = ${root} or i.remote_id = ${root}
        or i.remote_id = ${row.parentRemoteId} or i.parent_remote_id = ${row.remoteId})
      order by i.received_at, i.id limit ${MAX_THREAD_ITEMS}`);
    const items = related.map(toInboxItem);
    const replies = this.ownReplies(items.map((i) => i.id));
    const ourPostId = item.inReplyToPostId ?? items.find((i) => i.inReplyToPostId)?.inReplyToPostId ?? null;
    // The answered message shows on its own only when it is not already in the conversation.
    const parentHeld =
      row.parentRemoteId !== null &&
      this.db.get(sql`select 1 from inbox_items where source_key = ${row.sourceKey}
        and remote_id = ${row.parentRemoteId}`) !== undefined;
    const conversation = [
      ...items.map((i) => ({ type: 'item' as const, item: i, at: i.receivedAt })),
      ...replies.map((r) => ({ type: 'reply' as const, reply: r, at: r.at })),
    ]
      .sort((a, b) => a.at - b.at)
      .map(({ at: _at, ...entry }) => entry);
    return {
      item,
      ourPost: ourPostId ? this.ourPost(ourPostId, row.channelId) : null,
      parent: parentHeld ? null : (row.parent ?? null),
      conversation,
    };
  }

  private ownReplies(itemIds: string[]): InboxOwnReply[] {
    if (itemIds.length === 0) return [];
    return this.db
      .all<{
        postId: string;
        itemId: string;
        text: string;
        state: InboxOwnReply['state'];
        url: string | null;
        lastError: string | null;
        lastErrorKey: string | null;
        at: number;
      }>(
        sql`
      select p.id as postId, p.reply_to_item_id as itemId, coalesce(t.body_override, p.body) as text,
        t.state as state, t.remote_url as url, t.last_error as lastError, t.last_error_key as lastErrorKey,
        coalesce(t.published_at, p.created_at) as at
      from posts p join post_targets t on t.post_id = p.id
      where p.reply_to_item_id in (${sql.join(
        itemIds.map((itemId) => sql`${itemId}`),
        sql`, `,
      )})`,
      )
      .map((r) => ({
        postId: r.postId,
        inReplyToItemId: r.itemId,
        text: r.text,
        state: r.state,
        url: r.url,
        lastError: r.lastError,
        lastErrorKey: r.lastErrorKey === null ? null : KeyedSentences.parse(JSON.parse(r.lastErrorKey)),
        at: r.at,
      }));
  }

  private ourPost(postId: string, channelId: string | null): InboxThread['ourPost'] {
    const row = this.db.get<{ text: string; url: string | null; publishedAt: number | null }>(sql`
      select coalesce(t.body_override, p.body) as text, t.remote_url as url, t.published_at as publishedAt
      from posts p left join post_targets t on t.post_id = p.id and t.channel_id = ${channelId}
      where p.id = ${postId}`);
    return row ? { postId, ...row } : null;
  }
}

/** The WHERE clauses for the list's filters, with their parameters in order. */
function filtersOf(input: InboxListInput): { clauses: string[]; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (input.channelId) add('i.channel_id = ?', input.channelId);
  if (input.kind) add('i.kind = ?', input.kind);
  if (input.status) add('i.status = ?', input.status);
  if (input.label) add('i.id in (select item_id from inbox_labels where label = ?)', input.label);
  if (input.search) {
    const pattern = likePattern(input.search);
    const like = (column: string) => `${column} like ? escape '\\'`;
    add(
      `(${like('i.text')} or ${like('i.author_name')} or ${like('i.author_handle')})`,
      pattern,
      pattern,
      pattern,
    );
  }
  return { clauses, params };
}

function chunks(ids: string[]): string[][] {
  const unique = [...new Set(ids)];
  const out: string[][] = [];
  for (let i = 0; i < unique.length; i += MAX_IDS_PER_STATEMENT) {
    out.push(unique.slice(i, i + MAX_IDS_PER_STATEMENT));
  }
  return out;
}
