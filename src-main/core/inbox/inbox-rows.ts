// How an inbox item is read: the row, its labels and whether its channel is still there, in one
// SELECT shape that the list, the thread and the handlers share.
import { sql, type SQL } from 'drizzle-orm';
import type { Network } from '../../shared/entities';
import type { InboxChannelState, InboxItem, InboxKind, InboxStatus } from '../../shared/inbox';

export interface ItemRow {
  id: string;
  channel_id: string | null;
  channel_label: string;
  channel_state: InboxChannelState;
  network: Network;
  kind: InboxKind;
  author_name: string | null;
  author_handle: string;
  author_avatar_url: string | null;
  text: string;
  url: string | null;
  in_reply_to_post_id: string | null;
  received_at: number;
  status: InboxStatus;
  labels: string;
  first_replied_at: number | null;
}

/** Columns of `inbox_items i left join channels c`, named as ItemRow. */
export const ITEM_COLUMNS_TEXT = `
  i.id, i.channel_id, i.channel_label,
  case when c.id is null then 'removed' when c.connection = 'connected' then 'connected'
    else 'disconnected' end as channel_state,
  i.network, i.kind, i.author_name, i.author_handle, i.author_avatar_url, i.text, i.url,
  i.in_reply_to_post_id, i.received_at, i.status,
  (select json_group_array(l.label) from (select label from inbox_labels where item_id = i.id order by label) l)
    as labels,
  i.first_replied_at`;
export const ITEM_COLUMNS: SQL = sql.raw(ITEM_COLUMNS_TEXT);

export const ITEM_FROM: SQL = sql.raw(`inbox_items i left join channels c on c.id = i.channel_id`);

export function toInboxItem(row: ItemRow): InboxItem {
  return {
    id: row.id,
    channelId: row.channel_id,
    channelLabel: row.channel_label,
    channelState: row.channel_state,
    network: row.network,
    kind: row.kind,
    authorName: row.author_name,
    authorHandle: row.author_handle,
    authorAvatarUrl: row.author_avatar_url,
    text: row.text,
    url: row.url,
    inReplyToPostId: row.in_reply_to_post_id,
    receivedAt: row.received_at,
    status: row.status,
    labels: JSON.parse(row.labels) as string[],
    firstRepliedAt: row.first_replied_at,
  };
}

/** The page cursor: the last item's time and id, so items in the same millisecond are not skipped. */
export function encodeBefore(item: Pick<InboxItem, 'receivedAt' | 'id'>): string {
  return `${item.receivedAt}:${item.id}`;
}

export function decodeBefore(before: string): { at: number; id: string } | null {
  const match = /^(\d+):(.+)$/.exec(before);
  return match ? { at: Number(match[1]), id: match[2]! } : null;
}

/** A LIKE pattern that matches `term` literally anywhere. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
