// Posting: media uploads with their processing states, and statuses with Idempotency-Key,
// in the order and with the messages Mastodon's PostStatusService uses.
import { headerValue, type FakeReply } from '../http-fake-kit';
import type { MultipartPart } from '../multipart';
import { scheduledStatuses } from './scheduled-statuses';
import { mastodonStatusLength } from './status-length';
import type { MastodonStore, StoredAccount, StoredMedia, StoredStatus } from './store';
import { mastodonError, type MastodonFakeConfig, type RouteContext, type RouteHandler } from './types';

/** Mastodon keeps an Idempotency-Key for an hour after the status it produced. */
export const IDEMPOTENCY_WINDOW_MS = 60 * 60 * 1000;

interface CreateStatusBody {
  status?: string;
  media_ids?: string[];
  poll?: unknown;
  in_reply_to_id?: string;
  sensitive?: boolean;
  spoiler_text?: string;
  visibility?: StoredStatus['visibility'];
  language?: string;
  scheduled_at?: string;
}

/** A status as PostStatusService is about to make it, now or at its scheduled time. */
export type NewStatus = Omit<StoredStatus, 'id' | 'createdAt'>;

export function canSee(
  store: MastodonStore,
  status: StoredStatus,
  viewer: StoredAccount | undefined,
): boolean {
  if (status.visibility === 'public' || status.visibility === 'unlisted') return true;
  if (!viewer) return false;
  return (
    status.accountId === viewer.id ||
    (status.visibility === 'direct' && status.mentionIds.includes(viewer.id))
  );
}

