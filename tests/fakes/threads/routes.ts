// Threads publishing and reading: containers (text, image downloaded from image_url, carousel
// items and carousels, replies), status polls, threads_publish, the user's posts, profile,
// insights and publishing limit. Shapes are checked with the zod schemas in schema.ts.
import type { z } from 'zod';
import type { FakeReply } from '../http-fake-kit';
import { fetchPublicMedia } from '../media-fetch';
import { shapeViolations } from '../shape-check';
import { invalidParam, threadsError } from './errors';
import {
  ContainerStatus,
  CreateContainerParams,
  InsightsParams,
  InsightsResponse,
  ListParams,
  Post,
  POST_FIELDS,
  Profile,
  PROFILE_FIELDS,
  PublishingLimit,
  PublishParams,
  USER_METRICS,
} from './schema';
import type { ThreadsWorld, ThreadsContainer, ThreadsPost } from './world';

export interface ThreadsContext {
  path: string;
  raw: Record<string, string>;
  violations: string[];
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** [posts] "Text posts are limited to 500 characters"; [trouble] 250 API posts per 24 hours. */
const TEXT_LIMIT = 500;
const POSTS_PER_DAY = 250;

/** [posts] "Emojis are counted as the number of UTF-8 bytes"; every other character counts one. */
export function threadsTextLength(text: string): number {
  let length = 0;
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text))
    length += /\p{Extended_Pictographic}/u.test(segment) ? Buffer.byteLength(segment, 'utf8') : 1;
  return length;
}

function parse<T extends z.ZodType>(
  schema: T,
  context: ThreadsContext,
): { ok: true; value: z.infer<T> } | { ok: false; reply: FakeReply } {
  const problems = shapeViolations(schema, context.raw, `${context.path} params`);
  const parsed = schema.safeParse(context.raw);
  if (!parsed.success || problems.length > 0) {
    context.violations.push(...problems);
    return { ok: false, reply: invalidParam(problems.join('; ')) };
  }
  return { ok: true, value: parsed.data };
}

function pickFields(
  context: ThreadsContext,
  all: Record<string, unknown>,
  allowed: readonly string[],
  defaults: string[],
) {
  const fields = context.raw.fields ? context.raw.fields.split(',').map((f) => f.trim()) : defaults;
  const unknown = fields.find((field) => !allowed.includes(field));
  if (unknown)
    return { ok: false as const, reply: invalidParam(`Tried accessing nonexisting field (${unknown})`) };
  // Graph answers always carry the node's id, asked for or not.
  const json: Record<string, unknown> = all.id === undefined ? {} : { id: all.id };
  for (const field of fields) if (all[field] !== undefined) json[field] = all[field];
  return { ok: true as const, json };
}

