// Instagram professional account routes through Facebook Login: containers (image, carousel
// items and carousels) whose image_url the fake downloads itself, container status polls,
// media_publish with its 9007 "not ready" refusal and the 24-hour publishing limit, the
// account's fields and recent media. Params are checked against IGUser.json and IGMedia.json;
// the container and the limit are not in the specs and are zod schemas citing their pages.
import { z } from 'zod';
import { fetchPublicMedia } from '../media-fetch';
import { shapeViolations } from '../shape-check';
import { ERRORS, graphError } from './errors';
import { renderNode } from './page-routes';
import { requestedFields, specParams, type GraphRoute } from './params';
import { graphTime, type IgContainer, type IgMedia, type MetaWorld } from './world';

/** developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-container (fields id, status, status_code). */
export const ContainerFields = z.strictObject({
  id: z.string().regex(/^\d+$/),
  status_code: z.enum(['EXPIRED', 'ERROR', 'FINISHED', 'IN_PROGRESS', 'PUBLISHED']).optional(),
  status: z.string().optional(),
});

/** developers.facebook.com/docs/instagram-platform/instagram-graph-api/reference/ig-user/content_publishing_limit */
export const PublishingLimit = z.strictObject({
  data: z.array(
    z.strictObject({
      quota_usage: z.number().int().nonnegative().optional(),
      config: z.strictObject({ quota_total: z.number().int(), quota_duration: z.number().int() }).optional(),
    }),
  ),
});

