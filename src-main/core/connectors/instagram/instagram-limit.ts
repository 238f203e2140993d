// Instagram's 24-hour publishing limit for an account (GET /{ig-user-id}/content_publishing_limit,
// developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/
// content_publishing_limit): how many posts the API published in the last 24 hours, of how many
// it allows. The composer shows it; a send checks it first, so no photo is uploaded for a post
// Instagram would refuse.
import { z } from 'zod';
import { POSTING_ALLOWANCE_SETTING, type PostingAllowance } from '../../../shared/entities';
import type { GraphApi } from '../meta-graph/graph-api';

/** What the composer shows: "3 of 100 posts in the last 24 hours". */
export interface PublishingLimit {
  used: number;
  total: number;
  windowHours: number;
  /** When Cadence asked (ms). */
  checkedAt: number;
}

/** Where the latest reading is kept, in the channel's settings. */
const PUBLISHING_LIMIT_SETTING = 'publishingLimit';

/** A reading as the composer shows it: "3 of 100 posts in the last 24 hours". */
export function allowanceOf(limit: PublishingLimit): PostingAllowance {
  return {
    window: { used: limit.used, total: limit.total, hours: limit.windowHours, checkedAt: limit.checkedAt },
  };
}

/** The channel settings that keep a reading: as read, and as the composer shows it. */
export function publishingLimitSettings(limit: PublishingLimit): Record<string, unknown> {
  return { [PUBLISHING_LIMIT_SETTING]: limit, [POSTING_ALLOWANCE_SETTING]: allowanceOf(limit) };
}

const LimitAnswer = z.object({
  data: z
    .array(
      z.object({
        quota_usage: z.number().int().nonnegative().optional(),
        config: z.object({ quota_total: z.number().int(), quota_duration: z.number().int() }).optional(),
      }),
    )
    .min(1),
});

/** Meta's documented default while an answer leaves the config out. */
const DEFAULT_TOTAL = 100;

export async function readPublishingLimit(
  api: GraphApi,
  igUserId: string,
  now: number,
): Promise<PublishingLimit> {
  const answer = await api.call(
    {
      path: `/${encodeURIComponent(igUserId)}/content_publishing_limit`,
      params: { fields: 'quota_usage,config' },
      during: 'read',
      objectId: igUserId,
    },
    LimitAnswer,
  );
  const entry = answer.data[0]!;
  return {
    used: entry.quota_usage ?? 0,
    total: entry.config?.quota_total ?? DEFAULT_TOTAL,
    windowHours: Math.round((entry.config?.quota_duration ?? 86_400) / 3600),
    checkedAt: now,
  };
}