export function threadsRoutes(world: ThreadsWorld, now: () => number, publicOrigins: () => string[]) {
  const postedToday = () => world.posts.filter((post) => post.createdAt > now() - DAY_MS).length;
  const renderPost = (post: ThreadsPost): Record<string, unknown> => ({
    id: post.id,
    media_product_type: 'THREADS',
    media_type: post.mediaType,
    permalink: `https://www.threads.net/@${world.profile.username}/post/${post.shortcode}`,
    owner: { id: world.profile.id },
    username: world.profile.username,
    text: post.text,
    timestamp: new Date(post.createdAt).toISOString().replace(/\.\d{3}Z$/, '+0000'),
    shortcode: post.shortcode,
    is_quote_post: false,
    has_replies: world.posts.some((other) => other.replyToId === post.id),
  });

  const createContainer = async (context: ThreadsContext): Promise<FakeReply> => {
    const parsed = parse(CreateContainerParams, context);
    if (!parsed.ok) return parsed.reply;
    const params = parsed.value;
    const text = params.text ?? '';
    if (threadsTextLength(text) > TEXT_LIMIT)
      return invalidParam(`Param text must be at most ${TEXT_LIMIT} characters long.`);
    if (params.reply_to_id && !world.posts.some((post) => post.id === params.reply_to_id))
      return invalidParam('Param reply_to_id is not a valid Threads post id');
    const container: ThreadsContainer = {
      id: world.nextId(),
      mediaType: params.media_type,
      text: params.text,
      isCarouselItem: params.is_carousel_item === 'true',
      children: [],
      replyToId: params.reply_to_id,
      status: 'IN_PROGRESS',
      pollsLeft: world.settings.containerPolls,
    };
    if (params.media_type === 'TEXT') {
      if (!text.trim()) return invalidParam('Param text is required for TEXT posts');
      container.status = 'FINISHED';
    } else if (params.media_type === 'IMAGE') {
      if (!params.image_url) return invalidParam('Param image_url is required for IMAGE posts');
      const fetched = await fetchPublicMedia(params.image_url, publicOrigins());
      // [trouble] Download failures surface on the container as status ERROR.
      if (!fetched.ok) container.failure = 'UNKNOWN';
    } else if (params.media_type === 'CAROUSEL') {
      const children = (params.children ?? '')
        .split(',')
        .filter(Boolean)
        .map((id) => world.containers.get(id));
      if (children.length < 2 || children.length > 20)
        return invalidParam('A carousel needs 2 to 20 children');
      if (children.some((child) => !child?.isCarouselItem || child.status !== 'FINISHED'))
        return invalidParam('Param children must be finished carousel item containers');
      container.children = children.map((child) => (child as ThreadsContainer).id);
    } else {
      context.violations.push(`${context.path}: the fake does not implement media_type ${params.media_type}`);
      return invalidParam(`media_type ${params.media_type} is not supported by the fake`);
    }
    world.containers.set(container.id, container);
    return { status: 200, json: { id: container.id } };
  };

  const containerStatus = (context: ThreadsContext, container: ThreadsContainer): FakeReply => {
    if (container.status === 'IN_PROGRESS') {
      if (container.pollsLeft > 0) container.pollsLeft -= 1;
      else
        container.status =
          container.failure || world.settings.containerOutcome === 'ERROR' ? 'ERROR' : 'FINISHED';
    }
    const all = {
      id: container.id,
      status: container.status,
      error_message: container.status === 'ERROR' ? (container.failure ?? 'UNKNOWN') : undefined,
    };
    const picked = pickFields(context, all, ['id', 'status', 'error_message'], ['id']);
    if (!picked.ok) return picked.reply;
    context.violations.push(...shapeViolations(ContainerStatus, picked.json, `${context.path} response`));
    return { status: 200, json: picked.json };
  };

  const publish = (context: ThreadsContext): FakeReply => {
    const parsed = parse(PublishParams, context);
    if (!parsed.ok) return parsed.reply;
    const container = world.containers.get(parsed.value.creation_id);
    if (!container || container.isCarouselItem)
      return invalidParam('Param creation_id is not a valid container id');
    if (container.status === 'PUBLISHED') return invalidParam('The container has already been published');
    // Threads documents no code for publishing early; 24 / 4279009 is Graph's "media not found".
    if (container.status !== 'FINISHED')
      return threadsError(400, {
        message: 'The media is not ready to be published.',
        type: 'THApiException',
        code: 24,
        error_subcode: 4279009,
        error_user_title: 'Media Not Ready',
      });
    if (postedToday() >= POSTS_PER_DAY)
      return threadsError(400, {
        message: 'Application request limit reached',
        type: 'THApiException',
        code: 4,
        error_subcode: 2207042,
      });
    const post: ThreadsPost = {
      id: world.nextId(),
      mediaType:
        container.mediaType === 'TEXT'
          ? 'TEXT_POST'
          : container.mediaType === 'CAROUSEL'
            ? 'CAROUSEL_ALBUM'
            : 'IMAGE',
      text: container.text,
      replyToId: container.replyToId,
      shortcode: `D${BigInt(world.nextId()).toString(36)}`,
      createdAt: now(),
    };
    world.posts.push(post);
    container.status = 'PUBLISHED';
    return { status: 200, json: { id: post.id } };
  };

  const listPosts = (context: ThreadsContext): FakeReply => {
    const parsed = parse(ListParams, context);
    if (!parsed.ok) return parsed.reply;
    const limit = Number(parsed.value.limit ?? 25);
    // [user] since and until: a UNIX timestamp or anything strtotime() reads (ISO 8601 here).
    const seconds = (value: string | undefined, fallback: number) =>
      value === undefined ? fallback : /^\d+$/.test(value) ? Number(value) : Date.parse(value) / 1000;
    const since = seconds(parsed.value.since, -Infinity);
    const until = seconds(parsed.value.until, Infinity);
    if (Number.isNaN(since) || Number.isNaN(until)) return invalidParam('since and until must be timestamps');
    const posts = [...world.posts]
      .reverse()
      .filter((p) => !p.replyToId && p.createdAt / 1000 >= since && p.createdAt / 1000 <= until);
    const data = [];
    for (const post of posts.slice(0, limit)) {
      const picked = pickFields(context, renderPost(post), POST_FIELDS, ['id']);
      if (!picked.ok) return picked.reply;
      context.violations.push(...shapeViolations(Post, picked.json, `${context.path} item`));
      data.push(picked.json);
    }
    return { status: 200, json: { data, paging: { cursors: { before: 'QVFI', after: 'QVFJ' } } } };
  };

  const getPost = (context: ThreadsContext, post: ThreadsPost): FakeReply => {
    const picked = pickFields(context, renderPost(post), POST_FIELDS, ['id']);
    if (!picked.ok) return picked.reply;
    context.violations.push(...shapeViolations(Post, picked.json, `${context.path} response`));
    return { status: 200, json: picked.json };
  };

  const me = (context: ThreadsContext): FakeReply => {
    const profile = world.profile;
    const all = {
      id: profile.id,
      username: profile.username,
      name: profile.name,
      threads_profile_picture_url: `https://scontent.cdninstagram.com/${profile.id}.jpg`,
      threads_biography: profile.biography,
      is_verified: false,
    };
    const picked = pickFields(context, all, PROFILE_FIELDS, ['id']);
    if (!picked.ok) return picked.reply;
    context.violations.push(...shapeViolations(Profile, picked.json, `${context.path} response`));
    return { status: 200, json: picked.json };
  };

  const insights = (context: ThreadsContext): FakeReply => {
    const parsed = parse(InsightsParams, context);
    if (!parsed.ok) return parsed.reply;
    const metrics = parsed.value.metric.split(',').map((m) => m.trim());
    const unknown = metrics.find((metric) => !(USER_METRICS as readonly string[]).includes(metric));
    if (unknown)
      return invalidParam(`metric[0] must be one of the following values: ${USER_METRICS.join(', ')}`);
    const data = metrics.map((name) => {
      const value = name === 'followers_count' ? world.profile.followersCount : name === 'views' ? 0 : 0;
      const entry = {
        name,
        period: name === 'followers_count' ? 'day' : 'lifetime',
        title: name,
        description: `The ${name.replace('_', ' ')} of the profile.`,
        id: `${world.profile.id}/insights/${name}/lifetime`,
      };
      return { ...entry, total_value: { value } };
    });
    const json = { data };
    context.violations.push(...shapeViolations(InsightsResponse, json, `${context.path} response`));
    return { status: 200, json };
  };

  const publishingLimit = (context: ThreadsContext): FakeReply => {
    const picked = pickFields(
      context,
      {
        quota_usage: postedToday(),
        config: { quota_total: POSTS_PER_DAY, quota_duration: 86400 },
        reply_quota_usage: world.posts.filter((post) => post.replyToId && post.createdAt > now() - DAY_MS)
          .length,
        reply_config: { quota_total: 1000, quota_duration: 86400 },
      },
      ['quota_usage', 'config', 'reply_quota_usage', 'reply_config'],
      ['quota_usage'],
    );
    if (!picked.ok) return picked.reply;
    const json = { data: [picked.json] };
    context.violations.push(...shapeViolations(PublishingLimit, json, `${context.path} response`));
    return { status: 200, json };
  };

  return { createContainer, containerStatus, publish, listPosts, getPost, me, insights, publishingLimit };
}