export function statusRoutes(store: MastodonStore, config: MastodonFakeConfig, now: () => number) {
  // Mastodon keeps one key per account for an hour, naming the status or scheduled status it made.
  const idempotency = new Map<string, { id: string; expiresAt: number }>();
  const ownMedia = (context: RouteContext): StoredMedia | undefined => {
    const media = store.media.get(context.checked.pathParams.id ?? '');
    // Mastodon finds only the caller's attachments that are not yet part of a status.
    return media && media.accountId === context.viewer?.id && media.statusId === null ? media : undefined;
  };
  const mediaReply = (media: StoredMedia, status: number) => ({ status, json: store.renderMedia(media) });

  const uploadMedia: RouteHandler = (context) => {
    const file = context.checked.files.file as MultipartPart;
    const body = context.checked.body as { description?: string; focus?: string };
    const mimeType = file.contentType?.split(';')[0]?.trim().toLowerCase() ?? 'application/octet-stream';
    const limits = config.instance;
    if (!limits.supportedMimeTypes.includes(mimeType)) {
      return mastodonError(422, 'Validation failed: File content type is invalid, File is invalid');
    }
    const kind = mimeType === 'image/gif' ? 'gifv' : (mimeType.split('/')[0] as 'image' | 'video' | 'audio');
    const sizeLimit = kind === 'image' ? limits.imageSizeLimit : limits.videoSizeLimit;
    if (file.data.length > sizeLimit) {
      return mastodonError(
        422,
        `Validation failed: File file size must be less than ${Math.round(sizeLimit / 2 ** 20)} MB`,
      );
    }
    if ((body.description?.length ?? 0) > limits.descriptionLimit) {
      return mastodonError(
        422,
        `Validation failed: Description is too long (maximum is ${limits.descriptionLimit} characters)`,
      );
    }
    const media: StoredMedia = {
      id: store.nextId(),
      accountId: context.viewer?.id ?? '',
      type: kind,
      fileName: file.filename ?? 'file',
      mimeType,
      size: file.data.length,
      description: body.description ?? null,
      focus: parseFocus(body.focus),
      pollsUntilProcessed: config.mediaProcessingPolls,
      statusId: null,
    };
    store.media.set(media.id, media);
    return mediaReply(media, media.pollsUntilProcessed > 0 ? 202 : 200);
  };

  const getMedia: RouteHandler = (context) => {
    const media = ownMedia(context);
    if (!media) return mastodonError(404, 'Record not found');
    const reply = mediaReply(media, media.pollsUntilProcessed > 0 ? 206 : 200);
    media.pollsUntilProcessed = Math.max(0, media.pollsUntilProcessed - 1);
    return reply;
  };

  const updateMedia: RouteHandler = (context) => {
    const media = ownMedia(context);
    if (!media) return mastodonError(404, 'Record not found');
    const body = (context.checked.body ?? {}) as { description?: string; focus?: string };
    if (body.description !== undefined) media.description = body.description;
    if (body.focus !== undefined) media.focus = parseFocus(body.focus);
    return mediaReply(media, media.pollsUntilProcessed > 0 ? 206 : 200);
  };

  const remember = (accountId: string, key: string, id: string) =>
    idempotency.set(`${accountId}:${key}`, { id, expiresAt: now() + IDEMPOTENCY_WINDOW_MS });

  /** Mastodon's checks on a new status, in PostStatusService's order: the status to make, or the refusal. */
  const checkStatus = (viewer: StoredAccount, body: CreateStatusBody): NewStatus | FakeReply => {
    const parent = body.in_reply_to_id ? store.statuses.get(body.in_reply_to_id) : undefined;
    if (body.in_reply_to_id && (!parent || !canSee(store, parent, viewer))) {
      return mastodonError(404, 'The post you are trying to reply to does not appear to exist.');
    }
    const mediaIds = body.media_ids ?? [];
    if (mediaIds.length > config.instance.maxMediaAttachments) {
      return mastodonError(422, `Cannot attach more than ${config.instance.maxMediaAttachments} files`);
    }
    const media = mediaIds.map((id) => store.media.get(id));
    const missing = mediaIds.filter(
      (id, i) => media[i]?.accountId !== viewer.id || media[i]?.statusId !== null,
    );
    if (missing.length > 0) return mastodonError(422, `Media ${missing.join(', ')} not found`);
    const attached = media as StoredMedia[];
    if (attached.some((item) => item.pollsUntilProcessed > 0)) {
      return mastodonError(
        422,
        'Cannot attach files that have not finished processing. Try again in a moment!',
      );
    }
    if (attached.length > 1 && attached.some((item) => item.type !== 'image')) {
      return mastodonError(422, 'Cannot attach a video to a post that already contains images');
    }
    const text = body.status ?? '';
    if (text.trim() === '' && attached.length === 0)
      return mastodonError(422, "Validation failed: Text can't be blank");
    const limits = config.instance;
    if (
      mastodonStatusLength(text, body.spoiler_text ?? '', limits.charactersReservedPerUrl) >
      limits.maxCharacters
    ) {
      return mastodonError(
        422,
        `Validation failed: Text character limit of ${limits.maxCharacters} exceeded`,
      );
    }
    return {
      accountId: viewer.id,
      text,
      spoilerText: body.spoiler_text ?? '',
      visibility: body.visibility ?? 'public',
      sensitive: body.sensitive ?? false,
      language: body.language ?? null,
      inReplyToId: parent?.id ?? null,
      mediaIds,
      mentionIds: [],
      applicationName: null,
    };
  };

  /** Makes the status and attaches its media, as Mastodon does now or at a scheduled status's time. */
  const makeStatus = (fields: NewStatus): StoredStatus => {
    const status: StoredStatus = { ...fields, id: store.nextId(), createdAt: now() };
    store.statuses.set(status.id, status);
    for (const id of status.mediaIds) store.media.get(id)!.statusId = status.id;
    return status;
  };

  const createStatus: RouteHandler = (context) => {
    const viewer = context.viewer as StoredAccount;
    const body = context.checked.body as CreateStatusBody;
    const key = headerValue(context.request.headers, 'idempotency-key');
    const remembered = key ? idempotency.get(`${viewer.id}:${key}`) : undefined;
    const earlierId = remembered && remembered.expiresAt > now() ? remembered.id : undefined;
    if (body.poll !== undefined) {
      context.violations.push('POST /api/v1/statuses: the fake does not implement polls');
      return mastodonError(422, 'Validation failed: not supported by the fake server');
    }
    // A key names a status or a scheduled status; Mastodon looks it up among the kind asked for.
    if (body.scheduled_at !== undefined) {
      const earlier = earlierId ? scheduled.find(earlierId) : undefined;
      if (earlier) return { status: 200, json: scheduled.render(earlier) };
      const checked = checkStatus(viewer, body);
      if ('status' in checked) return checked;
      const reply = scheduled.create(checked, body.scheduled_at, key ?? null);
      if (key && 'id' in reply) remember(viewer.id, key, reply.id);
      return 'id' in reply ? { status: 200, json: scheduled.render(reply) } : reply;
    }
    const earlier = earlierId ? store.statuses.get(earlierId) : undefined;
    if (earlier) return { status: 200, json: store.renderStatus(earlier) };
    const checked = checkStatus(viewer, body);
    if ('status' in checked) return checked;
    const status = makeStatus({ ...checked, applicationName: context.token?.applicationName ?? null });
    if (key) remember(viewer.id, key, status.id);
    return { status: 200, json: store.renderStatus(status) };
  };

  // Published by the server's own worker at their time, whatever Cadence is doing: the key
  // then names the status made, as PostStatusService records it.
  const scheduled = scheduledStatuses(store, now, (fields, key) => {
    const status = makeStatus(fields);
    if (key) remember(status.accountId, key, status.id);
    return status;
  });

  return { uploadMedia, getMedia, updateMedia, createStatus, scheduled };
}

function parseFocus(focus: string | undefined): { x: number; y: number } | null {
  if (focus === undefined) return null;
  const [x, y] = focus.split(',').map(Number);
  const inRange = (value: number | undefined) => value !== undefined && value >= -1 && value <= 1;
  return inRange(x) && inRange(y) ? { x: x as number, y: y as number } : null;
}
