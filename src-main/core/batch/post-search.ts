// Search over all posts: the FTS5 index of migration 0013 (post text and per-network variants),
// filtered by channel, status, campaign and scheduled date, best matches first, a page at a time.
// Without words it lists what the filters keep, newest first, so filters work on their own too.
import type { Statement } from 'better-sqlite3';
import type { PostStatus, PostSummary } from '../../shared/entities';
import type { AppDatabase } from '../db/open-database';
import { EXCERPT_LENGTH, toSummary } from '../store/post-summaries';
import { toMatchExpression } from './search-query';

export interface SearchFilters {
  text?: string;
  channelId?: string;
  status?: PostStatus;
  campaignId?: string;
  /** Scheduled in [from, to): a date range leaves out drafts, which have no date. */
  from?: number;
  to?: number;
}

export interface SearchPage {
  posts: PostSummary[];
  /** The offset of the next page, or null when this was the last. */
  nextOffset: number | null;
}

// The same columns, in the same order, as the calendar's summaries (toSummary reads them).
const SUMMARY = `p.id, substr(p.body, 1, ${EXCERPT_LENGTH}), p.status, p.kind, p.scheduled_at,
  p.scheduled_time_zone, p.scheduled_local, p.updated_at,
  (select group_concat(pt.channel_id) from post_targets pt where pt.post_id = p.id),
  (select count(*) from media m where m.post_id = p.id),
  exists (select 1 from post_targets pt where pt.hand_off = 1 and pt.state = 'handed_off' and pt.post_id = p.id),
  p.series_id, p.recycled_from_id`;

// One statement for every combination of filters: a filter left out is a null that passes all.
// Replies written in the inbox are conversations, not posts, as on the calendar.
const FILTERS = `p.reply_to_item_id is null
  and (:status is null or p.status = :status)
  and (:campaignId is null or p.campaign_id = :campaignId)
  and (:channelId is null or exists
    (select 1 from post_targets pt where pt.post_id = p.id and pt.channel_id = :channelId))
  and (:from is null or p.scheduled_at >= :from)
  and (:to is null or p.scheduled_at < :to)`;

export const SEARCH_SQL = `select ${SUMMARY} from post_search s join posts p on p.rowid = s.rowid
  where post_search match :match and ${FILTERS}
  order by s.rank, p.id limit :limit offset :offset`;

const FILTER_ONLY_SQL = `select ${SUMMARY} from posts p where ${FILTERS}
  order by p.updated_at desc, p.id limit :limit offset :offset`;

export class PostSearch {
  // Prepared once, as the drafts list's query is: compiling per call would cost more than a search.
  private readonly matching: Statement;
  private readonly filtered: Statement;

  constructor(db: AppDatabase) {
    this.matching = db.$client.prepare(SEARCH_SQL).raw(true);
    this.filtered = db.$client.prepare(FILTER_ONLY_SQL).raw(true);
  }

  search(filters: SearchFilters, page: { limit: number; offset: number }): SearchPage {
    const match = toMatchExpression(filters.text ?? '');
    // Words that hold nothing to find (only punctuation, say) find nothing rather than everything.
    if (match === null && (filters.text ?? '').trim() !== '') return { posts: [], nextOffset: null };
    const params = {
      status: filters.status ?? null,
      campaignId: filters.campaignId ?? null,
      channelId: filters.channelId ?? null,
      from: filters.from ?? null,
      to: filters.to ?? null,
      // One more than asked, to know whether another page follows.
      limit: page.limit + 1,
      offset: page.offset,
    };
    const rows = (
      match === null ? this.filtered.all(params) : this.matching.all({ ...params, match })
    ) as unknown[][];
    const more = rows.length > page.limit;
    return {
      posts: rows.slice(0, page.limit).map(toSummary),
      nextOffset: more ? page.offset + page.limit : null,
    };
  }
}
