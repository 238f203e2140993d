// Media upload v2 as the document defines it: a one-shot POST /2/media/upload, or the chunked
// initialize → append (segments) → finalize steps, the status poll (GET /2/media/upload), and
// alt text through POST /2/media/metadata. Uploaded bytes must really be an image.
import { sniffImage } from '../image-sniff';
import type { MultipartPart } from '../multipart';
import { MEDIA_LIFETIME_SECONDS, type XMedia, type XStore } from './store';
import { invalidRequest, problem, type RouteContext, type RouteHandler, type XFakeConfig } from './types';

/** Image uploads are limited to 5 MB (docs.x.com/x-api/media/quickstart/media-upload-chunked). */
const IMAGE_LIMIT_BYTES = 5 * 1024 * 1024;
const VIDEO_LIMIT_BYTES = 512 * 1024 * 1024;

export function mediaRoutes(store: XStore, config: XFakeConfig, now: () => number) {
  const own = ({ token }: RouteContext, id: string): XMedia | undefined => {
    const media = store.media.get(id);
    return media && media.ownerId === token.userId && media.expiresAt > now() ? media : undefined;
  };
  const notFound = (id: string) =>
    problem(404, {
      title: 'Not Found Error',
      type: 'https://api.x.com/2/problems/resource-not-found',
      detail: `Could not find media with id: [${id}].`,
      resource_type: 'media',
      resource_id: id,
    });
  const bytesOf = (context: RouteContext): Buffer => {
    const file = context.checked.files.media as MultipartPart | undefined;
    if (file) return file.data;
    return Buffer.from(((context.checked.body as { media?: string }).media ?? '') as string, 'base64');
  };
  const processingInfo = (media: XMedia) =>
    media.state === 'succeeded'
      ? { state: 'succeeded', progress_percent: 100 }
      : media.state === 'failed'
        ? { state: 'failed', progress_percent: 0 }
        : { state: media.state, check_after_secs: 1, progress_percent: media.state === 'pending' ? 0 : 50 };
  const render = (media: XMedia) => ({
    id: media.id,
    media_key: media.key,
    size: store.mediaSize(media),
    expires_after_secs: Math.max(0, Math.round((media.expiresAt - now()) / 1000)),
    ...(config.mediaProcessingPolls > 0 || media.state !== 'succeeded'
      ? { processing_info: processingInfo(media) }
      : {}),
    ...(media.mimeType?.startsWith('image/')
      ? { image: { image_type: media.mimeType, w: media.width ?? 0, h: media.height ?? 0 } }
      : {}),
  });

  /** Checks the finished bytes; a bad image fails the upload as X's processing would. */
  const finish = (media: XMedia): string | undefined => {
    const bytes = store.mediaBytes(media);
    const image = sniffImage(bytes);
    const isImage =
      media.category === 'tweet_image' || media.category === 'tweet_gif' || media.category === 'dm_image';
    if (isImage && !image) return 'The media you uploaded is not a supported image.';
    if (isImage && bytes.length > IMAGE_LIMIT_BYTES)
      return `Image is larger than ${IMAGE_LIMIT_BYTES} bytes.`;
    if (!isImage && bytes.length > VIDEO_LIMIT_BYTES) return 'Media is too large.';
    media.mimeType = image?.mimeType ?? media.mimeType;
    media.width = image?.width;
    media.height = image?.height;
    media.pollsLeft = config.mediaProcessingPolls;
    media.state = media.pollsLeft > 0 ? 'pending' : 'succeeded';
    return undefined;
  };

  const create = (context: RouteContext, category: string, mimeType?: string): XMedia => {
    const id = store.nextId();
    const media: XMedia = {
      id,
      key: `3_${id}`,
      ownerId: context.token.userId,
      category,
      mimeType,
      segments: new Map(),
      state: 'uploading',
      pollsLeft: 0,
      expiresAt: now() + MEDIA_LIFETIME_SECONDS * 1000,
    };
    store.media.set(id, media);
    return media;
  };

  const upload: RouteHandler = (context) => {
    const body = context.checked.body as { media_category: string };
    const media = create(context, body.media_category);
    media.segments.set(0, bytesOf(context));
    const refused = finish(media);
    if (refused) {
      store.media.delete(media.id);
      return invalidRequest(refused);
    }
    return { status: 200, json: { data: render(media) } };
  };

  const initialize: RouteHandler = (context) => {
    const body = context.checked.body as {
      media_category?: string;
      media_type?: string;
      total_bytes?: number;
    };
    if (body.media_type === undefined || body.total_bytes === undefined) {
      return invalidRequest('media_type and total_bytes are required to initialize an upload.');
    }
    const media = create(context, body.media_category ?? 'tweet_image', body.media_type);
    media.declaredBytes = body.total_bytes;
    return {
      status: 200,
      json: { data: { id: media.id, media_key: media.key, expires_after_secs: MEDIA_LIFETIME_SECONDS } },
    };
  };

  const append: RouteHandler = (context) => {
    const id = context.checked.pathParams.id ?? '';
    const media = own(context, id);
    if (!media) return notFound(id);
    if (media.state !== 'uploading') return invalidRequest('This upload has already been finalized.');
    const body = context.checked.body as { segment_index: number };
    media.segments.set(body.segment_index, bytesOf(context));
    return { status: 200, json: { data: { expires_at: Math.floor(media.expiresAt / 1000) } } };
  };

  const finalize: RouteHandler = (context) => {
    const id = context.checked.pathParams.id ?? '';
    const media = own(context, id);
    if (!media) return notFound(id);
    if (media.state !== 'uploading') return invalidRequest('This upload has already been finalized.');
    const indexes = [...media.segments.keys()].sort((a, b) => a - b);
    if (indexes.length === 0 || indexes.some((index, position) => index !== position)) {
      return invalidRequest('Segments are missing: append every segment from 0 before finalizing.');
    }
    if (store.mediaSize(media) !== media.declaredBytes) {
      return invalidRequest(
        `File size mismatch: total_bytes was ${media.declaredBytes}, received ${store.mediaSize(media)}.`,
      );
    }
    const refused = finish(media);
    if (refused) {
      media.state = 'failed';
      return invalidRequest(refused);
    }
    return { status: 200, json: { data: render(media) } };
  };

  const status: RouteHandler = (context) => {
    const id = String(context.checked.query.media_id ?? '');
    const media = own(context, id);
    if (!media || media.state === 'uploading') return notFound(id);
    if (media.state === 'pending' || media.state === 'in_progress') {
      media.state = media.pollsLeft > 0 ? 'in_progress' : 'succeeded';
      media.pollsLeft = Math.max(0, media.pollsLeft - 1);
    }
    return { status: 200, json: { data: render(media) } };
  };

  const metadata: RouteHandler = (context) => {
    const body = context.checked.body as { id: string; metadata?: { alt_text?: { text: string } } };
    const media = own(context, body.id);
    if (!media) return notFound(body.id);
    if (body.metadata?.alt_text) media.altText = body.metadata.alt_text.text;
    return { status: 200, json: { data: { id: media.id, associated_metadata: body.metadata ?? {} } } };
  };

  return { upload, initialize, append, finalize, status, metadata };
}