export interface IgSettings {
  /** Status polls a container answers IN_PROGRESS before it settles. */
  containerPolls: number;
  /** What a container settles to once processed. */
  containerOutcome: 'FINISHED' | 'ERROR';
  /** Posts an account may publish through the API per 24 hours (quota_total). */
  publishingQuota: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

export function igRoutes(
  world: MetaWorld,
  settings: IgSettings,
  now: () => number,
  publicOrigins: () => string[],
) {
  const publishedToday = (igUserId: string) =>
    [...world.igMedia.values()].filter(
      (media) => media.igUserId === igUserId && media.createdAt > now() - DAY_MS,
    ).length;

  const createContainer: GraphRoute = async (context) => {
    if (context.object.kind !== 'ig-user') throw new Error('not an Instagram account');
    const checked = specParams(context, 'IGUser', 'POST', 'media');
    if ('reply' in checked) return checked.reply;
    const values = checked.values as {
      image_url?: string;
      caption?: string;
      is_carousel_item?: boolean;
      media_type?: string;
      children?: string[];
    };
    const igUserId = context.object.igUser.id;
    const mediaType = values.media_type ?? 'IMAGE';
    const container: IgContainer = {
      id: world.nextId(),
      igUserId,
      mediaType: mediaType === 'CAROUSEL' ? 'CAROUSEL' : 'IMAGE',
      caption: values.caption,
      isCarouselItem: values.is_carousel_item ?? false,
      children: [],
      status: 'IN_PROGRESS',
      pollsLeft: settings.containerPolls,
      createdAt: now(),
    };
    if (mediaType === 'CAROUSEL') {
      const children = (values.children ?? []).map((id) => world.containers.get(id));
      if (children.length < 2 || children.length > 10)
        return graphError(ERRORS.invalidParameter('A carousel needs between 2 and 10 children'));
      if (
        children.some(
          (child) =>
            !child || child.igUserId !== igUserId || !child.isCarouselItem || child.status === 'ERROR',
        )
      )
        return graphError(ERRORS.invalidParameter('The parameter children is invalid'));
      container.children = children.map((child) => (child as IgContainer).id);
    } else if (mediaType === 'IMAGE') {
      if (!values.image_url)
        return graphError(ERRORS.invalidParameter('The parameter image_url is required'));
      const fetched = await fetchPublicMedia(values.image_url, publicOrigins());
      if (!fetched.ok) return graphError(ERRORS.mediaDownloadFailed(values.image_url));
      if (fetched.image.mimeType !== 'image/jpeg') {
        return graphError({
          message: 'The image format is not supported.',
          type: 'OAuthException',
          code: 36001,
          error_subcode: 2207005,
          error_user_title: 'Unsupported image format',
          error_user_msg: 'The image format is not supported. Only JPEG format is supported.',
        });
      }
    } else {
      context.violations.push(
        `POST /{ig-user-id}/media: the fake does not implement media_type ${mediaType}`,
      );
      return graphError(ERRORS.invalidParameter(`media_type ${mediaType} is not supported by the fake`));
    }
    world.containers.set(container.id, container);
    return { status: 200, json: { id: container.id } };
  };

  const containerStatus: GraphRoute = (context) => {
    if (context.object.kind !== 'container') throw new Error('not a container');
    const container = context.object.container;
    const fields = requestedFields(context, ['id']);
    const extra = fields.filter((field) => !['id', 'status', 'status_code'].includes(field));
    if (extra.length > 0)
      return graphError(
        ERRORS.invalidParameter(
          `Tried accessing nonexisting field (${extra[0]}) on node type (ShadowIGMediaBuilder)`,
        ),
      );
    if (container.status === 'IN_PROGRESS') {
      if (container.pollsLeft > 0) container.pollsLeft -= 1;
      else container.status = settings.containerOutcome;
    }
    const json: Record<string, unknown> = { id: container.id };
    if (fields.includes('status_code')) json.status_code = container.status;
    if (fields.includes('status'))
      json.status =
        container.status === 'ERROR'
          ? 'Error: Media upload has failed with error code 2207001'
          : container.status === 'FINISHED'
            ? 'Finished: Media has been uploaded and it is ready to be published.'
            : container.status;
    context.violations.push(...shapeViolations(ContainerFields, json, 'GET /{container-id} response'));
    return { status: 200, json };
  };

  const publish: GraphRoute = (context) => {
    if (context.object.kind !== 'ig-user') throw new Error('not an Instagram account');
    const checked = specParams(context, 'IGUser', 'POST', 'media_publish');
    if ('reply' in checked) return checked.reply;
    const igUserId = context.object.igUser.id;
    const container = world.containers.get(String(checked.values.creation_id ?? ''));
    if (!container || container.igUserId !== igUserId || container.isCarouselItem)
      return graphError(ERRORS.missingObject(String(checked.values.creation_id)));
    if (container.status === 'PUBLISHED')
      return graphError(ERRORS.invalidParameter('The media has already been published'));
    if (container.status !== 'FINISHED') return graphError(ERRORS.mediaNotReady());
    if (publishedToday(igUserId) >= settings.publishingQuota)
      return graphError(ERRORS.publishingLimit(), 400);
    const media: IgMedia = {
      id: world.nextId(),
      igUserId,
      caption: container.caption,
      mediaType: container.mediaType === 'CAROUSEL' ? 'CAROUSEL_ALBUM' : 'IMAGE',
      childCount: container.children.length,
      shortcode: `C${BigInt(world.nextId()).toString(36)}`,
      createdAt: now(),
    };
    world.igMedia.set(media.id, media);
    container.status = 'PUBLISHED';
    container.mediaId = media.id;
    return { status: 200, json: { id: media.id } };
  };

  const publishingLimit: GraphRoute = (context) => {
    if (context.object.kind !== 'ig-user') throw new Error('not an Instagram account');
    const checked = specParams(context, 'IGUser', 'GET', 'content_publishing_limit');
    if ('reply' in checked) return checked.reply;
    const fields = requestedFields(context, ['quota_usage']);
    const entry: Record<string, unknown> = {};
    if (fields.includes('quota_usage')) entry.quota_usage = publishedToday(context.object.igUser.id);
    if (fields.includes('config'))
      entry.config = { quota_total: settings.publishingQuota, quota_duration: 86400 };
    const json = { data: [entry] };
    context.violations.push(
      ...shapeViolations(PublishingLimit, json, 'GET /{ig-user-id}/content_publishing_limit response'),
    );
    return { status: 200, json };
  };

  const mediaFields = (media: IgMedia) => {
    const igUser = world.igUsers.get(media.igUserId);
    return {
      id: media.id,
      caption: media.caption,
      media_type: media.mediaType,
      media_product_type: 'FEED',
      permalink: `https://www.instagram.com/p/${media.shortcode}/`,
      shortcode: media.shortcode,
      timestamp: graphTime(media.createdAt),
      username: igUser?.username,
      like_count: 0,
      comments_count: [...world.comments.values()].filter((comment) => comment.targetId === media.id).length,
    };
  };

  const getIgUser: GraphRoute = (context) => {
    if (context.object.kind !== 'ig-user') throw new Error('not an Instagram account');
    const checked = specParams(context, 'IGUser', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    const igUser = context.object.igUser;
    const mediaCount = [...world.igMedia.values()].filter((media) => media.igUserId === igUser.id).length;
    return renderNode(
      context,
      'IGUser',
      {
        id: igUser.id,
        username: igUser.username,
        name: igUser.name,
        followers_count: igUser.followersCount,
        follows_count: igUser.followsCount,
        media_count: mediaCount,
      },
      ['id'],
    );
  };

  const listMedia: GraphRoute = (context) => {
    if (context.object.kind !== 'ig-user') throw new Error('not an Instagram account');
    const checked = specParams(context, 'IGUser', 'GET', 'media');
    if ('reply' in checked) return checked.reply;
    const igUserId = context.object.igUser.id;
    const limit = Math.min(Number(context.raw.limit ?? 25), 100);
    // since and until are the spec's datetime params, read as UNIX seconds.
    const since = (checked.values.since as number | undefined) ?? -Infinity;
    const until = (checked.values.until as number | undefined) ?? Infinity;
    const replies = [...world.igMedia.values()]
      .reverse() // newest first, also among media published in the same millisecond
      .filter((media) => media.igUserId === igUserId)
      .filter((media) => media.createdAt / 1000 >= since && media.createdAt / 1000 <= until)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit)
      .map((media) => renderNode(context, 'IGMedia', mediaFields(media), ['id']));
    const refused = replies.find((reply) => reply.status !== 200);
    if (refused) return refused;
    const data = replies.map((reply) => reply.json);
    return { status: 200, json: { data, paging: { cursors: { before: 'QVFIU', after: 'QVFIU2' } } } };
  };

  const getIgMedia: GraphRoute = (context) => {
    if (context.object.kind !== 'ig-media') throw new Error('not Instagram media');
    const checked = specParams(context, 'IGMedia', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    return renderNode(context, 'IGMedia', mediaFields(context.object.media), ['id']);
  };

  return { createContainer, containerStatus, publish, publishingLimit, getIgUser, listMedia, getIgMedia };
}
