// Facebook Page routes: the owner's Pages (/me/accounts), Page fields, posts to the feed
// (text, link, attached unpublished photos, scheduled), the Page's scheduled posts, photo uploads by url or multipart
// `source`, photo reads with their CDN URL, and deletes. Params are checked against the specs.
import { sniffImage } from '../image-sniff';
import { fetchPublicMedia } from '../media-fetch';
import type { FakeReply } from '../http-fake-kit';
import { ERRORS, graphError } from './errors';
import { fieldViolations, unknownFields, type GraphNode } from './graph-spec';
import { requestedFields, specParams, type GraphContext, type GraphRoute } from './params';
import { graphTime, type MetaWorld, type PagePhoto, type PagePost } from './world';

/** Scheduled posts go out 10 minutes to 30 days ahead (developers.facebook.com/docs/pages-api/posts). */
const SCHEDULE_MIN_S = 10 * 60;
const SCHEDULE_MAX_S = 30 * 24 * 60 * 60;

export interface PageRouteDeps {
  world: MetaWorld;
  now: () => number;
  cdnUrl: (photo: PagePhoto) => string;
  publicOrigins: () => string[];
}

/** Renders the asked-for fields of a node and checks them against the node's spec. */
export function renderNode(
  context: GraphContext,
  node: GraphNode,
  all: Record<string, unknown>,
  defaults: string[],
): FakeReply {
  const fields = requestedFields(context, defaults);
  const unknown = unknownFields(node, fields);
  if (unknown.length > 0) {
    return graphError(
      ERRORS.invalidParameter(`Tried accessing nonexisting field (${unknown[0]}) on node type (${node})`),
    );
  }
  const json: Record<string, unknown> = { id: all.id };
  for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
  context.violations.push(
    ...fieldViolations(node, json, `${context.request.method} ${context.request.path}`),
  );
  return { status: 200, json };
}

