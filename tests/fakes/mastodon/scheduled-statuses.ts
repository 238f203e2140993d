// Scheduled statuses as Mastodon keeps them: made by POST /api/v1/statuses with scheduled_at
// (at least five minutes ahead, 25 a day and 300 in all), listed, moved and cancelled through
// /api/v1/scheduled_statuses, and published by the server itself once their time has come.
import type { FakeReply } from '../http-fake-kit';
import type { MastodonStore, StoredStatus } from './store';
import type { NewStatus } from './status-routes';
import { mastodonError, type RouteContext, type RouteHandler } from './types';

/** ScheduledStatus::MINIMUM_OFFSET, and the limits ScheduledStatusValidator checks. */
const MINIMUM_OFFSET_MS = 5 * 60_000;
const DAILY_LIMIT = 25;
const TOTAL_LIMIT = 300;
const DAY_MS = 24 * 60 * 60_000;

export interface StoredScheduledStatus {
  id: string;
  scheduledAt: number;
  status: NewStatus;
  idempotency: string | null;
}

export function scheduledStatuses(
  store: MastodonStore,
  now: () => number,
  publish: (status: NewStatus, idempotency: string | null) => StoredStatus,
) {
  const held = new Map<string, StoredScheduledStatus>();

  const render = (item: StoredScheduledStatus): Record<string, unknown> => ({
    id: item.id,
    scheduled_at: new Date(item.scheduledAt).toISOString(),
    params: {
      application_id: 1,
      text: item.status.text,
      visibility: item.status.visibility,
      with_rate_limit: false,
      idempotency: item.idempotency,
      in_reply_to_id: item.status.inReplyToId === null ? null : Number(item.status.inReplyToId),
      language: item.status.language,
      media_ids: item.status.mediaIds.length > 0 ? item.status.mediaIds : null,
      poll: null,
      sensitive: item.status.sensitive,
      spoiler_text: item.status.spoilerText,
    },
    media_attachments: item.status.mediaIds.flatMap((id) => {
      const media = store.media.get(id);
      return media ? [store.renderMedia(media)] : [];
    }),
  });

  /** ScheduledStatusValidator's refusal for a time, or null when Mastodon takes it. */
  const refusal = (accountId: string, at: number, movingId?: string): FakeReply | null => {
    if (!Number.isFinite(at) || at - now() < MINIMUM_OFFSET_MS) {
      return mastodonError(422, 'Validation failed: Scheduled at The scheduled date must be in the future');
    }
    const others = [...held.values()].filter((s) => s.status.accountId === accountId && s.id !== movingId);
    if (others.length >= TOTAL_LIMIT) {
      return mastodonError(
        422,
        `Validation failed: You have exceeded the limit of ${TOTAL_LIMIT} scheduled posts`,
      );
    }
    const sameDay = others.filter((s) => Math.floor(s.scheduledAt / DAY_MS) === Math.floor(at / DAY_MS));
    if (sameDay.length >= DAILY_LIMIT) {
      return mastodonError(
        422,
        `Validation failed: You have exceeded the limit of ${DAILY_LIMIT} scheduled posts for today`,
      );
    }
    return null;
  };

  const create = (
    status: NewStatus,
    scheduledAt: string,
    idempotency: string | null,
  ): StoredScheduledStatus | FakeReply => {
    const at = Date.parse(scheduledAt);
    const refused = refusal(status.accountId, at);
    if (refused) return refused;
    const item: StoredScheduledStatus = { id: store.nextId(), scheduledAt: at, status, idempotency };
    held.set(item.id, item);
    for (const id of status.mediaIds) store.media.get(id)!.statusId = `scheduled:${item.id}`;
    return item;
  };

  /** The caller's own scheduled status named in the path, as Mastodon scopes the lookup. */
  const own = (context: RouteContext): StoredScheduledStatus | undefined => {
    const item = held.get(context.checked.pathParams.id ?? '');
    return item && item.status.accountId === context.viewer?.id ? item : undefined;
  };

  const list: RouteHandler = (context) => {
    const limit = Math.min(Number(context.checked.query.limit ?? 20) || 20, 40);
    const mine = [...held.values()]
      .filter((item) => item.status.accountId === context.viewer?.id)
      .sort((a, b) => Number(b.id) - Number(a.id))
      .slice(0, limit);
    return { status: 200, json: mine.map(render) };
  };

  const getOne: RouteHandler = (context) => {
    const item = own(context);
    return item ? { status: 200, json: render(item) } : mastodonError(404, 'Record not found');
  };

  const move: RouteHandler = (context) => {
    const item = own(context);
    if (!item) return mastodonError(404, 'Record not found');
    const body = (context.checked.body ?? {}) as { scheduled_at?: string };
    if (body.scheduled_at === undefined) return { status: 200, json: render(item) };
    const at = Date.parse(body.scheduled_at);
    const refused = refusal(item.status.accountId, at, item.id);
    if (refused) return refused;
    item.scheduledAt = at;
    return { status: 200, json: render(item) };
  };

  const cancel: RouteHandler = (context) => {
    const item = own(context);
    if (!item) return mastodonError(404, 'Record not found');
    held.delete(item.id);
    // Mastodon destroys the attachments with the scheduled status.
    for (const id of item.status.mediaIds) store.media.delete(id);
    return { status: 200, json: {} };
  };

  /** Mastodon's scheduler: every scheduled status whose time has come becomes a status. */
  const publishDue = (): void => {
    for (const item of [...held.values()].sort((a, b) => a.scheduledAt - b.scheduledAt)) {
      if (item.scheduledAt > now()) continue;
      held.delete(item.id);
      publish(item.status, item.idempotency);
    }
  };

  return {
    create,
    render,
    find: (id: string) => held.get(id),
    list,
    getOne,
    move,
    cancel,
    publishDue,
    get held(): StoredScheduledStatus[] {
      return [...held.values()];
    },
  };
}