export function pageRoutes({ world, now, cdnUrl, publicOrigins }: PageRouteDeps) {
  const postFields = (post: PagePost): Record<string, unknown> => {
    const page = world.pages.get(post.pageId);
    return {
      id: post.id,
      message: post.message,
      created_time: graphTime(post.createdAt),
      is_published: post.published,
      permalink_url: `https://www.facebook.com/${page?.username ?? post.pageId}/posts/${post.id.split('_')[1]}`,
      scheduled_publish_time: post.scheduledPublishTime,
      full_picture: post.photoIds[0] ? cdnUrl(world.photos.get(post.photoIds[0]) as PagePhoto) : undefined,
      from: { id: post.pageId, name: page?.name },
    };
  };

  const getPage: GraphRoute = (context) => {
    if (context.object.kind !== 'page') throw new Error('not a page');
    const checked = specParams(context, 'Page', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    const page = context.object.page;
    return renderNode(
      context,
      'Page',
      {
        id: page.id,
        name: page.name,
        username: page.username,
        category: page.category,
        followers_count: page.followersCount,
        fan_count: page.fanCount,
        link: `https://www.facebook.com/${page.username}`,
        instagram_business_account: page.igUserId ? { id: page.igUserId } : undefined,
      },
      ['name', 'id'],
    );
  };

  const createPost: GraphRoute = (context) => {
    if (context.object.kind !== 'page') throw new Error('not a page');
    const checked = specParams(context, 'Page', 'POST', 'feed');
    if ('reply' in checked) return checked.reply;
    const values = checked.values as {
      message?: string;
      link?: string;
      attached_media?: { media_fbid?: string }[];
      published?: boolean;
      scheduled_publish_time?: number;
    };
    const page = context.object.page;
    const attached = (values.attached_media ?? []).map((item) =>
      world.photos.get(String(item.media_fbid ?? '')),
    );
    const badIndex = attached.findIndex(
      (photo) => !photo || photo.pageId !== page.id || photo.published || photo.postId,
    );
    if (badIndex >= 0)
      return graphError(ERRORS.invalidParameter(`param attached_media[${badIndex}] has invalid media_fbid`));
    if (!values.message && !values.link && attached.length === 0)
      return graphError(ERRORS.invalidParameter('Missing message or attachment'));
    const published = values.published ?? true;
    if (values.scheduled_publish_time !== undefined) {
      const ahead = values.scheduled_publish_time - now() / 1000;
      if (published || ahead < SCHEDULE_MIN_S || ahead > SCHEDULE_MAX_S)
        return graphError(ERRORS.invalidParameter('The specified scheduled publish time is invalid.'));
    }
    const post: PagePost = {
      id: `${page.id}_${world.nextId()}`,
      pageId: page.id,
      message: values.message,
      link: values.link,
      photoIds: attached.map((photo) => (photo as PagePhoto).id),
      published,
      scheduledPublishTime: values.scheduled_publish_time,
      createdAt: now(),
    };
    world.posts.set(post.id, post);
    for (const photo of attached) (photo as PagePhoto).postId = post.id;
    return { status: 200, json: { id: post.id } };
  };

  const listPosts: GraphRoute = (context) => {
    if (context.object.kind !== 'page') throw new Error('not a page');
    const checked = specParams(context, 'Page', 'GET', 'feed');
    if ('reply' in checked) return checked.reply;
    const pageId = context.object.page.id;
    const limit = Math.min(Number(context.raw.limit ?? 25), 100);
    const posts = [...world.posts.values()]
      .reverse() // newest first, also among posts made in the same millisecond
      .filter((post) => post.pageId === pageId && post.published)
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, limit);
    const fields = requestedFields(context, ['id', 'message', 'created_time']);
    const unknown = unknownFields('PagePost', fields);
    if (unknown.length > 0)
      return graphError(
        ERRORS.invalidParameter(`Tried accessing nonexisting field (${unknown[0]}) on node type (PagePost)`),
      );
    const data = posts.map((post) => {
      const all = postFields(post);
      const json: Record<string, unknown> = { id: post.id };
      for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
      context.violations.push(...fieldViolations('PagePost', json, 'GET /{page-id}/feed item'));
      return json;
    });
    return { status: 200, json: { data, paging: { cursors: { before: 'MAZDZD', after: 'MjQZD' } } } };
  };

  /** The Page's posts waiting for their scheduled_publish_time, soonest first, in cursor pages. */
  const listScheduled: GraphRoute = (context) => {
    if (context.object.kind !== 'page') throw new Error('not a page');
    const checked = specParams(context, 'Page', 'GET', 'scheduled_posts');
    if ('reply' in checked) return checked.reply;
    const pageId = context.object.page.id;
    const limit = Math.min(Number(context.raw.limit ?? 25), 100);
    const offset = context.raw.after ? Number(Buffer.from(context.raw.after, 'base64url').toString()) : 0;
    const waiting = [...world.posts.values()]
      .filter((post) => post.pageId === pageId && !post.published && post.scheduledPublishTime !== undefined)
      .sort((a, b) => (a.scheduledPublishTime ?? 0) - (b.scheduledPublishTime ?? 0));
    const fields = requestedFields(context, ['id', 'message', 'created_time']);
    const unknown = unknownFields('PagePost', fields);
    if (unknown.length > 0)
      return graphError(
        ERRORS.invalidParameter(`Tried accessing nonexisting field (${unknown[0]}) on node type (PagePost)`),
      );
    const data = waiting.slice(offset, offset + limit).map((post) => {
      const all = postFields(post);
      const json: Record<string, unknown> = { id: post.id };
      for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
      context.violations.push(...fieldViolations('PagePost', json, 'GET /{page-id}/scheduled_posts item'));
      return json;
    });
    const cursor = (at: number) => Buffer.from(String(at)).toString('base64url');
    const more = offset + limit < waiting.length;
    return {
      status: 200,
      json: {
        data,
        paging: {
          cursors: { before: cursor(offset), after: cursor(offset + data.length) },
          ...(more ? { next: `${context.request.path}?after=${cursor(offset + data.length)}` } : {}),
        },
      },
    };
  };

  const getPost: GraphRoute = (context) => {
    if (context.object.kind !== 'post') throw new Error('not a post');
    const checked = specParams(context, 'PagePost', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    return renderNode(context, 'PagePost', postFields(context.object.post), [
      'id',
      'message',
      'created_time',
    ]);
  };

  /** Photos: `source` is the multipart file part, which the spec's param list leaves out (developers.facebook.com/docs/graph-api/reference/page/photos#upload). */
  const uploadPhoto: GraphRoute = async (context) => {
    if (context.object.kind !== 'page') throw new Error('not a page');
    const checked = specParams(context, 'Page', 'POST', 'photos');
    if ('reply' in checked) return checked.reply;
    const values = checked.values as {
      url?: string;
      published?: boolean;
      caption?: string;
      message?: string;
    };
    const source = context.files.source;
    let bytes: Buffer;
    if (source) bytes = source.data;
    else if (values.url) {
      const fetched = await fetchPublicMedia(values.url, publicOrigins());
      if (!fetched.ok)
        return graphError({
          message: `(#324) Missing or invalid image file: ${fetched.detail}`,
          type: 'OAuthException',
          code: 324,
        });
      bytes = fetched.bytes;
    } else return graphError({ message: '(#324) Requires upload file', type: 'OAuthException', code: 324 });
    const image = sniffImage(bytes);
    if (!image)
      return graphError({
        message: '(#324) Missing or invalid image file',
        type: 'OAuthException',
        code: 324,
      });
    const photo = world.addPhoto(context.object.page, { bytes, ...image }, now());
    photo.published = values.published ?? true;
    photo.caption = values.caption ?? values.message;
    if (!photo.published) return { status: 200, json: { id: photo.id } };
    const post: PagePost = {
      id: `${photo.pageId}_${world.nextId()}`,
      pageId: photo.pageId,
      message: photo.caption,
      photoIds: [photo.id],
      published: true,
      createdAt: now(),
    };
    world.posts.set(post.id, post);
    photo.postId = post.id;
    return { status: 200, json: { id: photo.id, post_id: post.id } };
  };

  const getPhoto: GraphRoute = (context) => {
    if (context.object.kind !== 'photo') throw new Error('not a photo');
    const checked = specParams(context, 'Photo', 'GET', undefined);
    if ('reply' in checked) return checked.reply;
    const photo = context.object.photo;
    const source = cdnUrl(photo);
    return renderNode(
      context,
      'Photo',
      {
        id: photo.id,
        created_time: graphTime(photo.createdAt),
        images: [{ height: photo.height, width: photo.width, source }],
        link: `https://www.facebook.com/photo.php?fbid=${photo.id}`,
        picture: source,
        height: photo.height,
        width: photo.width,
        name: photo.caption,
      },
      ['id', 'created_time'],
    );
  };

  const deleteObject: GraphRoute = (context) => {
    const { object } = context;
    if (object.kind === 'photo') {
      const checked = specParams(context, 'Photo', 'DELETE', undefined);
      if ('reply' in checked) return checked.reply;
      world.photos.delete(object.photo.id);
    } else if (object.kind === 'post') {
      const checked = specParams(context, 'PagePost', 'DELETE', undefined);
      if ('reply' in checked) return checked.reply;
      world.posts.delete(object.post.id);
    } else return graphError(ERRORS.missingObject(context.request.path));
    return { status: 200, json: { success: true } };
  };

  return { getPage, createPost, listPosts, listScheduled, getPost, uploadPhoto, getPhoto, deleteObject };
}
